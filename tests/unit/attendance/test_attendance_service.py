"""The attendance service: grid data from the one rule, bulk changes that can be undone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lacworkshop.model import AuditLog, Mark
from lacworkshop.services.attendance.grid import (
    EMPTY,
    CellState,
    clear_slot,
    list_tracks,
    load_grid,
    set_cells,
    set_note,
)
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.errors import ValidationError


def test_grid_standings_equal_workshop_standings(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    expected = {s.participation_id: s.result for s in workshop_standings(db, wid)}
    seen = 0
    for track in list_tracks(db, wid):
        grid = load_grid(db, wid, track.id)
        assert grid.slots[0].plenary, "the opening plenary belongs to every track"
        for person in grid.people:
            assert grid.result_for(person) == expected[person.participation_id]
            seen += 1
    assert seen == len(expected) > 0


def test_slots_are_the_track_and_the_plenary_in_time_order(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    tracks = list_tracks(db, wid)
    assert [t.name for t in tracks] == ["Routing and BGP", "Network security", "DNS and DNSSEC"]
    grid = load_grid(db, wid, tracks[1].id)
    assert len(grid.slots) == 10
    assert [(s.date, s.start_time) for s in grid.slots] == sorted(
        (s.date, s.start_time) for s in grid.slots
    )
    assert any(s.trainers for s in grid.slots)


def test_set_cells_saves_and_returns_what_it_replaced(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    grid = load_grid(db, wid, list_tracks(db, wid)[0].id)
    a, b = grid.people[0].participation_id, grid.people[1].participation_id
    s0, s1 = grid.slots[0].id, grid.slots[1].id
    old_a, old_b = grid.cells.get((a, s0), EMPTY), grid.cells.get((b, s1), EMPTY)
    changes = {(a, s0): CellState(Mark.LATE, "bus strike"), (b, s1): EMPTY}
    before = set_cells(db, wid, changes)
    assert before == {(a, s0): old_a, (b, s1): old_b}
    again = load_grid(db, wid, grid.track_id)
    assert again.cells[(a, s0)] == CellState(Mark.LATE, "bus strike")
    assert (b, s1) not in again.cells
    # Undo is applying what was returned.
    set_cells(db, wid, before)
    restored = load_grid(db, wid, grid.track_id)
    assert restored.cells == grid.cells
    with db.session() as s:
        summaries = list(s.scalars(select(AuditLog.summary).where(AuditLog.action == "attendance")))
    assert len(summaries) == 2


def test_cells_of_another_workshop_are_refused(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    grid = load_grid(db, wid, list_tracks(db, wid)[0].id)
    with pytest.raises(ValidationError):
        set_cells(db, wid, {(grid.people[0].participation_id, 99999): CellState(Mark.PRESENT)})
    with pytest.raises(ValidationError):
        set_cells(db, wid + 1, {(grid.people[0].participation_id, grid.slots[0].id): EMPTY})


def test_a_note_needs_a_mark(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    grid = load_grid(db, wid, list_tracks(db, wid)[0].id)
    pid, sid = grid.people[0].participation_id, grid.slots[0].id
    set_cells(db, wid, {(pid, sid): EMPTY})
    with pytest.raises(ValidationError):
        set_note(db, wid, pid, sid, "hola")
    set_cells(db, wid, {(pid, sid): CellState(Mark.ABSENT)})
    set_note(db, wid, pid, sid, "  certificado médico  ")
    assert load_grid(db, wid, grid.track_id).cells[(pid, sid)].note == "certificado médico"


def test_clear_slot_removes_every_mark_of_the_session(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    grid = load_grid(db, wid, list_tracks(db, wid)[0].id)
    sid = grid.slots[3].id
    before = clear_slot(db, wid, sid)
    assert before and all(k[1] == sid for k in before)
    assert not any(k[1] == sid for k in load_grid(db, wid, grid.track_id).cells)


def test_a_single_track_takes_people_without_a_track(db) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.attendance.conftest import make_tricky_workshop

    wid = make_tricky_workshop(db)
    tracks = list_tracks(db, wid)
    assert len(tracks) == 1
    grid = load_grid(db, wid, tracks[0].id)
    assert len(grid.people) == 8
    assert len(grid.slots) == 4 and grid.slots[0].plenary
    assert grid.slots[1].trainers == ("Ana Trainer d'Avila",)


def test_people_without_a_track_get_their_own_grid_of_plenary_sessions(walc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from lacworkshop.model import Participation
    from lacworkshop.services.attendance.register import export_register

    db, wid = walc
    pid = workshop_standings(db, wid)[0].participation_id
    with db.session() as s:
        s.get(Participation, pid).track_id = None
    tracks = list_tracks(db, wid)
    assert tracks[-1].id is None and len(tracks) == 4
    grid = load_grid(db, wid, None)
    assert [p.participation_id for p in grid.people] == [pid]
    assert all(s.plenary for s in grid.slots) and grid.slots
    expected = next(s for s in workshop_standings(db, wid) if s.participation_id == pid)
    assert grid.result_for(grid.people[0]) == expected.result
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    assert "Sin itinerario" in openpyxl.load_workbook(path).sheetnames
