"""The check-in page: a scanner types a badge code and Enter; the answer and the grid follow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select


@pytest.fixture
def pages(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.errors import set_message_language
    from lacworkshop.services.badges import print_badges
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.pages.attendance_page import AttendancePage
    from lacworkshop.ui.pages.checkin_page import CheckinPage
    from lacworkshop.ui.tasks import InlineRunner

    set_message_language("en")
    db = open_database(tmp_path / "door.sqlite3")
    populate(db, people=60, workshops=3)
    wid = workshop_id_for_code(db, "WALC2026")
    print_badges(db, wid, tmp_path / "badges.pdf", record=False)
    ctx = AppContext(db, InlineRunner())
    checkin, grid = CheckinPage(ctx), AttendancePage(ctx)
    for widget in (checkin, grid):
        qtbot.addWidget(widget)
        widget.resize(1000, 560)
        widget.show()
    ctx.workshop_selected.emit(wid)
    yield ctx, wid, checkin, grid
    db.close()


def _attendee_and_slot(ctx, wid: int):  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation, Role, Slot
    from lacworkshop.services.attendance.grid import clear_slot

    with ctx.db.session() as session:
        slot = session.scalars(
            select(Slot).where(Slot.workshop_id == wid, Slot.track_id.is_not(None))
        ).first()
        code, pid = session.execute(
            select(Participation.checkin_code, Participation.id).where(
                Participation.workshop_id == wid,
                Participation.role == Role.ATTENDEE,
                Participation.track_id == slot.track_id,
            )
        ).first()
        sid, track_id = slot.id, slot.track_id
    clear_slot(ctx.db, wid, sid)
    ctx.notify("attendance")  # as the grid's own Clear would
    return code, pid, sid, track_id


def _scan(qtbot, checkin, text: str, widget=None) -> None:  # type: ignore[no-untyped-def]
    """Type *text* and Enter as a scanner would; wait for the answer (it comes a turn later)."""
    before = checkin.answer.text()
    if text:
        qtbot.keyClicks(checkin.scan, text)
    qtbot.keyClick(widget or checkin.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checkin.answer.text() != before, timeout=5000)


def test_a_scan_marks_the_grid_says_the_name_and_undoes(pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, wid, checkin, grid = pages
    code, pid, sid, track_id = _attendee_and_slot(ctx, wid)
    checkin.session_box.setCurrentIndex(checkin.session_box.findData(sid))
    grid.track_box.setCurrentIndex(grid.track_box.findData(track_id))
    assert (pid, sid) not in grid.model.grid.cells
    checkin.scan.setFocus()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        _scan(qtbot, checkin, code)
    assert checkin.answer.property("outcome") in ("present", "late")
    assert checkin.scan.text() == "" and checkin.history.count() == 1
    # The grid on the Attendance page shows the mark without being asked.
    assert grid.model.grid.cells[(pid, sid)].mark is not None
    _scan(qtbot, checkin, code.lower())
    assert checkin.answer.property("outcome") == "already"
    assert "already checked in" in checkin.answer.text()
    assert checkin.btn_undo.isEnabled()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        checkin.btn_undo.click()
    qtbot.waitUntil(lambda: checkin.answer.text().startswith("Undone"), timeout=5000)
    assert (pid, sid) not in grid.model.grid.cells
    assert checkin.answer.text().startswith("Undone")


def test_a_name_shared_by_several_offers_a_choice_by_keyboard(pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, wid, checkin, _grid = pages
    _code, _pid, sid, _track = _attendee_and_slot(ctx, wid)
    checkin.session_box.setCurrentIndex(checkin.session_box.findData(sid))
    _scan(qtbot, checkin, "a")  # one letter: too short to search
    assert checkin.answer.property("outcome") == "unknown"
    _scan(qtbot, checkin, "an")
    assert checkin.answer.property("outcome") == "choose"
    assert checkin.choices.isVisible() and checkin.choices.count() > 1
    assert checkin.focusWidget() is checkin.choices  # Up, Down and Enter pick one
    _scan(qtbot, checkin, "", checkin.choices)
    assert checkin.answer.property("outcome") != "choose"


def test_large_type_and_a_screenshot(pages, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ctx, _wid, checkin, _grid = pages
    normal = checkin.answer.font().pointSize()
    checkin.activateWindow()
    qtbot.waitUntil(checkin.isActiveWindow, timeout=3000)
    qtbot.keyClick(checkin.scan, Qt.Key.Key_F11)
    assert checkin.btn_large.isChecked()
    assert checkin.answer.font().pointSize() > normal * 1.5
    assert not checkin.history.isVisible()
    shot = tmp_path / f"checkin-{date.today()}.png"
    checkin.grab().save(str(shot))
    assert shot.stat().st_size > 0


def test_a_new_workshop_keeps_the_door_on_its_workshop_and_reloads_once(pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.operations import Change
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop

    ctx, wid, checkin, _grid = pages
    assert checkin.workshop_id() == wid and checkin.session_box.count() > 0
    before = checkin.workshop_box.count()
    seen: list[int] = []
    checkin.workshop_box.currentIndexChanged.connect(seen.append)
    create_workshop(
        ctx.db, WorkshopData("ZZ-2027", "Peering en el Caribe", date(2027, 3, 1), date(2027, 3, 5))
    )
    ctx.notify(Change.WORKSHOPS)
    assert checkin.workshop_box.count() == before + 1
    assert checkin.workshop_id() == wid and checkin.session_box.count() > 0
    assert len(seen) == 1  # one reload for the refill, not one per workshop listed


def test_the_scan_prompt_is_read_whole_in_large_type(pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, _wid, checkin, _grid = pages
    checkin.resize(840, 560)  # the page beside the side bar on a 1024x600 screen
    qtbot.waitUntil(lambda: checkin.width() == 840)
    french = "Scannez un badge, ou tapez son code ou un nom, puis Entrée"  # the longest one
    checkin.scan.setPlaceholderText(french)
    checkin.btn_large.setChecked(True)
    room = checkin.scan.contentsRect().width() - 12  # the frame's own margins
    assert checkin.scan.fontMetrics().horizontalAdvance(french) < room
    assert checkin.answer.font().pointSize() > checkin.scan.font().pointSize()
