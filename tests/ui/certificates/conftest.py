"""The Certificates page and the template editor on a demo database, tasks run inline."""

from __future__ import annotations

import pytest


@pytest.fixture
def cert_ctx(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.templates import (
        add_sample_signatory,
        delete_signatory,
        list_signatories,
    )
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.tasks import InlineRunner

    ctx = AppContext(demo_db, InlineRunner())
    wid = workshop_id_for_code(demo_db, "WALC2026")
    # The demo brings its own signatories; these tests set theirs up explicitly.
    for row in list_signatories(demo_db, wid):
        delete_signatory(demo_db, row.id)
    add_sample_signatory(demo_db, wid, "María José Fernández", "Directora académica")
    ctx.current_workshop_id = wid
    return ctx, wid
