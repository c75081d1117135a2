"""Workshop and session edits travel through bundles: an edit on one side comes in, in
either direction; an edit on both sides since the version they share is a conflict shown
with both values, who and when, decided like marks; the same bundle twice changes
nothing. Runs on SQLite and, given a server, PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from lacworkshop.model import Slot, Workshop
from lacworkshop.services.bundles import Side, export_bundle, merge_bundle
from lacworkshop.services.workshops.editing import get_workshop, update_workshop
from lacworkshop.services.workshops.schedule import get_slot, update_slot
from lacworkshop.storage import Database
from lacworkshop.storage.actor import set_actor
from tests.unit.team.workshop_setup import CODE, build, slots_by_topic


@pytest.fixture(autouse=True)
def _actor():  # type: ignore[no-untyped-def]
    yield
    set_actor(None)


def _wid(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(Workshop.id).where(Workshop.code == CODE)) or 0)


def _edit_workshop(db: Database, **values: object) -> None:
    wid = _wid(db)
    update_workshop(db, wid, replace(get_workshop(db, wid), **values))


def _workshop(db: Database) -> tuple[str, str | None, date]:
    with db.session() as session:
        w = session.scalars(select(Workshop).where(Workshop.code == CODE)).one()
        return w.title, w.venue, w.end_date


def _slot(db: Database, topic_now: str) -> tuple[str, time, time, str | None]:
    with db.session() as session:
        s = session.get(Slot, slots_by_topic(db)[topic_now])
        assert s is not None
        return s.topic, s.start_time, s.end_time, s.room


def _shared(a: Database, b: Database, tmp_path: Path) -> None:
    set_actor("coordinator@laptop-a")
    build(a)
    export_bundle(a, CODE, tmp_path / "full.lwbundle")
    assert merge_bundle(b, tmp_path / "full.lwbundle").value.workshop_added


def test_edits_made_on_one_side_travel_both_ways(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    a, b = db, second_db
    _shared(a, b, tmp_path)
    # B (which got the workshop from A) edits it: A takes the edit without a question.
    set_actor("trainer@laptop-b")
    _edit_workshop(b, venue="Hotel Ñandú, Asunción", end_date=date(2026, 5, 9))
    sid = slots_by_topic(b)["DNS 14"]
    update_slot(
        b,
        sid,
        replace(get_slot(b, sid), topic="DNSSEC", start_time=time(15), end_time=time(17)),
    )
    export_bundle(b, CODE, tmp_path / "b.lwbundle")
    report = merge_bundle(a, tmp_path / "b.lwbundle").value
    assert report.conflicts == []
    assert (report.workshop_edits.updated, report.sessions.updated) == (1, 1)
    assert _workshop(a) == ("WALC 2026", "Hotel Ñandú, Asunción", date(2026, 5, 9))
    assert _slot(a, "DNSSEC") == ("DNSSEC", time(15), time(17), None)
    with a.session() as session:
        w = session.scalars(select(Workshop)).one()
        assert w.changed_by == "trainer@laptop-b"

    before = (_workshop(a), _slot(a, "DNSSEC"))
    again = merge_bundle(a, tmp_path / "b.lwbundle").value
    assert not again.changed and again.conflicts == []
    assert (_workshop(a), _slot(a, "DNSSEC")) == before

    # And back: A renames the workshop; B, unchanged since, takes it.
    set_actor("coordinator@laptop-a")
    _edit_workshop(a, title="WALC 2026 — Asunción")
    export_bundle(a, CODE, tmp_path / "a.lwbundle")
    back = merge_bundle(b, tmp_path / "a.lwbundle").value
    assert back.conflicts == [] and back.workshop_edits.updated == 1
    assert _workshop(b) == _workshop(a)
    assert _slot(b, "DNSSEC") == _slot(a, "DNSSEC")


def test_edits_on_both_sides_are_conflicts_decided_like_marks(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    a, b = db, second_db
    _shared(a, b, tmp_path)
    set_actor("coordinator@laptop-a")
    _edit_workshop(a, venue="Universidad Nacional")
    sid_a = slots_by_topic(a)["Routing 9"]
    update_slot(a, sid_a, replace(get_slot(a, sid_a), room="Aula 1"))
    set_actor("trainer@laptop-b")
    _edit_workshop(b, venue="Hotel Guaraní")
    sid_b = slots_by_topic(b)["Routing 9"]
    update_slot(b, sid_b, replace(get_slot(b, sid_b), room="Sala B"))
    export_bundle(b, CODE, tmp_path / "b.lwbundle")

    report = merge_bundle(a, tmp_path / "b.lwbundle").value
    conflicts = {c.kind: c for c in report.conflicts}
    assert set(conflicts) == {"workshop", "session"}
    venue = conflicts["workshop"]
    assert venue.fields == ("venue",) and venue.what == CODE
    assert (venue.mine, venue.theirs) == (
        {"venue": "Universidad Nacional"},
        {"venue": "Hotel Guaraní"},
    )
    assert (venue.mine_by, venue.theirs_by) == ("coordinator@laptop-a", "trainer@laptop-b")
    assert venue.mine_at and venue.theirs_at and venue.mine_at < venue.theirs_at
    room = conflicts["session"]
    assert (room.mine, room.theirs) == ({"room": "Aula 1"}, {"room": "Sala B"})
    assert "Routing 9" in room.what
    assert _workshop(a)[1] == "Universidad Nacional"  # open: nothing written

    done = merge_bundle(a, tmp_path / "b.lwbundle", on_conflict=Side.NEWEST).value
    assert {c.resolution for c in done.conflicts} == {Side.THEIRS}  # B's edits are later
    assert _workshop(a)[1] == "Hotel Guaraní"
    assert _slot(a, "Routing 9")[3] == "Sala B"
    assert not merge_bundle(a, tmp_path / "b.lwbundle").value.changed
