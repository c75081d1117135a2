"""Attendees left without a track in a workshop with parallel tracks.

Their scheduled hours are only the plenaries', so a single plenary could earn a
certificate: the attendance page and the certificates flag them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lacworkshop.model import Participation, ParticipationStatus, Person, Role, Track
from lacworkshop.model.display_names import display_name
from lacworkshop.storage import Database

_ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)


@dataclass(frozen=True)
class TracklessPerson:
    person_id: int
    participation_id: int
    name: str
    email: str | None


def attendees_without_track(db: Database, workshop_id: int) -> list[TracklessPerson]:
    """Active attendees with no track, when the workshop has more than one track; else []."""
    with db.session() as session:
        tracks = session.scalar(
            select(func.count(Track.id)).where(Track.workshop_id == workshop_id)
        )
        if (tracks or 0) <= 1:
            return []
        rows = session.execute(
            select(Person, Participation.id)
            .join(Participation, Participation.person_id == Person.id)
            .where(
                Participation.workshop_id == workshop_id,
                Participation.role == Role.ATTENDEE,
                Participation.status.in_(_ACTIVE),
                Participation.track_id.is_(None),
            )
            .order_by(Person.sort_key, Person.id)
        ).all()
        return [
            TracklessPerson(
                p.id,
                part_id,
                display_name(p.preferred_name, p.given_names, p.family_names),
                p.email,
            )
            for p, part_id in rows
        ]
