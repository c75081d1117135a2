"""Standings from the database agree with the rule applied by hand."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from lacworkshop.model import Attendance, Mark, Participation, Person, Role, Slot, Track, Workshop
from lacworkshop.services.attendance.standings import workshop_standings


def _workshop(db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        w = Workshop(
            code="T1",
            title="Test",
            start_date=date(2026, 10, 12),
            end_date=date(2026, 10, 13),
            min_share=0.75,
        )
        s.add(w)
        s.flush()
        a, b = Track(workshop_id=w.id, name="A"), Track(workshop_id=w.id, name="B", position=1)
        s.add_all([a, b])
        s.flush()
        plenary = Slot(
            workshop_id=w.id,
            track_id=None,
            date=date(2026, 10, 12),
            start_time=time(9),
            end_time=time(10),
        )
        sa = [
            Slot(
                workshop_id=w.id,
                track_id=a.id,
                date=date(2026, 10, 12 + d),
                start_time=time(14),
                end_time=time(17),
            )
            for d in range(2)
        ]
        sb = Slot(
            workshop_id=w.id,
            track_id=b.id,
            date=date(2026, 10, 12),
            start_time=time(14),
            end_time=time(16),
        )
        s.add_all([plenary, *sa, sb])
        ana = Person(given_names="Ana", family_names="Núñez")
        bo = Person(given_names="Bo", family_names="Álvarez")
        s.add_all([ana, bo])
        s.flush()
        pa = Participation(workshop_id=w.id, person_id=ana.id, track_id=a.id, role=Role.ATTENDEE)
        pb = Participation(
            workshop_id=w.id,
            person_id=bo.id,
            track_id=b.id,
            role=Role.ATTENDEE,
            eligibility_override=True,
            override_reason="medical",
        )
        s.add_all([pa, pb])
        s.flush()
        s.add_all(
            [
                Attendance(participation_id=pa.id, slot_id=plenary.id, mark=Mark.PRESENT),
                Attendance(participation_id=pa.id, slot_id=sa[0].id, mark=Mark.PRESENT),
                Attendance(participation_id=pa.id, slot_id=sa[1].id, mark=Mark.ABSENT),
            ]
        )
        return w.id


def test_standings_per_track_with_plenary_and_override(db) -> None:
    wid = _workshop(db)
    rows = workshop_standings(db, wid)
    assert [r.family_names for r in rows] == ["Álvarez", "Núñez"]
    bo, ana = rows
    # Ana: plenary 1 h + track A 2 x 3 h = 7 h scheduled, 4 h attended.
    assert (ana.result.scheduled_hours, ana.result.attended_hours, ana.result.eligible) == (
        7.0,
        4.0,
        False,
    )
    # Bo: plenary 1 h + track B 2 h; nothing marked, but granted by hand.
    assert (bo.result.scheduled_hours, bo.result.attended_hours) == (3.0, 0.0)
    assert bo.result.eligible and bo.result.overridden and bo.override_reason == "medical"


def test_demo_has_eligible_and_ineligible_people(demo_db) -> None:
    with demo_db.session() as s:
        wid = s.scalar(select(Workshop.id).where(Workshop.code == "WALC2026"))
    rows = workshop_standings(demo_db, wid)
    assert any(r.result.eligible for r in rows) and any(not r.result.eligible for r in rows)
    assert all(r.result.scheduled_hours > 0 for r in rows)
