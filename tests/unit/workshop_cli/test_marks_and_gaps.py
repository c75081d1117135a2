"""Marking from a script, and who is left without a track."""

from __future__ import annotations

from datetime import date, time

import pytest

from lacworkshop.model import Mark, Role
from lacworkshop.services.attendance.grid import load_grid
from lacworkshop.services.attendance.marking import mark_session, parse_mark
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.services.workshops import schedule
from lacworkshop.services.workshops.editing import WorkshopData, create_workshop, list_tracks
from lacworkshop.services.workshops.track_gaps import attendees_without_track


def test_mark_letters_and_words() -> None:
    assert [parse_mark(t) for t in ("P", "l", " E ", "absent", "clear", "-")] == [
        Mark.PRESENT,
        Mark.LATE,
        Mark.EXCUSED,
        Mark.ABSENT,
        None,
        None,
    ]
    with pytest.raises(ValidationError, match="not a mark"):
        parse_mark("X")


def test_marks_land_in_the_grid_and_gaps_are_named(db) -> None:  # type: ignore[no-untyped-def]
    wid = create_workshop(
        db,
        WorkshopData(
            code="W",
            title="W",
            start_date=date(2027, 5, 17),
            end_date=date(2027, 5, 17),
            tracks=("A", "B"),
        ),
    )
    a, _b = (t.id for t in list_tracks(db, wid))
    mj = create_person(db, PersonData("María José", "Núñez"))
    lost = create_person(db, PersonData("Ñusta", "Quispe"))
    add_participants(db, wid, [mj], Role.ATTENDEE, a)
    add_participants(db, wid, [lost], Role.ATTENDEE, None)
    day = date(2027, 5, 17)
    own = schedule.create_slot(db, wid, schedule.SlotData(day, time(9), time(10), "x", a))
    plenary = schedule.create_slot(db, wid, schedule.SlotData(day, time(11), time(12), "y"))
    result = mark_session(db, own, [(mj, Mark.LATE)])
    assert (result.changed, result.unchanged) == (1, 0)
    grid = load_grid(db, wid, a)
    person = next(p for p in grid.people if p.person_id == mj)
    assert grid.cells[(person.participation_id, own)].mark is Mark.LATE
    # Nothing is saved when one of the people cannot be marked there.
    with pytest.raises(ValidationError, match="does not follow the track"):
        mark_session(db, own, [(mj, None), (lost, Mark.PRESENT)])
    assert load_grid(db, wid, a).cells[(person.participation_id, own)].mark is Mark.LATE
    assert mark_session(db, plenary, [(lost, Mark.PRESENT)]).changed == 1
    assert [p.name for p in attendees_without_track(db, wid)] == ["Ñusta Quispe"]
