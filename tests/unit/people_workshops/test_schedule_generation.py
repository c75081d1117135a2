"""Generating sessions as one operation: checked, refused or created, with what changed."""

from __future__ import annotations

from datetime import date, time

from lacworkshop.services.operations import NOTHING, Change
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.services.workshops import schedule
from lacworkshop.services.workshops.editing import WorkshopData
from lacworkshop.services.workshops.schedule_generation import SessionPlan, generate_sessions
from lacworkshop.services.workshops.session_saving import save_session


def _workshop(db) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    wid = workshop_editing.create_workshop(
        db,
        WorkshopData(
            code="LACNIC-DNSSEC-2027",
            title="Taller de DNSSEC",
            start_date=date(2027, 5, 17),
            end_date=date(2027, 5, 23),
            city="Asunción",
            country="PY",
            tracks=("Operación", "Firmas"),
        ),
    )
    return wid, [t.id for t in workshop_editing.list_tracks(db, wid)]


def test_a_clean_plan_creates_every_session(db) -> None:  # type: ignore[no-untyped-def]
    wid, tracks = _workshop(db)
    plan = SessionPlan(
        date(2027, 5, 17),
        date(2027, 5, 23),
        skip_dates=[date(2027, 5, 19)],
        track_ids=tracks,
        topic="Laboratorio",
    )
    result = generate_sessions(db, wid, plan)
    assert result.changes == {Change.SLOTS, Change.ATTENDANCE}
    # Mon, Tue, Thu, Fri (weekend not skipped here: Sat, Sun too) x 2 blocks x 2 tracks.
    assert len(result.value.created) == 6 * 2 * 2 and result.value.problems == []
    stored = schedule.list_slots(db, wid)
    assert sorted(s.id for s in stored) == sorted(result.value.created)
    assert {s.topic for s in stored} == {"Laboratorio"}


def test_a_clash_creates_nothing_unless_allowed(db) -> None:  # type: ignore[no-untyped-def]
    wid, tracks = _workshop(db)
    schedule.create_slot(
        db, wid, schedule.SlotData(date(2027, 5, 17), time(9), time(10), "Apertura")
    )
    plan = SessionPlan(
        date(2027, 5, 17), date(2027, 5, 18), blocks=[(time(9, 30), time(12))], track_ids=tracks
    )
    refused = generate_sessions(db, wid, plan)
    assert refused.changes == NOTHING and refused.value.refused
    assert refused.value.created == []
    assert all("overlaps" in p.message for p in refused.value.problems)
    assert len(schedule.list_slots(db, wid)) == 1

    allowed = generate_sessions(db, wid, plan, allow_problems=True)
    assert allowed.changes == {Change.SLOTS, Change.ATTENDANCE}
    assert len(allowed.value.created) == 2 * 2 and not allowed.value.refused
    assert allowed.value.problems  # still handed back, to be shown as warnings
    assert len(schedule.list_slots(db, wid)) == 1 + 4


def test_saving_one_session_asks_first_then_saves(db) -> None:  # type: ignore[no-untyped-def]
    wid, tracks = _workshop(db)
    first = save_session(
        db, wid, schedule.SlotData(date(2027, 5, 17), time(9), time(12), "BGP", tracks[0])
    )
    assert first.changes == {Change.SLOTS, Change.ATTENDANCE}
    assert first.value.slot_id is not None and first.value.problems == []
    clash = schedule.SlotData(date(2027, 5, 17), time(11), time(13), "", tracks[0])
    refused = save_session(db, wid, clash)
    assert refused.changes == NOTHING and refused.value.refused
    assert {p.kind for p in refused.value.problems} >= {"overlap", "empty_topic"}
    assert len(schedule.list_slots(db, wid)) == 1
    saved = save_session(db, wid, clash, allow_problems=True)
    assert saved.changes == {Change.SLOTS, Change.ATTENDANCE} and not saved.value.refused
    # Edited over the first session: its own stored self is no clash.
    moved = schedule.SlotData(date(2027, 5, 18), time(9), time(12), "BGP y RPKI", tracks[0])
    edited = save_session(db, wid, moved, first.value.slot_id)
    assert edited.value.slot_id == first.value.slot_id and edited.value.problems == []
    assert schedule.get_slot(db, first.value.slot_id) == moved
