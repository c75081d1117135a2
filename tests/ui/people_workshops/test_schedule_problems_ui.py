"""The window asks before saving schedule problems, assigns trainers in bulk, saves a calendar."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime

from lacworkshop.model import Role
from lacworkshop.services.people import participation
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.services.workshops import schedule
from lacworkshop.ui.dialogs.assign_trainers import AssignTrainersDialog
from lacworkshop.ui.dialogs.schedule_generator import ScheduleGeneratorDialog
from lacworkshop.ui.dialogs.schedule_warning import ScheduleWarningBox
from lacworkshop.ui.dialogs.slot_editor import SlotEditorDialog

from .conftest import run_dialog


def _answer(monkeypatch, button: str) -> list[ScheduleWarningBox]:  # type: ignore[no-untyped-def]
    shown: list[ScheduleWarningBox] = []

    def exec_(self):  # type: ignore[no-untyped-def]
        shown.append(self)
        getattr(self, button).click()
        return 0

    monkeypatch.setattr(ScheduleWarningBox, "exec", exec_)
    return shown


def _walc(main_window):  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    wid = workshop_editing.create_workshop(
        db,
        workshop_editing.WorkshopData(
            code="WALC2027",
            title="WALC",
            start_date=date(2027, 5, 17),
            end_date=date(2027, 5, 21),
            city="Asunción",
            country="PY",
            tracks=("Routing", "Seguridad"),
        ),
    )
    routing, security = (t.id for t in workshop_editing.list_tracks(db, wid))
    ana = create_person(db, PersonData("Ana", "Ñandú", email="ana@example.org"))
    participation.add_participants(db, wid, [ana], Role.TRAINER, routing)
    main_window.ctx.notify("workshops")
    main_window.show_page("workshops")
    page = main_window.page("workshops")
    page.select_workshop(wid)
    page.tabs.setCurrentIndex(1)
    return db, wid, routing, security, ana, page.schedule


def test_slot_editor_warns_and_the_organiser_chooses(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, wid, routing, _security, _ana, panel = _walc(main_window)
    schedule.create_slot(
        db, wid, schedule.SlotData(date(2027, 5, 17), time(9), time(12, 30), "BGP", routing)
    )
    main_window.ctx.notify("slots")

    def inside(d):  # type: ignore[no-untyped-def]
        d.date.setDate(QDate(2027, 5, 17))
        d.start.setTime(QTime(10, 0))
        d.end.setTime(QTime(11, 0))
        d.track.setCurrentIndex(d.track.findData(routing))

    run_dialog(monkeypatch, SlotEditorDialog, inside)
    shown = _answer(monkeypatch, "cancel_button")
    panel.btn_add_slot.click()
    assert len(shown) == 1
    text = shown[0].informativeText()
    assert "has no topic" in text and "overlaps" in text
    assert len(schedule.list_slots(db, wid)) == 1  # Cancel: nothing saved
    shown = _answer(monkeypatch, "continue_button")
    panel.btn_add_slot.click()
    assert len(shown) == 1 and len(schedule.list_slots(db, wid)) == 2


def test_generator_warns_on_clashes(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, wid, _routing, _security, _ana, panel = _walc(main_window)
    schedule.create_slot(
        db, wid, schedule.SlotData(date(2027, 5, 17), time(9), time(10), "Apertura")
    )
    main_window.ctx.notify("slots")
    run_dialog(monkeypatch, ScheduleGeneratorDialog, lambda d: d.topic.setText("Lab"))
    shown = _answer(monkeypatch, "cancel_button")
    panel.btn_generate.click()
    assert len(shown) == 1 and "overlaps" in shown[0].informativeText()
    assert len(schedule.list_slots(db, wid)) == 1
    # Continue: the same generation again, problems allowed; one undo takes it back.
    shown = _answer(monkeypatch, "continue_button")
    panel.btn_generate.click()
    assert len(shown) == 1
    created = len(schedule.list_slots(db, wid)) - 1
    assert created == 5 * 2 * 2  # Mon-Fri x 2 blocks x 2 tracks
    assert panel.slot_table.rowCount() == 1 + created
    main_window.ctx.undo_stack.undo()
    assert len(schedule.list_slots(db, wid)) == 1


def test_bulk_trainers_with_undo_and_a_calendar(main_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid, routing, _security, ana, panel = _walc(main_window)
    schedule.generate_slots(
        db, wid, date(2027, 5, 17), date(2027, 5, 18), track_ids=[routing], topic="BGP"
    )
    main_window.ctx.notify("slots")
    assert panel.slot_table.rowCount() == 4
    selection = panel.slot_table.selectionModel()
    for row in (0, 1, 3):
        selection.select(
            panel.slot_table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = [panel.slots[r].id for r in (0, 1, 3)]

    def tick(d):  # type: ignore[no-untyped-def]
        assert d.slot_ids == chosen
        d.trainers.item(0).setCheckState(Qt.CheckState.Checked)

    run_dialog(monkeypatch, AssignTrainersDialog, tick)
    panel.btn_assign.click()
    got = {s.id: s.trainer_ids for s in schedule.list_slots(db, wid)}
    assert [sid for sid, t in got.items() if t == (ana,)] == chosen
    assert "Ana Ñandú" in panel.slot_table.item(0, 5).text()
    main_window.ctx.undo_stack.undo()
    assert all(not s.trainer_ids for s in schedule.list_slots(db, wid))
    main_window.ctx.undo_stack.redo()
    assert sum(bool(s.trainer_ids) for s in schedule.list_slots(db, wid)) == 3

    out = tmp_path / "walc"
    monkeypatch.setattr(
        "lacworkshop.ui.widgets.schedule_panel.ask_save_path", lambda *a: str(out) + ".ics"
    )
    panel.btn_calendar.click()
    cal = Calendar.from_ical((tmp_path / "walc.ics").read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 4 and str(cal["x-wr-timezone"]) == "America/Asuncion"


def test_bulk_assignment_asks_before_double_booking(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, wid, routing, security, ana, panel = _walc(main_window)
    day = date(2027, 5, 17)
    mine = schedule.create_slot(
        db, wid, schedule.SlotData(day, time(9), time(12, 30), "BGP", routing, trainer_ids=(ana,))
    )
    other = schedule.create_slot(
        db, wid, schedule.SlotData(day, time(10), time(11), "DNS", security)
    )
    main_window.ctx.notify("slots")
    panel.slot_table.selectRow([s.id for s in panel.slots].index(other))

    def tick(d):  # type: ignore[no-untyped-def]
        d.trainers.item(0).setCheckState(Qt.CheckState.Checked)

    run_dialog(monkeypatch, AssignTrainersDialog, tick)
    shown = _answer(monkeypatch, "cancel_button")
    panel.btn_assign.click()
    assert len(shown) == 1 and "Ana Ñandú would teach" in shown[0].informativeText()
    assert schedule.get_slot(db, other).trainer_ids == ()
    shown = _answer(monkeypatch, "continue_button")
    panel.btn_assign.click()
    assert schedule.get_slot(db, other).trainer_ids == (ana,)
    assert schedule.get_slot(db, mine).trainer_ids == (ana,)
