"""Who gets which certificate: eligibility from the standings, trainers and organisers by role."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from lacworkshop.formats.certificates import hours_number
from lacworkshop.model import CertificateKind, Role, Slot, slot_trainer
from lacworkshop.services.attendance import ParticipantStanding, workshop_standings
from lacworkshop.storage import Database

ROLE_OF_KIND = {
    CertificateKind.PARTICIPATION: Role.ATTENDEE,
    CertificateKind.COMPLETION: Role.ATTENDEE,
    CertificateKind.TRAINER: Role.TRAINER,
    CertificateKind.ORGANISER: Role.ORGANISER,
}


@dataclass(frozen=True)
class Candidate:
    participation_id: int
    person_id: int
    name: str
    given_names: str
    family_names: str
    language: str | None
    role: Role
    track_name: str | None
    hours: float | None
    modules: tuple[str, ...]
    eligible: bool
    why_not: str  # empty when eligible


def _taught(db: Database, workshop_id: int) -> dict[int, tuple[float, list[str]]]:
    """Per trainer (person id): hours of the slots they are linked to, and the topics."""
    with db.session() as session:
        rows = session.execute(
            select(slot_trainer.c.person_id, Slot.start_time, Slot.end_time, Slot.topic)
            .join(Slot, Slot.id == slot_trainer.c.slot_id)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Slot.date, Slot.start_time)
        ).all()
    hours: dict[int, float] = defaultdict(float)
    topics: dict[int, list[str]] = defaultdict(list)
    for person_id, start, end, topic in rows:
        hours[person_id] += ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) / 60
        if topic and topic not in topics[person_id]:
            topics[person_id].append(topic)
    return {pid: (hours[pid], topics[pid]) for pid in hours}


def _candidate(
    s: ParticipantStanding, hours: float | None, modules: list[str], eligible: bool, why: str
) -> Candidate:
    return Candidate(
        participation_id=s.participation_id,
        person_id=s.person_id,
        name=" ".join(s.display_name.split()),
        given_names=s.given_names,
        family_names=s.family_names,
        language=s.language,
        role=s.role,
        track_name=s.track_name,
        hours=hours,
        modules=tuple(modules),
        eligible=eligible,
        why_not=why,
    )


def candidates(db: Database, workshop_id: int, kind: CertificateKind) -> list[Candidate]:
    """Everyone who could hold a *kind* certificate, sorted by family name, with eligibility."""
    standings = workshop_standings(db, workshop_id, roles=(ROLE_OF_KIND[kind],))
    out: list[Candidate] = []
    if kind in (CertificateKind.PARTICIPATION, CertificateKind.COMPLETION):
        for s in standings:
            r = s.result
            why = ""
            if not r.eligible:
                why = (
                    "excluded by the organisers"
                    if r.overridden
                    else f"attended {hours_number(r.attended_hours)} of "
                    f"{hours_number(r.scheduled_hours)} h"
                )
            # Completion attests the course (its scheduled hours) and that the rule was met;
            # participation attests the hours attended. An organisers' override vouches for
            # the whole course: print its scheduled hours rather than the few the register holds.
            if kind is CertificateKind.COMPLETION or (r.overridden and r.eligible):
                hours = r.scheduled_hours
            else:
                hours = r.attended_hours
            out.append(_candidate(s, hours, [], r.eligible, why))
    elif kind is CertificateKind.TRAINER:
        taught = _taught(db, workshop_id)
        for s in standings:
            hours, modules = taught.get(s.person_id, (0.0, []))
            why = "" if hours > 0 else "trainer with no session"
            out.append(_candidate(s, hours, modules, hours > 0, why))
    else:
        out = [_candidate(s, None, [], True, "") for s in standings]
    return out
