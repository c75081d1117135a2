"""A person's place in a workshop (role, track, status) set in one call, adding it if missing."""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.model import Participation, ParticipationStatus, Role
from lacworkshop.services.people.participation import add_participants, update_participations
from lacworkshop.storage import Database

KEEP = object()  # leave the track as it is


def set_place(
    db: Database,
    workshop_id: int,
    person_id: int,
    role: Role = Role.ATTENDEE,
    track_id: int | object | None = KEEP,
    status: ParticipationStatus | None = None,
) -> tuple[int, bool]:
    """Give the person *role* in the workshop, with *track_id* and *status* when given.

    Returns (participation id, whether it was added).
    """
    role = Role(role)
    with db.session() as session:
        existing = session.scalar(
            select(Participation.id).where(
                Participation.workshop_id == workshop_id,
                Participation.person_id == person_id,
                Participation.role == role,
            )
        )
    if existing is None:
        result = add_participants(
            db,
            workshop_id,
            [person_id],
            role,
            None if track_id is KEEP else track_id,  # type: ignore[arg-type]
            status or ParticipationStatus.REGISTERED,
        )
        return result.added[0], True
    changes: dict[str, object] = {}
    if track_id is not KEEP:
        changes["track_id"] = track_id
    if status is not None:
        changes["status"] = status
    if changes:
        update_participations(db, [existing], **changes)  # type: ignore[arg-type]
    return existing, False
