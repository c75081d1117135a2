"""Whom a message goes to: the people of a workshop, narrowed by track or by a selection."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.errors import NotFound, message_text
from lacworkshop.formats.email import address_problem, normalised_address
from lacworkshop.model import Participation, ParticipationStatus, Person, Track, Workshop
from lacworkshop.services.lookup import require_workshop
from lacworkshop.storage import Database


@dataclass(frozen=True)
class Recipient:
    person_id: int
    participation_id: int
    name: str
    given_names: str
    family_names: str
    address: str | None  # normalised; None when there is none or it is not valid
    language: str
    problem: str  # why nothing can be sent to this person; empty when something can


@dataclass(frozen=True)
class Skipped:
    """Someone who gets nothing, and why (in words an organiser reads)."""

    person_id: int
    name: str
    reason: str


def _problem(person: Person, address: str | None) -> str:
    if person.erased_at is not None:
        return message_text("email.reason_erased")
    if not (person.email or "").strip():
        return message_text("email.reason_no_address")
    if address is None:
        return message_text("email.reason_bad_address", problem=address_problem(person.email))
    return ""


def workshop_language(workshop: Workshop) -> str:
    first = (workshop.languages or "es").split(",")[0].strip()
    return first or "es"


def track_id_for(session: Session, workshop_id: int, track: str) -> int:
    """The id of the workshop's track called *track* (case and spacing ignored)."""
    wanted = " ".join(track.split()).casefold()
    for tid, name in session.execute(
        select(Track.id, Track.name).where(Track.workshop_id == workshop_id)
    ):
        if " ".join(name.split()).casefold() == wanted:
            return int(tid)
    raise NotFound("email.unknown_track", track=track)


def recipients(
    session: Session,
    workshop: Workshop,
    track: str | None = None,
    person_ids: set[int] | None = None,
    include_cancelled: bool = False,
) -> list[Recipient]:
    """The workshop's people (cancelled ones left out), sorted by family name."""
    query = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.workshop_id == workshop.id)
        .order_by(Person.sort_key, Person.id)
    )
    if not include_cancelled:
        query = query.where(Participation.status != ParticipationStatus.CANCELLED)
    if track:
        query = query.where(Participation.track_id == track_id_for(session, workshop.id, track))
    if person_ids is not None:
        query = query.where(Participation.person_id.in_(person_ids))
    fallback = workshop_language(workshop)
    out: list[Recipient] = []
    seen: set[int] = set()
    for part, person in session.execute(query):
        if person.id in seen:  # two roles in one workshop: one message
            continue
        seen.add(person.id)
        address = normalised_address(person.email)
        out.append(
            Recipient(
                person_id=person.id,
                participation_id=part.id,
                name=" ".join(person.display_name.split()),
                given_names=person.given_names,
                family_names=person.family_names,
                address=address,
                language=str(person.language.value if person.language else fallback),
                problem=_problem(person, address),
            )
        )
    return out


def workshop_recipients(db: Database, workshop_id: int) -> list[Recipient]:
    """The workshop's people as the email dialog offers them (preview, selection)."""
    with db.session() as session:
        return recipients(session, require_workshop(session, workshop_id))


def workshop_track_names(db: Database, workshop_id: int) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Track.name)
                .where(Track.workshop_id == workshop_id)
                .order_by(Track.position, Track.id)
            )
        )
