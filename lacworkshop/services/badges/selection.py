"""Who gets a badge this time: everyone, a track, a role, new arrivals, or a hand-picked list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, select

from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Track
from lacworkshop.services.errors import ValidationError

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)


@dataclass(frozen=True)
class BadgeSelection:
    """Filters that narrow the workshop's active participations; all default to everyone."""

    role: str | None = None
    track: str | None = None  # a track's name, any case
    since: date | None = None  # registered on or after this day
    new_only: bool = False  # only those whose badge was never printed
    participation_ids: tuple[int, ...] | None = None  # a selection from the People page
    person_ids: tuple[int, ...] | None = None


EVERYONE = BadgeSelection()


def selection_query(workshop_id: int, selection: BadgeSelection) -> Select:  # type: ignore[type-arg]
    """Participations (with their person and track) the selection picks, erased people left out."""
    stmt = (
        select(Participation, Person, Track)
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Track, Track.id == Participation.track_id)
        .where(
            Participation.workshop_id == workshop_id,
            Participation.status.in_(ACTIVE),
            Person.erased_at.is_(None),
        )
        .order_by(Person.sort_key, Person.id, Participation.id)
    )
    if selection.role:
        try:
            role = Role(selection.role.strip().lower())
        except ValueError:
            raise ValidationError(
                "badges.unknown_role", role=selection.role, roles=", ".join(r.value for r in Role)
            ) from None
        stmt = stmt.where(Participation.role == role)
    if selection.since is not None:
        stmt = stmt.where(Participation.created_at >= datetime.combine(selection.since, time()))
    if selection.new_only:
        stmt = stmt.where(Participation.badge_printed_at.is_(None))
    if selection.participation_ids is not None:
        stmt = stmt.where(Participation.id.in_(selection.participation_ids))
    if selection.person_ids is not None:
        stmt = stmt.where(Participation.person_id.in_(selection.person_ids))
    return stmt
