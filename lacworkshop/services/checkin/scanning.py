"""Check-in at the door: a scanned or typed code, or a name, marks the person present.

Each answer is said plainly and at once (present, late, already checked in,
not registered in this workshop, wrong track), with what undoes it. A code
from another workshop's badge is "not registered in this workshop"; a trainer,
organiser or staff member is welcomed without a mark (attendance is taken for
attendees). A person marked absent or excused who turns up is marked present.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.errors import message_text
from lacworkshop.formats.badges import display_code, normalise
from lacworkshop.model import Mark, Participation, ParticipationStatus, Person, Role, Slot, Track
from lacworkshop.model.text_keys import fold
from lacworkshop.services import audit
from lacworkshop.services.attendance import EMPTY, CellState, read_cells, write_cells
from lacworkshop.services.badges import badge_settings
from lacworkshop.services.checkin.clock import local_now
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require, require_workshop
from lacworkshop.services.operations import NO_PROGRESS, NOTHING, Change, OpResult, Progress
from lacworkshop.storage import Database

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
MAX_CHOICES = 20


class Outcome(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ALREADY = "already"  # already checked in: nothing changed
    WELCOME = "welcome"  # a trainer, organiser or staff: no mark is taken
    WRONG_TRACK = "wrong_track"
    NOT_REGISTERED = "not_registered"  # a badge of another workshop, or a cancelled place
    UNKNOWN = "unknown"  # no badge has this code, nobody has this name
    CHOOSE = "choose"  # a name that several people share: pick one

    @property
    def good(self) -> bool:
        return self in (Outcome.PRESENT, Outcome.LATE, Outcome.WELCOME)


@dataclass(frozen=True)
class Candidate:
    participation_id: int
    name: str
    organisation: str
    track: str


@dataclass(frozen=True)
class CheckinResult:
    """The answer to one scan: what happened, to whom, said in the user's language."""

    outcome: Outcome
    message: str
    name: str = ""
    participation_id: int | None = None
    slot_id: int | None = None
    previous: CellState | None = None  # what the cell held before: undo puts it back
    candidates: tuple[Candidate, ...] = field(default=())

    @property
    def undoable(self) -> bool:
        return self.previous is not None


def _name(person: Person) -> str:
    given = person.preferred_name or person.given_names
    return f"{given} {person.family_names}".strip()


def _find(
    session: Session, workshop_id: int, text: str
) -> tuple[Participation | None, CheckinResult | None]:
    """The participation *text* names (a code or a name), or the answer when there is none."""
    code = normalise(text)
    if code is not None:
        part = session.scalar(select(Participation).where(Participation.checkin_code == code))
        if part is None:
            return None, CheckinResult(
                Outcome.UNKNOWN, message_text("checkin.unknown_code", code=display_code(code))
            )
        if part.workshop_id != workshop_id:
            return None, CheckinResult(
                Outcome.NOT_REGISTERED,
                message_text("checkin.not_registered", name=_name(part.person)),
                _name(part.person),
            )
        return part, None
    wanted = fold(text)
    if len(wanted) < 2:
        return None, CheckinResult(Outcome.UNKNOWN, message_text("checkin.no_match", text=text))
    rows = session.execute(
        select(Participation, Person, Track.name)
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Track, Track.id == Participation.track_id)
        .where(
            Participation.workshop_id == workshop_id,
            Participation.status.in_(ACTIVE),
            Person.erased_at.is_(None),
            Person.search_key.contains(wanted),
        )
        .order_by(Person.sort_key, Participation.id)
        .limit(MAX_CHOICES + 1)
    ).all()
    if len(rows) == 1:
        return rows[0][0], None
    if not rows:
        return None, CheckinResult(Outcome.UNKNOWN, message_text("checkin.no_match", text=text))
    candidates = tuple(
        Candidate(part.id, _name(person), person.organisation or "", track or "")
        for part, person, track in rows[:MAX_CHOICES]
    )
    return None, CheckinResult(
        Outcome.CHOOSE,
        message_text("checkin.several", count=len(rows), text=text),
        candidates=candidates,
    )


