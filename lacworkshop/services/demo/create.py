"""A realistic demo database: workshops, tracks, a week of slots, people, marks."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lacworkshop.model import (
    Asset,
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Signatory,
    Slot,
    Track,
    Workshop,
    WorkshopStatus,
    slot_trainer,
)
from lacworkshop.model.text_keys import email_key, fold, name_key, search_key, sort_key
from lacworkshop.resource_files import resource_path
from lacworkshop.services.demo import sample_data as data
from lacworkshop.storage import Database

BLOCKS = {
    "full": [(time(9, 0), time(12, 30)), (time(14, 0), time(17, 30))],
    "morning": [(time(9, 0), time(13, 0))],
}


@dataclass(frozen=True)
class DemoSummary:
    workshops: int
    people: int
    participations: int
    slots: int
    marks: int


def _person_row(rng: random.Random, n: int) -> dict[str, object]:
    country = rng.choice(list(data.COUNTRIES))
    lang = data.COUNTRIES[country]
    given = rng.choice(data.GIVEN[lang])
    family = rng.choice(data.FAMILY[lang])
    if lang in ("es", "pt") and rng.random() < 0.6:
        second = rng.choice(data.FAMILY[lang])
        if second != family:
            family = f"{family} {second}"
    local = re.sub(r"[^a-z0-9]+", "-", fold(f"{given.split()[0]}.{family.split()[-1]}")).strip("-")
    email = f"{local}{n}@example.org"
    org = rng.choice(data.ORGS[lang])
    return {
        "given_names": given,
        "family_names": family,
        "email": email,
        "organisation": org,
        "country": country,
        "gender": rng.choice(data.GENDERS),
        "language": lang,
        "is_demo": True,
        "email_key": email_key(email),
        "name_key": name_key(given, family),
        "sort_key": sort_key(given, family),
        "search_key": search_key(given, family, email, org),
    }


def _attendance_profile(rng: random.Random) -> float:
    """Chance of being present at a slot: most come, some drift away."""
    return rng.choice([0.98, 0.95, 0.9, 0.85, 0.8, 0.6, 0.4])


def populate(db: Database, people: int = 120, workshops: int = 3, seed: int = 2026) -> DemoSummary:
    """Fill *db* with a demo; every row it makes is marked as demo.

    Safe on a database that already has data; whether that is wise is the caller's
    question (see :func:`services.demo_content.check_demo_allowed`).
    """
    rng = random.Random(seed)
    workshops = max(1, workshops)
    with db.session() as session:
        existing_codes = set(session.scalars(select(Workshop.code)))
        first_person = (
            session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0
        ) + 1
        rows = [_person_row(rng, first_person + i) for i in range(max(0, people))]
        if rows:
            session.execute(insert(Person), rows)
        person_ids = list(
            session.scalars(select(Person.id).where(Person.id >= first_person).order_by(Person.id))
        )
        n_part = n_slots = n_marks = 0
        made = 0
        made_workshops: dict[str, int] = {}
        year = 2026
        index = 0
        while made < workshops:
            spec = data.WORKSHOPS[index % len(data.WORKSHOPS)]
            y = year - index // len(data.WORKSHOPS)
            index += 1
            code = spec[0].format(y=y)
            if code in existing_codes:
                continue
            made += 1
            ws, slots_by_track = _make_workshop(session, spec, y)
            made_workshops[spec[0]] = ws.id
            n_slots += sum(len(v) for v in slots_by_track.values()) - _plenary_double_count(
                slots_by_track
            )
            share = person_ids[made - 1 :: workshops]
            p, m = _enrol(session, rng, ws, slots_by_track, share)
            n_part += p
            n_marks += m
        _add_signatories(session, made_workshops)
    return DemoSummary(made, len(person_ids), n_part, n_slots, n_marks)


def _add_signatories(session: Session, workshop_ids: dict[str, int]) -> None:
    """Signatories with the sample signature and the sample logo, so a demo certificate is complete.

    Each demo workshop gets its own; the network's coordinator, who signs for every
    workshop, only joins a database without signatories: an organiser's own are never
    joined by a demo one on their real workshops.
    """
    first_ever = session.scalar(select(Signatory.id).limit(1)) is None
    signature = resource_path("templates", "sample-signature.png").read_bytes()
    rows = []
    for pattern, name, title, organisation in data.SIGNATORIES:
        workshop_id = workshop_ids.get(pattern) if pattern else None
        if (pattern and workshop_id is None) or (not pattern and not first_ever):
            continue
        rows.append(
            {
                "workshop_id": workshop_id,
                "name": name,
                "title": title,
                "organisation": organisation,
                "signature_image": signature,
                # The workshop's own signatory signs beside the network's coordinator.
                "position": 0 if pattern else 1,
                "is_demo": True,
            }
        )
    if rows:
        session.execute(insert(Signatory), rows)
    # The built-in templates name this logo; store it now so the first certificate has it.
    if session.scalar(select(Asset.id).where(Asset.name == data.SAMPLE_LOGO)) is None:
        logo = resource_path("templates", "sample-logo.png").read_bytes()
        session.add(Asset(name=data.SAMPLE_LOGO, mime="image/png", data=logo))


def _plenary_double_count(slots_by_track: dict[int, list[Slot]]) -> int:
    seen: set[int] = set()
    dup = 0
    for slots in slots_by_track.values():
        for s in slots:
            if s.id in seen:
                dup += 1
            seen.add(s.id)
    return dup


def _make_workshop(
    session: Session, spec: tuple[Any, ...], y: int
) -> tuple[Workshop, dict[int, list[Slot]]]:
    (
        code,
        title,
        series,
        edition,
        month,
        day,
        days,
        city,
        country,
        host,
        langs,
        tracks,
        blocks,
        status,
    ) = spec
    start = date(y, month, day)
    ws = Workshop(
        code=code.format(y=y),
        title=title,
        series=series,
        edition=edition.format(y=y),
        start_date=start,
        end_date=start + timedelta(days=days - 1),
        city=city,
        country=country,
        host=host,
        venue=host,
        languages=langs,
        status=WorkshopStatus(status),
        min_share=0.75,
        is_demo=True,
    )
    session.add(ws)
    session.flush()
    track_objs = []
    for pos, name in enumerate(tracks):
        t = Track(workshop_id=ws.id, name=name, position=pos)
        session.add(t)
        track_objs.append(t)
    session.flush()
    slots_by_track: dict[int, list[Slot]] = {t.id: [] for t in track_objs}
    # The first morning is a plenary opening for every track.
    opening = Slot(
        workshop_id=ws.id,
        track_id=None,
        date=start,
        start_time=BLOCKS[blocks][0][0],
        end_time=BLOCKS[blocks][0][1],
        topic="Opening plenary" if "en" in langs else "Apertura",
    )
    session.add(opening)
    for t in track_objs:
        slots_by_track[t.id].append(opening)
        topics = data.TOPICS.get(t.name, data.GENERIC_TOPICS)
        k = 0
        for d in range(days):
            for b, (st, en) in enumerate(BLOCKS[blocks]):
                if d == 0 and b == 0:
                    continue
                s = Slot(
                    workshop_id=ws.id,
                    track_id=t.id,
                    date=start + timedelta(days=d),
                    start_time=st,
                    end_time=en,
                    topic=topics[k % len(topics)],
                )
                k += 1
                session.add(s)
                slots_by_track[t.id].append(s)
    session.flush()
    return ws, slots_by_track


def _enrol(
    session: Session,
    rng: random.Random,
    ws: Workshop,
    slots_by_track: dict[int, list[Slot]],
    person_ids: list[int],
) -> tuple[int, int]:
    track_ids = list(slots_by_track)
    n_trainers = min(len(person_ids) // 8, 2 * len(track_ids)) if len(person_ids) >= 8 else 0
    finished = ws.status is WorkshopStatus.FINISHED
    parts: list[dict[str, object]] = []
    for i, pid in enumerate(person_ids):
        role = Role.TRAINER if i < n_trainers else Role.ATTENDEE
        if i == n_trainers and len(person_ids) > 4:
            role = Role.ORGANISER
        status = ParticipationStatus.CONFIRMED
        if role is Role.ATTENDEE and rng.random() < 0.05:
            status = rng.choice([ParticipationStatus.WAITLISTED, ParticipationStatus.CANCELLED])
        parts.append(
            {
                "workshop_id": ws.id,
                "person_id": pid,
                "role": role,
                "track_id": track_ids[i % len(track_ids)],
                "status": status,
                "source": "demo",
            }
        )
    if parts:
        session.execute(insert(Participation), parts)
    rows = session.execute(
        select(
            Participation.id,
            Participation.person_id,
            Participation.track_id,
            Participation.role,
            Participation.status,
        ).where(Participation.workshop_id == ws.id)
    ).all()
    trainer_links = []
    marks: list[dict[str, object]] = []
    for pid_, person_id, track_id, role, status in rows:
        slots = slots_by_track.get(track_id, []) if track_id is not None else []
        if role is Role.TRAINER:
            # Every other session of the track (the plenary is nobody's to teach), and at
            # least one: a short track may have a single session besides the plenary.
            own = [s for s in slots if s.track_id is not None]
            taught = own[1 - rng.randrange(2) :: 2] or own[:1]
            for s in taught:
                trainer_links.append({"slot_id": s.id, "person_id": person_id})
            continue
        if role is not Role.ATTENDEE or status is not ParticipationStatus.CONFIRMED:
            continue
        # Finished workshops are fully marked; others only up to "today" of the demo.
        marked = slots if finished else []
        p = _attendance_profile(rng)
        for s in marked:
            r = rng.random()
            if r < p:
                mark = Mark.PRESENT if rng.random() > 0.08 else Mark.LATE
            elif r < p + (1 - p) / 3:
                mark = Mark.EXCUSED
            else:
                mark = Mark.ABSENT
            marks.append({"participation_id": pid_, "slot_id": s.id, "mark": mark})
    if trainer_links:
        unique = {(t["slot_id"], t["person_id"]): t for t in trainer_links}
        session.execute(insert(slot_trainer), list(unique.values()))
    if marks:
        session.execute(insert(Attendance), marks)
    return len(rows), len(marks)
