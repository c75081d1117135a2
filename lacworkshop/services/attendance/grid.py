"""Attendance marks: the grid of one workshop track, and changing marks in bulk.

The grid hands the UI plain data (people, slots, marks, notes) plus the rule,
so the UI can recompute a row's standing after each keystroke with the one
rule function (:func:`services.eligibility.evaluate`) without a round trip.
Every change goes through :func:`set_cells`, which returns what it replaced so
the caller can undo it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import delete, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from lacworkshop.model import (
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    slot_trainer,
)
from lacworkshop.model.base import new_uuid
from lacworkshop.model.display_names import display_name
from lacworkshop.services import audit
from lacworkshop.services.attendance.clearing import cleared_uuids, forget_cleared, note_cleared
from lacworkshop.services.attendance.eligibility import Result, Rule, SlotHours, evaluate
from lacworkshop.services.attendance.standings import rule_of
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.storage import Database

ACTIVE_STATUSES = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
CellKey = tuple[int, int]  # (participation id, slot id)


@dataclass(frozen=True)
class CellState:
    """What one cell holds: a mark (None: not yet marked) and an optional note."""

    mark: Mark | None = None
    note: str | None = None


EMPTY = CellState()


@dataclass(frozen=True)
class GridSlot:
    id: int
    date: date
    start_time: time
    end_time: time
    topic: str
    room: str | None
    plenary: bool  # belongs to every track
    trainers: tuple[str, ...]

    @property
    def hours(self) -> float:
        start = self.start_time.hour * 60 + self.start_time.minute
        end = self.end_time.hour * 60 + self.end_time.minute
        return (end - start) / 60.0


@dataclass(frozen=True)
class GridPerson:
    participation_id: int
    person_id: int
    given_names: str
    family_names: str
    preferred_name: str | None
    organisation: str | None
    override: bool | None
    override_reason: str | None
    email: str | None = None  # tells apart two people of the same name

    @property
    def display_name(self) -> str:
        return display_name(self.preferred_name, self.given_names, self.family_names)

    @property
    def listed_name(self) -> str:
        """Family name first, as lists sorted by family name read best."""
        if self.family_names:
            return f"{self.family_names}, {self.given_names}".strip(", ")
        return self.given_names


@dataclass(frozen=True)
class TrackChoice:
    id: int | None  # None: people with no track (plenary slots only)
    name: str


@dataclass
class AttendanceGrid:
    """One workshop track: people down, slots across, cells and the rule."""

    workshop_id: int
    workshop_code: str
    workshop_title: str
    track_id: int | None
    track_name: str
    rule: Rule
    slots: list[GridSlot]
    people: list[GridPerson]
    cells: dict[CellKey, CellState] = field(default_factory=dict)

    def slot_hours(self) -> list[SlotHours]:
        return [SlotHours(s.id, s.hours) for s in self.slots]

    def result_for(self, person: GridPerson) -> Result:
        """The person's standing from the one rule, over this track's slots."""
        marks: dict[int, Mark] = {}
        for s in self.slots:
            state = self.cells.get((person.participation_id, s.id))
            if state is not None and state.mark is not None:
                marks[s.id] = state.mark
        return evaluate(self.slot_hours(), marks, self.rule, person.override)


def list_tracks(db: Database, workshop_id: int) -> list[TrackChoice]:
    """The workshop's tracks in order, plus "no track" when someone has none."""
    with db.session() as session:
        tracks = session.execute(
            select(Track.id, Track.name)
            .where(Track.workshop_id == workshop_id)
            .order_by(Track.position, Track.name)
        ).all()
        out = [TrackChoice(tid, name) for tid, name in tracks]
        trackless = session.scalar(
            select(Participation.id)
            .where(
                Participation.workshop_id == workshop_id,
                Participation.track_id.is_(None),
                Participation.role == Role.ATTENDEE,
            )
            .limit(1)
        )
        if trackless is not None and len(out) != 1:
            out.append(TrackChoice(None, ""))
        return out


def _track_filter(track_id: int | None, only_track: bool) -> ColumnElement[bool]:
    # With a single track, people with no track follow it (as standings does).
    if track_id is None:
        return Participation.track_id.is_(None)
    if only_track:
        return or_(Participation.track_id == track_id, Participation.track_id.is_(None))
    return Participation.track_id == track_id


