"""A mark cleared on one laptop is cleared on the other through a bundle; a clearing
against a change made on the other side after it is a conflict with both values;
the same bundle twice changes nothing; erasure removes the clearings too. Runs on
SQLite and, given a server, PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lacworkshop.model import Attendance, AttendanceCleared, Mark, SyncBase
from lacworkshop.services.attendance.marking import mark_session
from lacworkshop.services.bundles import Side, export_bundle, merge_bundle
from lacworkshop.services.privacy.erasure import erase_person
from lacworkshop.storage import Database
from lacworkshop.storage.actor import set_actor
from tests.unit.team.workshop_setup import CODE, build, ids_by_email, marks, slots_by_topic

ANA, JOAO = "ana@example.org", "joao@example.org"


@pytest.fixture(autouse=True)
def _actor():  # type: ignore[no-untyped-def]
    yield
    set_actor(None)


def _mark(db: Database, email: str, topic: str, mark: Mark | None) -> None:
    mark_session(db, slots_by_topic(db)[topic], [(ids_by_email(db)[email], mark)])


def _shared(a: Database, b: Database, tmp_path: Path) -> None:
    """A builds the workshop, marks Ana and João at Routing 9, and hands it all to B."""
    set_actor("coordinator@laptop-a")
    build(a)
    _mark(a, ANA, "Routing 9", Mark.PRESENT)
    _mark(a, JOAO, "Routing 9", Mark.LATE)
    export_bundle(a, CODE, tmp_path / "full.lwbundle")
    merge_bundle(b, tmp_path / "full.lwbundle")
    assert marks(b)[(ANA, "Routing 9")] == "present"


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_clearing_travels_and_the_same_bundle_twice_is_a_no_op(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    a, b = db, second_db
    _shared(a, b, tmp_path)
    set_actor("routing@laptop-b")
    _mark(b, ANA, "Routing 9", None)  # B clears Ana's mark, A never touched it since
    with b.session() as session:
        note = session.scalars(select(AttendanceCleared)).one()
        assert note.cleared_by == "routing@laptop-b"
    out = tmp_path / "b.lwbundle"
    export_bundle(b, CODE, out, track="Routing")

    report = merge_bundle(a, out).value
    assert report.conflicts == [] and report.marks.updated == 1
    assert (ANA, "Routing 9") not in marks(a)
    assert marks(a)[(JOAO, "Routing 9")] == "late"
    assert marks(a) == marks(b)
    before = (_count(a, Attendance), _count(a, AttendanceCleared), marks(a))
    again = merge_bundle(a, out).value
    assert not again.changed and again.conflicts == []
    assert (_count(a, Attendance), _count(a, AttendanceCleared), marks(a)) == before

    # Marked again on A afterwards: the new mark travels back to B over B's clearing.
    set_actor("routing@laptop-a")
    _mark(a, ANA, "Routing 9", Mark.EXCUSED)
    export_bundle(a, CODE, tmp_path / "a2.lwbundle")
    back = merge_bundle(b, tmp_path / "a2.lwbundle").value
    assert back.conflicts == []
    assert marks(b)[(ANA, "Routing 9")] == "excused"
    assert _count(b, AttendanceCleared) == 0


def test_a_clearing_against_a_later_change_is_a_conflict(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    a, b = db, second_db
    _shared(a, b, tmp_path)
    set_actor("dns@laptop-b")
    _mark(b, ANA, "Routing 9", None)
    set_actor("routing@laptop-a")
    _mark(a, ANA, "Routing 9", Mark.LATE)  # changed on A after B's clearing
    out = tmp_path / "b.lwbundle"
    export_bundle(b, CODE, out)

    report = merge_bundle(a, out).value
    [conflict] = report.conflicts
    assert conflict.kind == "attendance" and "Routing 9" in conflict.what
    assert (conflict.mine, conflict.theirs) == ({"mark": "late"}, {"mark": None})
    assert (conflict.mine_by, conflict.theirs_by) == ("routing@laptop-a", "dns@laptop-b")
    assert conflict.theirs_at and conflict.mine_at and conflict.theirs_at < conflict.mine_at
    assert marks(a)[(ANA, "Routing 9")] == "late"  # open: left as it is

    newest = merge_bundle(a, out, on_conflict=Side.NEWEST).value
    assert newest.conflicts[0].resolution is Side.MINE
    assert marks(a)[(ANA, "Routing 9")] == "late"

    # A decided having seen B's clearing: the decision travels back, B is not asked.
    export_bundle(a, CODE, tmp_path / "a.lwbundle")
    back = merge_bundle(b, tmp_path / "a.lwbundle", on_conflict=Side.MINE).value
    assert back.conflicts == [] and back.marks.updated == 1
    assert marks(b)[(ANA, "Routing 9")] == "late"
    assert marks(a) == marks(b)


def test_a_clearing_meets_a_mark_changed_on_the_other_side_later_on_their_side(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    """The clearing's side asked about the other's later change, and told to keep its own."""
    a, b = db, second_db
    _shared(a, b, tmp_path)
    set_actor("dns@laptop-b")
    _mark(b, ANA, "Routing 9", None)
    set_actor("routing@laptop-a")
    _mark(a, ANA, "Routing 9", Mark.LATE)
    export_bundle(a, CODE, tmp_path / "a.lwbundle")
    kept = merge_bundle(b, tmp_path / "a.lwbundle", on_conflict=Side.MINE).value
    [conflict] = kept.conflicts
    assert (conflict.mine, conflict.theirs) == ({"mark": None}, {"mark": "late"})
    assert conflict.resolution is Side.MINE
    assert (ANA, "Routing 9") not in marks(b)


def test_theirs_applies_a_clearing(db: Database, second_db: Database, tmp_path: Path) -> None:
    a, b = db, second_db
    _shared(a, b, tmp_path)
    _mark(b, ANA, "Routing 9", None)
    _mark(a, ANA, "Routing 9", Mark.ABSENT)
    export_bundle(b, CODE, tmp_path / "b.lwbundle")
    done = merge_bundle(a, tmp_path / "b.lwbundle", on_conflict=Side.THEIRS).value
    assert [c.resolution for c in done.conflicts] == [Side.THEIRS]
    assert (ANA, "Routing 9") not in marks(a)
    assert _count(a, AttendanceCleared) == 1


def test_erasure_removes_the_clearings(db: Database, tmp_path: Path) -> None:
    build(db)
    _mark(db, ANA, "Routing 9", Mark.PRESENT)
    _mark(db, ANA, "Routing 9", None)
    export_bundle(db, CODE, tmp_path / "x.lwbundle")  # bases of every row, Ana's included
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceCleared)) == 1
        bases = session.scalar(select(func.count()).select_from(SyncBase))
    erase_person(db, ids_by_email(db)[ANA])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceCleared)) == 0
        # Ana, her participation and her clearing: their digests of her are gone too.
        left = session.scalar(select(func.count()).select_from(SyncBase))
    assert bases is not None and left == bases - 3
