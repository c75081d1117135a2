"""Importing as one operation: back up, write, remember the mapping, name what changed."""

from __future__ import annotations

from sqlalchemy import func, select

from lacworkshop.formats.reading.spreadsheet import load_table
from lacworkshop.model import Participation, Person
from lacworkshop.services.importing.apply import import_registrations
from lacworkshop.services.importing.mapping import initial_mapping, layout_for
from lacworkshop.services.importing.preview import build_preview
from lacworkshop.services.operations import NOTHING, Change
from tests.conftest import REGISTRATIONS


def _people(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count(Person.id))) or 0


def _participations(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count(Participation.id))) or 0


def _prepared(db, workshop_id: int, name: str):  # type: ignore[no-untyped-def]
    table = load_table(REGISTRATIONS / name)
    layout = layout_for(table)
    mapping, remembered = initial_mapping(db, layout.headers)
    # The organiser ignores the last mapped column in the wizard; that choice is remembered.
    changed = list(mapping)
    last = max(i for i, field in enumerate(changed) if field)
    changed[last] = None
    preview = build_preview(db, table, layout, changed, workshop_id)
    return preview, layout.headers, changed, remembered


def test_an_import_writes_backs_up_and_remembers_the_mapping(db, workshop_id) -> None:  # type: ignore[no-untyped-def]
    preview, headers, mapping, remembered = _prepared(db, workshop_id, "inscriptos_excel.csv")
    assert not remembered
    result = import_registrations(db, preview, headers, mapping)
    summary = result.value
    assert result.changes == {Change.PEOPLE, Change.PARTICIPATIONS, Change.SETTINGS}
    assert summary.created > 0 and _people(db) == summary.created
    assert _participations(db) == summary.created + summary.linked
    assert summary.backup is not None and summary.backup.exists()
    again, was_remembered = initial_mapping(db, headers)
    assert was_remembered and again == mapping


def test_a_dry_run_writes_and_remembers_nothing(db, workshop_id) -> None:  # type: ignore[no-untyped-def]
    preview, headers, mapping, _ = _prepared(db, workshop_id, "inscriptos_excel.csv")
    result = import_registrations(db, preview, headers, mapping, dry_run=True)
    assert result.changes == NOTHING and result.value.created > 0
    assert _people(db) == 0 and result.value.backup is None
    _, remembered = initial_mapping(db, headers)
    assert not remembered
