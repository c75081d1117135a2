"""People in a workshop: who takes part, in which role, track and status."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Track, Workshop
from lacworkshop.model.display_names import display_name
from lacworkshop.services import audit
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.storage import Database

_KEEP = object()  # "leave this field as it is" in bulk changes
KEEP_AS_IS = _KEEP  # the same, for callers outside the package


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    given_names: str
    family_names: str
    preferred_name: str | None
    email: str | None
    organisation: str | None
    country: str | None
    role: Role
    status: ParticipationStatus
    track_id: int | None
    track_name: str | None

    @property
    def display_name(self) -> str:
        return display_name(self.preferred_name, self.given_names, self.family_names)


@dataclass(frozen=True)
class AddResult:
    added: list[int]  # participation ids
    already: int  # people who already had that role in the workshop


def list_participants(
    db: Database, workshop_id: int, role: Role | None = None
) -> list[ParticipantRow]:
    """The workshop's people sorted by family name, the region's way."""
    stmt = (
        select(
            Participation.id,
            Person.id,
            Person.given_names,
            Person.family_names,
            Person.preferred_name,
            Person.email,
            Person.organisation,
            Person.country,
            Participation.role,
            Participation.status,
            Participation.track_id,
            Track.name,
        )
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Track, Track.id == Participation.track_id)
        .where(Participation.workshop_id == workshop_id)
        .order_by(Person.sort_key, Participation.role)
    )
    if role is not None:
        stmt = stmt.where(Participation.role == Role(role))
    with db.session() as session:
        result: Any = session.execute(stmt)
        return [ParticipantRow(*row) for row in result]


def add_participants(
    db: Database,
    workshop_id: int,
    person_ids: Iterable[int],
    role: Role = Role.ATTENDEE,
    track_id: int | None = None,
    status: ParticipationStatus = ParticipationStatus.REGISTERED,
) -> AddResult:
    """Add people in one role; someone who already has that role is left as is."""
    role, status = Role(role), ParticipationStatus(status)
    ids = list(dict.fromkeys(person_ids))
    with db.session() as session:
        w = require(session, Workshop, workshop_id, "workshop.gone")
        if (
            track_id is not None
            and session.scalar(select(Track.workshop_id).where(Track.id == track_id)) != workshop_id
        ):
            raise ValidationError("track.choose", "track_id")
        existing = set(
            session.scalars(
                select(Participation.person_id).where(
                    Participation.workshop_id == workshop_id,
                    Participation.role == role,
                    Participation.person_id.in_(ids),
                )
            )
        )
        added: list[int] = []
        for pid in ids:
            if pid in existing:
                continue
            if session.get(Person, pid) is None:
                raise NotFoundError("people.one_gone")
            p = Participation(
                workshop_id=workshop_id,
                person_id=pid,
                role=role,
                track_id=track_id,
                status=status,
                source="manual",
            )
            session.add(p)
            session.flush()
            added.append(p.id)
        if added:
            audit.record(
                session,
                "create",
                "participation",
                None,
                f"Added {len(added)} {role.value}(s) to {w.code}",
                {"participation_ids": added, "role": role.value, "status": status.value},
            )
        return AddResult(added, len(existing))


def update_participations(
    db: Database,
    participation_ids: Iterable[int],
    *,
    status: ParticipationStatus | None = None,
    track_id: object = _KEEP,
    role: Role | None = None,
) -> dict[int, tuple[ParticipationStatus, int | None, Role]]:
    """Set status, track or role on many at once; returns the previous values for undo."""
    ids = list(participation_ids)
    status = ParticipationStatus(status) if status is not None else None
    role = Role(role) if role is not None else None
    before: dict[int, tuple[ParticipationStatus, int | None, Role]] = {}
    with db.session() as session:
        parts = list(session.scalars(select(Participation).where(Participation.id.in_(ids))))
        if track_id is not _KEEP and track_id is not None:
            owners = {p.workshop_id for p in parts}
            track_owner = session.scalar(select(Track.workshop_id).where(Track.id == track_id))
            if owners and owners != {track_owner}:
                raise ValidationError("track.choose", "track_id")
        for p in parts:
            before[p.id] = (p.status, p.track_id, p.role)
            if status is not None:
                p.status = status
            if track_id is not _KEEP:
                p.track_id = track_id  # type: ignore[assignment]
            if role is not None:
                p.role = role
        session.flush()
        audit.record(
            session,
            "update",
            "participation",
            None,
            f"Changed {len(parts)} participation(s)",
            {
                "participation_ids": ids,
                "status": status.value if status else None,
                "track_id": None if track_id is _KEEP else track_id,
                "role": role.value if role else None,
            },
        )
    return before


def restore_participations(
    db: Database, values: Mapping[int, tuple[ParticipationStatus, int | None, Role]]
) -> None:
    """Put back the values update_participations returned (undo)."""
    with db.session() as session:
        for pid, (status, track_id, role) in values.items():
            p = session.get(Participation, pid)
            if p is not None:
                p.status, p.track_id, p.role = status, track_id, role
        audit.record(
            session,
            "undo",
            "participation",
            None,
            f"Restored {len(values)} participation(s)",
            {"participation_ids": list(values)},
        )
