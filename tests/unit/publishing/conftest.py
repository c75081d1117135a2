"""A register with signed certificates, every second holder agreeing to be listed."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 10, 16)


def published_key_list(db) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The organisation's keys in the published form, newest first (what keys.json holds)."""
    from lacworkshop.formats.credentials import key_entry
    from lacworkshop.services.verification import public_keys

    with db.session() as session:
        return [key_entry(info) for info in public_keys(session)]


@pytest.fixture
def register(demo_db):  # type: ignore[no-untyped-def]
    """WALC2026 with participation certificates; every second holder agreed to be listed."""
    from lacworkshop.model import Person
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.organisation import set_organisation_name
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    db = demo_db
    set_organisation_name(db, "Fundación Redes del Sur")
    wid = workshop_id_for_code(db, "WALC2026")
    issued = issue_certificates(db, wid, today=DAY, before_end=True).issued
    assert len(issued) >= 6
    with db.session() as session:
        for n, row in enumerate(issued):
            person = session.get(Person, row.person_id)
            assert person is not None
            person.consent_scope = "data,listing" if n % 2 == 0 else "data,email"
    return db, wid, issued