def _mark(
    session: Session,
    part: Participation,
    slot: Slot,
    late_after: int,
    now: datetime | None,
) -> CheckinResult:
    name = _name(part.person)
    if part.status not in ACTIVE:
        return CheckinResult(
            Outcome.NOT_REGISTERED, message_text("checkin.cancelled", name=name), name, part.id
        )
    if part.role != Role.ATTENDEE:
        return CheckinResult(
            Outcome.WELCOME,
            message_text(f"checkin.welcome.{part.role.value}", name=name),
            name,
            part.id,
        )
    n_tracks = session.scalar(
        select(func.count(Track.id)).where(Track.workshop_id == slot.workshop_id)
    )
    own_track = part.track_id is None and (n_tracks or 0) <= 1
    if slot.track_id is not None and part.track_id != slot.track_id and not own_track:
        theirs = part.track.name if part.track is not None else "—"
        here = slot.track.name if slot.track is not None else "—"
        return CheckinResult(
            Outcome.WRONG_TRACK,
            message_text("checkin.wrong_track", name=name, session=here, own=theirs),
            name,
            part.id,
            slot.id,
        )
    key = (part.id, slot.id)
    current = read_cells(session, slot.workshop_id, [key]).get(key, EMPTY)
    if current.mark in (Mark.PRESENT, Mark.LATE):
        return CheckinResult(
            Outcome.ALREADY,
            message_text(f"checkin.already.{current.mark.value}", name=name),
            name,
            part.id,
            slot.id,
        )
    wall = local_now(part.workshop, now)
    minutes = int((wall - datetime.combine(slot.date, slot.start_time)).total_seconds() // 60)
    late = minutes > late_after
    mark = Mark.LATE if late else Mark.PRESENT
    previous = write_cells(session, slot.workshop_id, {key: CellState(mark, current.note)})
    audit.record(
        session,
        "attendance",
        "slot",
        slot.id,
        f"check-in: {mark.value}",
        {"participation": part.id, "via": "check-in"},
    )
    if late:
        message = message_text("checkin.late", name=name, minutes=minutes)
    else:
        message = message_text("checkin.present", name=name)
    return CheckinResult(
        Outcome.LATE if late else Outcome.PRESENT,
        message,
        name,
        part.id,
        slot.id,
        previous.get(key, EMPTY),
    )


def _changes(result: CheckinResult) -> frozenset[Change]:
    return frozenset({Change.ATTENDANCE}) if result.previous is not None else NOTHING


def check_in(
    db: Database,
    workshop_id: int,
    slot_id: int,
    text: str,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[CheckinResult]:
    """Check in whoever *text* names (a badge's code as scanned or typed, or a name)
    at session *slot_id*; the result says what happened in plain words."""
    del progress
    if not text.strip():
        raise ValidationError("checkin.empty")
    late_after = badge_settings(db, workshop_id).late_after_minutes
    with db.session() as session:
        require_workshop(session, workshop_id)
        slot = require(session, Slot, slot_id, "session.no_id", id=slot_id)
        if slot.workshop_id != workshop_id:
            raise ValidationError("attendance.foreign_session", id=slot_id)
        part, answer = _find(session, workshop_id, text)
        if part is None:
            assert answer is not None
            return OpResult(answer)
        result = _mark(session, part, slot, late_after, now)
    return OpResult(result, _changes(result))


def check_in_participation(
    db: Database,
    workshop_id: int,
    slot_id: int,
    participation_id: int,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[CheckinResult]:
    """Check in one participation chosen from a list (after a name several people share)."""
    del progress
    late_after = badge_settings(db, workshop_id).late_after_minutes
    with db.session() as session:
        slot = require(session, Slot, slot_id, "session.no_id", id=slot_id)
        part = require(session, Participation, participation_id, "checkin.no_participation")
        if part.workshop_id != workshop_id or slot.workshop_id != workshop_id:
            name = _name(part.person)
            return OpResult(
                CheckinResult(
                    Outcome.NOT_REGISTERED, message_text("checkin.not_registered", name=name), name
                )
            )
        result = _mark(session, part, slot, late_after, now)
    return OpResult(result, _changes(result))


def undo_check_in(
    db: Database, workshop_id: int, result: CheckinResult, progress: Progress = NO_PROGRESS
) -> OpResult[str]:
    """Put back what the check-in *result* replaced; returns the message saying so."""
    del progress
    if result.previous is None or result.participation_id is None or result.slot_id is None:
        raise ValidationError("checkin.nothing_to_undo")
    key = (result.participation_id, result.slot_id)
    with db.session() as session:
        write_cells(session, workshop_id, {key: result.previous})
        audit.record(
            session,
            "attendance",
            "slot",
            result.slot_id,
            "check-in undone",
            {"participation": result.participation_id, "via": "check-in"},
        )
    return OpResult(
        message_text("checkin.undone", name=result.name), frozenset({Change.ATTENDANCE})
    )
