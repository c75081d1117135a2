"""People operations: delete, merge and erase as use cases naming what they change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from lacworkshop.model import Person
from lacworkshop.services.data_safety import deletion
from lacworkshop.services.operations import Change
from lacworkshop.services.people.merge import merge_two_people
from lacworkshop.services.privacy.erasure import erase_personal_data
from tests.unit.people_workshops.test_people_services import _counts, _marked_workshop, _people

PEOPLE_AND_WHAT_HANGS_ON_THEM = {
    Change.PEOPLE,
    Change.PARTICIPATIONS,
    Change.ATTENDANCE,
    Change.CERTIFICATES,
}


@pytest.mark.parametrize(
    ("entity", "also"),
    [
        ("workshop", {Change.WORKSHOPS, Change.SLOTS}),
        ("person", {Change.PEOPLE, Change.SLOTS}),
        ("slot", {Change.SLOTS}),
        ("participation", {Change.PARTICIPATIONS}),
    ],
)
def test_a_deletion_names_what_it_changed_and_restores(db, entity, also) -> None:  # type: ignore[no-untyped-def]
    ids = _people(db)
    wid, slots, _a, b = _marked_workshop(db, ids)
    target = {"workshop": wid, "person": ids["joao"], "slot": slots[0], "participation": b}[entity]
    before = _counts(db)
    result = deletion.delete_row(db, entity, target)
    after = _counts(db)
    assert after != before
    # Marks went with the row: every deletion here tells the attendance grid.
    assert Change.ATTENDANCE in result.changes and also <= result.changes
    if after[2] != before[2]:  # certificates went too: the register must hear it
        assert Change.CERTIFICATES in result.changes
    deletion.restore(db, result.value)
    assert _counts(db) == before


def test_merge_backs_up_then_merges(db) -> None:  # type: ignore[no-untyped-def]
    ids = _people(db)
    _marked_workshop(db, ids)
    backups = db.path.parent / "backups" / db.path.name
    result = merge_two_people(db, ids["nunez"], ids["joao"])
    assert result.changes == PEOPLE_AND_WHAT_HANGS_ON_THEM
    assert result.value.kept_id == ids["nunez"]
    # A copy of the file on SQLite, a pg_dump on a server.
    assert len(list(backups.glob("*-merge.sqlite3")) + list(backups.glob("*-merge.dump"))) == 1
    with db.session() as s:
        assert s.get(Person, ids["joao"]) is None


def test_erasure_names_what_it_changed(db) -> None:  # type: ignore[no-untyped-def]
    ids = _people(db)
    _marked_workshop(db, ids)
    result = erase_personal_data(db, ids["obrien"])
    assert result.changes == PEOPLE_AND_WHAT_HANGS_ON_THEM
    with db.session() as s:
        family = s.scalar(select(Person.family_names).where(Person.id == ids["obrien"]))
    assert family != "O'Brien"


def test_saving_a_person_checks_look_alikes_first(db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.operations import NOTHING
    from lacworkshop.services.people import PersonData, get_person, save_person

    first = save_person(db, PersonData("María José", "Pérez Ñúñez", email="mj@example.org"))
    assert first.changes == {Change.PEOPLE} and first.value.before is None
    pid = first.value.person_id
    assert pid is not None and first.value.after == get_person(db, pid)
    # Editing a person is no duplicate of itself; before and after are what undo needs.
    stored = get_person(db, pid)
    edited = save_person(db, replace(stored, organisation="LACNIC d'Uruguay"), pid)
    assert edited.changes == {Change.PEOPLE} and edited.value.person_id == pid
    assert edited.value.before == stored
    assert edited.value.after == get_person(db, pid)
    assert edited.value.after.organisation == "LACNIC d'Uruguay"

    twin = PersonData("Maria", "Perez", email=" MJ@Example.org ")
    refused = save_person(db, twin)
    assert refused.changes == NOTHING and refused.value.refused
    assert [d.person_id for d in refused.value.duplicates] == [pid]
    allowed = save_person(db, twin, allow_duplicates=True)
    assert allowed.changes == {Change.PEOPLE} and allowed.value.person_id not in (None, pid)
