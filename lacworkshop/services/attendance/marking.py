"""Marking a session for named people at once (the command line's way into the grid)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.model import Mark, Participation, Person, Role, Slot, Track
from lacworkshop.services import audit
from lacworkshop.services.attendance.grid import EMPTY, CellKey, CellState, write_cells
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.storage import Database

MARK_LETTERS = {"P": Mark.PRESENT, "L": Mark.LATE, "E": Mark.EXCUSED, "A": Mark.ABSENT}


def parse_mark(text: str) -> Mark | None:
    """P, L, E, A (or the words present, late, excused, absent); 'clear' or '-' for no mark."""
    raw = text.strip()
    if raw.lower() in ("clear", "-", "none"):
        return None
    if raw.upper() in MARK_LETTERS:
        return MARK_LETTERS[raw.upper()]
    try:
        return Mark(raw.lower())
    except ValueError:
        raise ValidationError("marks.not_a_mark", "mark", text=raw) from None


@dataclass(frozen=True)
class MarkResult:
    workshop_id: int
    changed: int
    unchanged: int
    previous: dict[CellKey, CellState]  # for undo


def mark_session(
    db: Database, slot_id: int, marks: Sequence[tuple[int, Mark | None]]
) -> MarkResult:
    """Set each (person id, mark) at session *slot_id* in one transaction, as the grid would.

    The person must attend the workshop (role attendee) and follow the session's
    track, or the session must be a plenary; otherwise nothing is saved. Run through
    ``db.run``: a server connection lost midway rolls it back and it runs once more.
    """

    def unit(session: Session) -> MarkResult:
        slot = require(session, Slot, slot_id, "session.no_id", id=slot_id)
        n_tracks = session.scalar(
            select(func.count(Track.id)).where(Track.workshop_id == slot.workshop_id)
        )
        parts = {
            person_id: (part_id, track_id)
            for part_id, person_id, track_id in session.execute(
                select(Participation.id, Participation.person_id, Participation.track_id).where(
                    Participation.workshop_id == slot.workshop_id,
                    Participation.role == Role.ATTENDEE,
                    Participation.person_id.in_([pid for pid, _m in marks]),
                )
            )
        }
        changes: dict[CellKey, CellState] = {}
        for person_id, mark in marks:
            if person_id not in parts:
                name = session.scalar(
                    select(Person.given_names + " " + Person.family_names).where(
                        Person.id == person_id
                    )
                )
                raise ValidationError(
                    "marks.not_attendee", "person", name=name or person_id, id=person_id
                )
            part_id, track_id = parts[person_id]
            own_track = track_id is None and (n_tracks or 0) <= 1
            if slot.track_id is not None and track_id != slot.track_id and not own_track:
                raise ValidationError("marks.not_in_track", "person", id=person_id, session=slot_id)
            changes[(part_id, slot_id)] = CellState(mark) if mark is not None else EMPTY
        previous = write_cells(session, slot.workshop_id, changes)
        changed = sum(1 for k, v in changes.items() if previous.get(k, EMPTY).mark != v.mark)
        if changed:
            audit.record(
                session,
                "attendance",
                "slot",
                slot_id,
                f"{changed} attendance mark(s) changed (command line)",
                {"cells": changed, "via": "mark"},
            )
        return MarkResult(slot.workshop_id, changed, len(changes) - changed, previous)

    return db.run(unit)
