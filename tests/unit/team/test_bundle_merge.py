"""Two databases edited apart merge through bundles: marks of both tracks, one person
edited on both sides shown as a conflict with both values, who and when; merging the
same bundle twice changes nothing. Runs on SQLite and, given a server, PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lacworkshop.model import Attendance, Mark, Person, SyncSeen
from lacworkshop.services.attendance.marking import mark_session
from lacworkshop.services.bundles import Side, export_bundle, merge_bundle
from lacworkshop.services.people.directory import get_person, update_person
from lacworkshop.storage import Database
from lacworkshop.storage.actor import set_actor
from tests.unit.team.workshop_setup import CODE, build, ids_by_email, marks, slots_by_topic

ANA, JOAO, CHLOE, NUSTA = (
    "ana@example.org",
    "joao@example.org",
    "chloe@example.org",
    "nusta@example.org",
)


@pytest.fixture(autouse=True)
def _actor():  # type: ignore[no-untyped-def]
    yield
    set_actor(None)


def _organisation(db: Database, email: str) -> str | None:
    with db.session() as session:
        return session.scalar(select(Person.organisation).where(Person.email == email))


def _snapshot(db: Database) -> tuple[object, ...]:
    with db.session() as session:
        people = sorted(
            session.execute(
                select(Person.uuid, Person.organisation, Person.version, Person.updated_at)
            ).all()
        )
        n_marks = session.scalar(select(func.count(Attendance.id)))
        n_seen = session.scalar(select(func.count()).select_from(SyncSeen))
    return (tuple(people), n_marks, n_seen, tuple(sorted(marks(db).items())))


def _edit_organisation(db: Database, email: str, organisation: str) -> None:
    pid = ids_by_email(db)[email]
    update_person(db, pid, replace(get_person(db, pid), organisation=organisation))


def _two_laptops(a: Database, b: Database, tmp_path: Path) -> tuple[Path, Path]:
    """A copies the workshop to B; then A marks Routing, B marks DNS, both touch Ana."""
    set_actor("coordinator@laptop-a")
    build(a)
    full = tmp_path / "full.lwbundle"
    export_bundle(a, CODE, full)
    first = merge_bundle(b, full).value
    assert first.workshop_added and first.tracks_added == 2 and first.slots_added == 4
    assert (first.people.added, first.participations.added) == (4, 4)

    set_actor("routing@laptop-a")
    pa, sa = ids_by_email(a), slots_by_topic(a)
    mark_session(a, sa["Routing 9"], [(pa[ANA], Mark.PRESENT), (pa[JOAO], Mark.LATE)])
    mark_session(a, sa["Routing 14"], [(pa[ANA], Mark.PRESENT)])
    _edit_organisation(a, ANA, "LACNIC")

    set_actor("dns@laptop-b")
    pb, sb = ids_by_email(b), slots_by_topic(b)
    mark_session(b, sb["DNS 9"], [(pb[CHLOE], Mark.PRESENT), (pb[NUSTA], Mark.ABSENT)])
    # The same mark changed on both sides, and the same person.
    mark_session(b, sb["Routing 9"], [(pb[ANA], Mark.ABSENT)])
    _edit_organisation(b, ANA, "LACNIC Uruguay")

    routing = tmp_path / "routing.lwbundle"
    dns = tmp_path / "dns.lwbundle"
    assert export_bundle(a, CODE, routing, track="Routing").value.marks == 3
    assert export_bundle(b, CODE, dns, track="dns").value.marks == 2
    return routing, dns


def test_conflicts_are_shown_with_both_values_who_and_when(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    routing, _dns = _two_laptops(db, second_db, tmp_path)
    b = second_db

    report = merge_bundle(b, routing).value
    conflicts = {c.kind: c for c in report.conflicts}
    assert set(conflicts) == {"person", "attendance"}
    mark = conflicts["attendance"]
    assert (mark.mine, mark.theirs) == ({"mark": "absent"}, {"mark": "present"})
    assert (mark.mine_by, mark.theirs_by) == ("dns@laptop-b", "routing@laptop-a")
    assert mark.mine_at and mark.theirs_at and mark.theirs_at < mark.mine_at
    assert "Routing 9" in mark.what and "Ana María" in mark.what
    person = conflicts["person"]
    assert person.fields == ("organisation",)
    assert person.mine == {"organisation": "LACNIC Uruguay"}
    assert person.theirs == {"organisation": "LACNIC"}
    assert all(c.resolution is None for c in report.conflicts)
    # What did not clash came in; the clashes stay as they were until someone chooses.
    got = marks(b)
    assert got[(JOAO, "Routing 9")] == "late" and got[(ANA, "Routing 14")] == "present"
    assert got[(ANA, "Routing 9")] == "absent"
    assert _organisation(b, ANA) == "LACNIC Uruguay"
    assert (report.marks.added, report.marks.updated) == (2, 0)

    # Chosen conflict by conflict (as the window's dialog): the mark theirs, the person open.
    chosen = merge_bundle(b, routing, choices={mark.key: Side.THEIRS}).value
    assert [c.kind for c in chosen.open_conflicts] == ["person"]
    assert marks(b)[(ANA, "Routing 9")] == "present"
    assert _organisation(b, ANA) == "LACNIC Uruguay"


def test_newest_then_the_same_merge_again_changes_nothing(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    routing, _dns = _two_laptops(db, second_db, tmp_path)
    b = second_db

    dry = merge_bundle(b, routing, on_conflict=Side.THEIRS, dry_run=True).value
    assert dry.dry_run and dry.changed and len(dry.conflicts) == 2
    assert marks(b).get((JOAO, "Routing 9")) is None  # the dry run kept nothing

    # B's edits are the later ones: newest keeps them.
    done = merge_bundle(b, routing, on_conflict=Side.NEWEST).value
    assert {c.resolution for c in done.conflicts} == {Side.MINE}
    assert marks(b)[(ANA, "Routing 9")] == "absent"
    assert _organisation(b, ANA) == "LACNIC Uruguay"

    before = _snapshot(b)
    again = merge_bundle(b, routing, on_conflict=Side.THEIRS).value
    assert not again.changed and again.conflicts == []
    assert _snapshot(b) == before


def test_both_databases_end_alike(db: Database, second_db: Database, tmp_path: Path) -> None:
    a, b = db, second_db
    routing, dns = _two_laptops(a, b, tmp_path)
    merge_bundle(b, routing, on_conflict=Side.NEWEST)
    merge_bundle(a, dns)
    # A takes B's whole workshop. B decided both conflicts having seen A's values, and
    # A has not changed them since: B's decisions travel, nobody is asked twice.
    whole = tmp_path / "whole-b.lwbundle"
    export_bundle(b, CODE, whole)
    asked = merge_bundle(a, whole, dry_run=True).value
    assert asked.conflicts == [] and asked.people.updated == 1
    merge_bundle(a, whole)

    assert marks(a) == marks(b)
    assert marks(a) == {
        (ANA, "Routing 9"): "absent",
        (ANA, "Routing 14"): "present",
        (JOAO, "Routing 9"): "late",
        (CHLOE, "DNS 9"): "present",
        (NUSTA, "DNS 9"): "absent",
    }
    assert _organisation(a, ANA) == _organisation(b, ANA) == "LACNIC Uruguay"
    before = _snapshot(a)
    assert not merge_bundle(a, whole).value.changed
    assert not merge_bundle(a, dns).value.changed
    assert _snapshot(a) == before

    # A mark B took from A and never touched follows A's next change without a conflict.
    set_actor("routing@laptop-a")
    mark_session(a, slots_by_topic(a)["Routing 9"], [(ids_by_email(a)[JOAO], Mark.PRESENT)])
    later = tmp_path / "routing-2.lwbundle"
    export_bundle(a, CODE, later, track="Routing")
    report = merge_bundle(b, later).value
    assert report.conflicts == [] and report.marks.updated == 1
    assert marks(b)[(JOAO, "Routing 9")] == "present"


def test_a_bundle_of_the_first_format_still_merges(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    """Made by the previous version: no clearings, no edited-from versions; merged whole."""
    from lacworkshop.formats.bundles import read_bundle, write_bundle

    set_actor("coordinator@laptop-a")
    build(db)
    pa, sa = ids_by_email(db), slots_by_topic(db)
    mark_session(db, sa["Routing 9"], [(pa[ANA], Mark.PRESENT), (pa[JOAO], Mark.LATE)])
    current = tmp_path / "current.lwbundle"
    export_bundle(db, CODE, current)
    bundle = read_bundle(current)
    assert bundle.manifest.format_version == 2

    def older(value: object) -> object:
        if isinstance(value, dict):
            return {k: older(v) for k, v in value.items() if k not in ("cleared", "base")}
        if isinstance(value, list):
            return [older(v) for v in value]
        return value

    first = tmp_path / "first-format.lwbundle"
    write_bundle(first, replace(bundle.manifest, format_version=1), older(bundle.data))  # type: ignore[arg-type]
    report = merge_bundle(second_db, first).value
    assert report.workshop_added and (report.people.added, report.participations.added) == (4, 4)
    assert marks(second_db) == marks(db) and len(marks(db)) == 2