def load_grid(db: Database, workshop_id: int, track_id: int | None) -> AttendanceGrid:
    """Everything the grid of one track shows, in one short session."""
    with db.session() as session:
        workshop = require_workshop(session, workshop_id)
        track_ids = list(session.scalars(select(Track.id).where(Track.workshop_id == workshop_id)))
        track_name = ""
        if track_id is not None:
            if track_id not in track_ids:
                raise NotFoundError("track.no_id", code=workshop.code, id=track_id)
            track_name = session.get(Track, track_id).name  # type: ignore[union-attr]
        slots = _slots(session, workshop_id, track_id)
        only = len(track_ids) == 1
        people_rows = session.execute(
            select(Participation, Person)
            .join(Person, Person.id == Participation.person_id)
            .where(
                Participation.workshop_id == workshop_id,
                Participation.role == Role.ATTENDEE,
                Participation.status.in_(ACTIVE_STATUSES),
                _track_filter(track_id, only),
            )
            .order_by(Person.sort_key, Person.id)
        ).all()
        people = [
            GridPerson(
                participation_id=part.id,
                person_id=person.id,
                given_names=person.given_names,
                family_names=person.family_names,
                preferred_name=person.preferred_name,
                organisation=person.organisation,
                override=part.eligibility_override,
                override_reason=part.override_reason,
                email=person.email,
            )
            for part, person in people_rows
        ]
        cells: dict[CellKey, CellState] = {}
        slot_ids = [s.id for s in slots]
        part_ids = {p.participation_id for p in people}
        if slot_ids and part_ids:
            for pid, sid, mark, note in session.execute(
                select(
                    Attendance.participation_id,
                    Attendance.slot_id,
                    Attendance.mark,
                    Attendance.note,
                )
                .join(Participation, Participation.id == Attendance.participation_id)
                .where(Participation.workshop_id == workshop_id, Attendance.slot_id.in_(slot_ids))
            ):
                if pid in part_ids:
                    cells[(pid, sid)] = CellState(mark, note)
        return AttendanceGrid(
            workshop_id=workshop.id,
            workshop_code=workshop.code,
            workshop_title=workshop.title,
            track_id=track_id,
            track_name=track_name,
            rule=rule_of(workshop),
            slots=slots,
            people=people,
            cells=cells,
        )


def _slots(session: Session, workshop_id: int, track_id: int | None) -> list[GridSlot]:
    """The track's own slots and the plenary ones, in time order."""
    cond: ColumnElement[bool] = Slot.track_id.is_(None)
    if track_id is not None:
        cond = or_(cond, Slot.track_id == track_id)
    rows = session.execute(
        select(Slot)
        .where(Slot.workshop_id == workshop_id, cond)
        .order_by(Slot.date, Slot.start_time, Slot.id)
    ).scalars()
    slots = list(rows)
    trainers: dict[int, list[str]] = {s.id: [] for s in slots}
    if slots:
        for sid, given, family, preferred in session.execute(
            select(
                slot_trainer.c.slot_id,
                Person.given_names,
                Person.family_names,
                Person.preferred_name,
            )
            .join(Person, Person.id == slot_trainer.c.person_id)
            .where(slot_trainer.c.slot_id.in_(list(trainers)))
            .order_by(Person.sort_key)
        ):
            trainers[sid].append(preferred or f"{given} {family}".strip())
    return [
        GridSlot(
            id=s.id,
            date=s.date,
            start_time=s.start_time,
            end_time=s.end_time,
            topic=s.topic or "",
            room=s.room,
            plenary=s.track_id is None,
            trainers=tuple(trainers[s.id]),
        )
        for s in slots
    ]


def _check_keys(session: Session, workshop_id: int, keys: list[CellKey]) -> None:
    parts = {k[0] for k in keys}
    slots = {k[1] for k in keys}
    known_parts = set(
        session.scalars(
            select(Participation.id).where(
                Participation.workshop_id == workshop_id, Participation.id.in_(parts)
            )
        )
    )
    known_slots = set(
        session.scalars(select(Slot.id).where(Slot.workshop_id == workshop_id, Slot.id.in_(slots)))
    )
    if parts - known_parts:
        raise ValidationError("attendance.foreign_participation", id=min(parts - known_parts))
    if slots - known_slots:
        raise ValidationError("attendance.foreign_session", id=min(slots - known_slots))


