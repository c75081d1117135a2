"""The one schedule check: overlaps in a track, trainers in two places, empty topics, dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from lacworkshop.model import Role
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.services.workshops import schedule
from lacworkshop.services.workshops.editing import WorkshopData, create_workshop, list_tracks
from lacworkshop.services.workshops.schedule_checks import (
    EMPTY_TOPIC,
    OUTSIDE_DATES,
    OVERLAP,
    TRAINER_CLASH,
    PlannedSlot,
    ScheduleProblemsError,
    check_slot,
)

MON = date(2027, 5, 17)


def _slot(start: str, end: str, track: int | None, topic: str = "BGP", trainers=(), sid=None):  # type: ignore[no-untyped-def]
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    return PlannedSlot(MON, time(h1, m1), time(h2, m2), topic, track, tuple(trainers), sid)


def test_pure_check_names_each_kind() -> None:
    block = _slot("09:00", "12:30", 1, trainers=[7], sid=1)
    inside = _slot("10:00", "11:00", 1, topic=" ", trainers=[7])
    kinds = [p.kind for p in check_slot(inside, [block], MON, MON)]
    assert kinds == [EMPTY_TOPIC, OVERLAP, TRAINER_CLASH]
    # Another track at the same time is fine; the same trainer there is not.
    other_track = _slot("10:00", "11:00", 2, trainers=[7])
    assert [p.kind for p in check_slot(other_track, [block], MON, MON)] == [TRAINER_CLASH]
    # A plenary overlaps every track; touching ends do not overlap.
    assert [p.kind for p in check_slot(_slot("12:00", "13:00", None), [block], MON, MON)] == [
        OVERLAP
    ]
    assert check_slot(_slot("12:30", "14:00", 1), [block], MON, MON) == []
    # Editing a slot does not clash with its stored self.
    assert check_slot(_slot("09:30", "12:30", 1, trainers=[7], sid=1), [block], MON, MON) == []
    late = PlannedSlot(date(2027, 5, 30), time(9), time(10), "x", 1)
    assert [p.kind for p in check_slot(late, [], MON, date(2027, 5, 21))] == [OUTSIDE_DATES]


@pytest.fixture
def walc(db):  # type: ignore[no-untyped-def]
    wid = create_workshop(
        db,
        WorkshopData(
            code="WALC2027",
            title="WALC",
            start_date=MON,
            end_date=date(2027, 5, 21),
            tracks=("Routing", "Seguridad"),
        ),
    )
    tracks = [t.id for t in list_tracks(db, wid)]
    ana = create_person(db, PersonData("Ana", "Pérez", email="ana@example.org"))
    add_participants(db, wid, [ana], Role.TRAINER, tracks[0])
    return wid, tracks, ana


def test_service_refuses_unless_allowed_and_names_the_trainer(db, walc) -> None:  # type: ignore[no-untyped-def]
    wid, (routing, security), ana = walc
    block = schedule.SlotData(MON, time(9), time(12, 30), "BGP", routing, trainer_ids=(ana,))
    schedule.create_slot(db, wid, block, allow_problems=False)
    clash = schedule.SlotData(MON, time(10), time(11), "IPv6", security, trainer_ids=(ana,))
    problems = schedule.slot_problems(db, wid, clash)
    assert [p.kind for p in problems] == [TRAINER_CLASH]
    assert "Ana Pérez would teach" in problems[0].message
    with pytest.raises(ScheduleProblemsError) as err:
        schedule.create_slot(db, wid, clash, allow_problems=False)
    assert err.value.problems == tuple(problems)
    assert len(schedule.list_slots(db, wid)) == 1
    schedule.create_slot(db, wid, clash, allow_problems=True)
    assert len(schedule.list_slots(db, wid)) == 2
    assert [p.kind for p in schedule.schedule_problems(db, wid)] == [TRAINER_CLASH]


def test_generation_and_bulk_assignment(db, walc) -> None:  # type: ignore[no-untyped-def]
    wid, (routing, security), ana = walc
    ids = schedule.generate_slots(
        db, wid, MON, date(2027, 5, 18), track_ids=[routing, security], allow_problems=False
    )
    assert len(ids) == 8  # 2 days x 2 blocks x 2 tracks; empty topics do not stop it
    # A plenary over the morning block clashes with both tracks' sessions.
    found = schedule.generation_problems(db, wid, MON, MON, [(time(9), time(10))])
    assert {p.kind for p in found} == {OVERLAP} and len(found) == 2
    with pytest.raises(ScheduleProblemsError):
        schedule.generate_slots(db, wid, MON, MON, [(time(9), time(10))], allow_problems=False)
    routing_ids = [s.id for s in schedule.list_slots(db, wid) if s.track_id == routing]
    before = schedule.assign_trainers(db, wid, routing_ids, [ana])
    assert all(v == () for v in before.values())
    assert all(s.trainer_ids == (ana,) for s in schedule.list_slots(db, wid) if s.id in routing_ids)
    # The same trainer on the other track at the same times: refused as a whole.
    security_ids = [s.id for s in schedule.list_slots(db, wid) if s.track_id == security]
    with pytest.raises(ScheduleProblemsError):
        schedule.assign_trainers(db, wid, security_ids, [ana], allow_problems=False)
    assert all(not s.trainer_ids for s in schedule.list_slots(db, wid) if s.id in security_ids)
    schedule.restore_trainers(db, before)
    assert all(not s.trainer_ids for s in schedule.list_slots(db, wid))
