"""An Attendance page on a real demo database, with an inline task runner."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def page(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.pages.attendance_page import AttendancePage
    from lacworkshop.ui.tasks import InlineRunner

    db = open_database(tmp_path / "grid.sqlite3")
    populate(db, people=90, workshops=3)
    ctx = AppContext(db, InlineRunner())
    widget = AttendancePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    ctx.workshop_selected.emit(workshop_id_for_code(db, "WALC2026"))
    yield widget
    db.close()
