"""500 people x 40 sessions: a keystroke updates the changed cells and the row, no reset."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from lacworkshop.model import (
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    Workshop,
)
from lacworkshop.model.text_keys import name_key, search_key, sort_key


def big_workshop(db, people: int = 500, slots: int = 40) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        w = Workshop(
            code="BIG", title="Big", start_date=date(2026, 1, 5), end_date=date(2026, 1, 14)
        )
        s.add(w)
        s.flush()
        t = Track(workshop_id=w.id, name="Main")
        s.add(t)
        s.flush()
        s.execute(
            insert(Slot),
            [
                {
                    "workshop_id": w.id,
                    "track_id": t.id,
                    "date": date(2026, 1, 5) + timedelta(days=i // 4),
                    "start_time": time(8 + 2 * (i % 4)),
                    "end_time": time(9 + 2 * (i % 4), 30),
                    "topic": f"Session {i}",
                }
                for i in range(slots)
            ],
        )
        rows = []
        for n in range(people):
            given, family = f"Persona {n}", f"Apellido{n:04d} Núñez"
            rows.append(
                {
                    "given_names": given,
                    "family_names": family,
                    "name_key": name_key(given, family),
                    "sort_key": sort_key(given, family),
                    "search_key": search_key(given, family),
                }
            )
        s.execute(insert(Person), rows)
        person_ids = list(s.scalars(select(Person.id).order_by(Person.id)))
        s.execute(
            insert(Participation),
            [
                {
                    "workshop_id": w.id,
                    "person_id": pid,
                    "role": Role.ATTENDEE,
                    "track_id": t.id,
                    "status": ParticipationStatus.CONFIRMED,
                }
                for pid in person_ids
            ],
        )
        part_ids = list(s.scalars(select(Participation.id)))
        slot_ids = list(s.scalars(select(Slot.id)))
        s.execute(
            insert(Attendance),
            [
                {"participation_id": p, "slot_id": sl, "mark": Mark.PRESENT}
                for p in part_ids
                for sl in slot_ids[: slots // 2]
            ],
        )
        return w.id


def test_large_grid_updates_cells_not_the_model(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.pages.attendance_page import AttendancePage
    from lacworkshop.ui.tasks import InlineRunner

    db = open_database(tmp_path / "big.sqlite3")
    try:
        wid = big_workshop(db)
        ctx = AppContext(db, InlineRunner())
        page = AttendancePage(ctx)
        qtbot.addWidget(page)
        page.show()
        ctx.workshop_selected.emit(wid)
        model = page.model
        assert model.rowCount() == 500 and model.slot_count() == 40
        resets, changed = [], []
        model.modelReset.connect(lambda: resets.append(1))
        model.dataChanged.connect(
            lambda a, b, _r=None: changed.append((a.row(), a.column(), b.column()))
        )
        page.view.setFocus()
        page.view.setCurrentIndex(page.proxy.index(250, 30))
        qtbot.keyClick(page.view, Qt.Key.Key_P)
        assert resets == []
        # The cell itself and the row's three summary columns: nothing else.
        assert changed == [(250, 30, 30), (250, 40, 42)]
        assert model.result_at(250).attended_hours == 21 * 1.5
        # A block of the whole session is one undo step and one update per row.
        changed.clear()
        page.view.selectColumn(35)
        qtbot.keyClick(page.view, Qt.Key.Key_A)
        assert resets == [] and len(changed) == 2 * 500
        ctx.undo_stack.undo()
        assert resets == []
        assert model.state_at(0, 35).mark is None
    finally:
        db.close()
