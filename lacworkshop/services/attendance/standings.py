"""Each participant's attendance standing in a workshop, from the one rule.

The grid, every export and the certificates read standings from here, so the
hours and eligibility they show are always the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lacworkshop.model import (
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    Workshop,
)
from lacworkshop.model.display_names import display_name
from lacworkshop.services.attendance.eligibility import Result, Rule, SlotHours, evaluate
from lacworkshop.services.lookup import require_workshop
from lacworkshop.storage import Database


@dataclass(frozen=True)
class ParticipantStanding:
    participation_id: int
    person_id: int
    given_names: str
    family_names: str
    preferred_name: str | None
    email: str | None
    organisation: str | None
    country: str | None
    gender: str | None
    language: str | None
    role: Role
    status: ParticipationStatus
    track_id: int | None
    track_name: str | None
    override_reason: str | None
    result: Result
    gender_text: str | None = None  # the person's own words when self-described

    @property
    def display_name(self) -> str:
        return display_name(self.preferred_name, self.given_names, self.family_names)


def rule_of(workshop: Workshop) -> Rule:
    return Rule(
        min_share=workshop.min_share,
        late_policy=workshop.late_policy,
        late_fraction=workshop.late_fraction,
        excused_policy=workshop.excused_policy,
    )


def slots_by_track(session: Session, workshop_id: int) -> dict[int | None, list[SlotHours]]:
    """Scheduled slots per track id; plenary slots (no track) count for every track.

    The key ``None`` holds the plenary slots alone, for people with no track.
    """
    slots = session.execute(
        select(Slot.id, Slot.track_id, Slot.start_time, Slot.end_time)
        .where(Slot.workshop_id == workshop_id)
        .order_by(Slot.date, Slot.start_time)
    ).all()
    track_ids = list(session.scalars(select(Track.id).where(Track.workshop_id == workshop_id)))
    result: dict[int | None, list[SlotHours]] = {tid: [] for tid in track_ids}
    result[None] = []
    for slot_id, track_id, start, end in slots:
        hours = ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) / 60.0
        sh = SlotHours(slot_id, hours)
        if track_id is None:
            for key in result:
                result[key].append(sh)
        else:
            result.setdefault(track_id, []).append(sh)
    return result


def workshop_standings(
    db: Database,
    workshop_id: int,
    roles: Iterable[Role] = (Role.ATTENDEE,),
    include_inactive: bool = False,
) -> list[ParticipantStanding]:
    """Standings of the workshop's participants, sorted by family name.

    Waitlisted and cancelled participations are left out unless *include_inactive*.
    """
    with db.session() as session:
        workshop = require_workshop(session, workshop_id)
        rule = rule_of(workshop)
        per_track = slots_by_track(session, workshop_id)
        only_track = (
            next(iter(k for k in per_track if k is not None), None) if len(per_track) == 2 else None
        )
        stmt = (
            select(Participation, Person, Track.name)
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(Track, Track.id == Participation.track_id)
            .where(Participation.workshop_id == workshop_id, Participation.role.in_(list(roles)))
            .order_by(Person.sort_key, Person.id)
        )
        if not include_inactive:
            stmt = stmt.where(
                or_(
                    Participation.status == ParticipationStatus.REGISTERED,
                    Participation.status == ParticipationStatus.CONFIRMED,
                )
            )
        rows = session.execute(stmt).all()
        marks: dict[int, dict[int, Mark]] = defaultdict(dict)
        for pid, slot_id, mark in session.execute(
            select(Attendance.participation_id, Attendance.slot_id, Attendance.mark)
            .join(Participation, Participation.id == Attendance.participation_id)
            .where(Participation.workshop_id == workshop_id)
        ):
            marks[pid][slot_id] = mark
        out = []
        for part, person, track_name in rows:
            track_id = part.track_id if part.track_id is not None else only_track
            slots = per_track.get(track_id, per_track[None])
            result = evaluate(slots, marks.get(part.id, {}), rule, part.eligibility_override)
            out.append(
                ParticipantStanding(
                    participation_id=part.id,
                    person_id=person.id,
                    given_names=person.given_names,
                    family_names=person.family_names,
                    preferred_name=person.preferred_name,
                    email=person.email,
                    organisation=person.organisation,
                    country=person.country,
                    gender=person.gender,
                    language=person.language.value if person.language else None,
                    role=part.role,
                    status=part.status,
                    track_id=part.track_id,
                    track_name=track_name,
                    override_reason=part.override_reason,
                    result=result,
                    gender_text=person.gender_text,
                )
            )
        return out