def read_cells(
    session: Session, workshop_id: int, keys: list[CellKey] | None = None
) -> dict[CellKey, CellState]:
    """Current cells of the workshop (all, or only *keys*), inside *session*."""
    stmt = (
        select(Attendance.participation_id, Attendance.slot_id, Attendance.mark, Attendance.note)
        .join(Participation, Participation.id == Attendance.participation_id)
        .where(Participation.workshop_id == workshop_id)
    )
    out: dict[CellKey, CellState] = {}
    if keys is None:
        for pid, sid, mark, note in session.execute(stmt):
            out[(pid, sid)] = CellState(mark, note)
        return out
    # SQLite limits the number of bound parameters; ask in chunks.
    for i in range(0, len(keys), 400):
        chunk = keys[i : i + 400]
        for pid, sid, mark, note in session.execute(
            stmt.where(tuple_(Attendance.participation_id, Attendance.slot_id).in_(chunk))
        ):
            out[(pid, sid)] = CellState(mark, note)
    return out


def write_cells(
    session: Session, workshop_id: int, changes: Mapping[CellKey, CellState]
) -> dict[CellKey, CellState]:
    """Apply *changes* inside *session*; returns the states they replaced."""
    keys = list(changes)
    if not keys:
        return {}
    _check_keys(session, workshop_id, keys)
    before = read_cells(session, workshop_id, keys)
    previous = {k: before.get(k, EMPTY) for k in keys}
    existing = {
        (a.participation_id, a.slot_id): a
        for i in range(0, len(keys), 400)
        for a in session.scalars(
            select(Attendance).where(
                tuple_(Attendance.participation_id, Attendance.slot_id).in_(keys[i : i + 400])
            )
        )
    }
    removed: list[Attendance] = []
    added = [k for k, state in changes.items() if state.mark is not None and k not in existing]
    # A cell marked again after a clearing keeps the cleared mark's identity.
    reused = cleared_uuids(session, added) if added else {}
    for key, state in changes.items():
        note = (state.note or "").strip() or None
        row = existing.get(key)
        if state.mark is None:
            if row is not None:
                removed.append(row)
            continue
        if row is None:
            session.add(
                Attendance(
                    uuid=reused.get(key) or new_uuid(),
                    participation_id=key[0],
                    slot_id=key[1],
                    mark=state.mark,
                    note=note,
                )
            )
        elif row.mark != state.mark or row.note != note:
            row.mark = state.mark
            row.note = note
    if reused:
        forget_cleared(session, reused)
    if removed:
        note_cleared(session, removed)
        session.execute(delete(Attendance).where(Attendance.id.in_([r.id for r in removed])))
    return previous


def set_cells(
    db: Database,
    workshop_id: int,
    changes: Mapping[CellKey, CellState],
    reason: str = "grid",
) -> dict[CellKey, CellState]:
    """Save *changes* at once (one transaction); returns what they replaced, for undo.

    Run through ``db.run``: a server connection lost midway rolls it back and it
    runs once more, so the marks land, once.
    """

    def unit(session: Session) -> dict[CellKey, CellState]:
        previous = write_cells(session, workshop_id, changes)
        changed = sum(1 for k, v in changes.items() if previous.get(k, EMPTY) != v)
        if changed:
            audit.record(
                session,
                "attendance",
                "workshop",
                workshop_id,
                f"{changed} attendance mark(s) changed ({reason})",
                {"cells": changed, "via": reason},
            )
        return previous

    return db.run(unit)


def set_note(
    db: Database, workshop_id: int, participation_id: int, slot_id: int, note: str | None
) -> dict[CellKey, CellState]:
    """Attach *note* to an existing mark; a note needs a mark to belong to."""
    key = (participation_id, slot_id)
    with db.session() as session:
        current = read_cells(session, workshop_id, [key]).get(key, EMPTY)
    if current.mark is None:
        raise ValidationError("attendance.note_needs_mark", "note")
    return set_cells(db, workshop_id, {key: CellState(current.mark, note)}, "note")


def clear_slot(db: Database, workshop_id: int, slot_id: int) -> dict[CellKey, CellState]:
    """Remove every mark of one session (e.g. marked by mistake)."""
    with db.session() as session:
        keys = [(pid, sid) for (pid, sid) in read_cells(session, workshop_id) if sid == slot_id]
        previous = write_cells(session, workshop_id, dict.fromkeys(keys, EMPTY))
        if keys:
            audit.record(
                session, "attendance", "slot", slot_id, f"{len(keys)} mark(s) cleared", None
            )
        return previous
