"""A new edition of a workshop: same tracks, schedule, trainers and rule; no attendees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import insert, select

from lacworkshop.model import (
    Participation,
    ParticipationStatus,
    Role,
    Slot,
    Track,
    Workshop,
    WorkshopStatus,
    slot_trainer,
)
from lacworkshop.services import audit
from lacworkshop.services.lookup import require
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.workshops.editing import WorkshopData, get_workshop, normalise, validate
from lacworkshop.storage import Database

_FIELDS = [f for f in WorkshopData.__dataclass_fields__ if f != "tracks"]


def suggest(db: Database, workshop_id: int, year: int) -> WorkshopData:
    """The source workshop moved to *year*: code, edition and dates follow the year."""
    src = get_workshop(db, workshop_id)
    old_year = src.start_date.year
    try:
        start = src.start_date.replace(year=year)
    except ValueError:  # 29 February
        start = date(year, src.start_date.month, 28)
    # Keep the weekday: a Monday-to-Friday week stays Monday to Friday next year.
    offset = (src.start_date.weekday() - start.weekday() + 7) % 7
    start += timedelta(days=offset if offset <= 3 else offset - 7)
    end = start + (src.end_date - src.start_date)
    code = src.code.replace(str(old_year), str(year))
    if code == src.code:
        code = f"{src.code}-{year}"
    edition = (src.edition or "").replace(str(old_year), str(year)) or str(year)
    return replace(
        src,
        code=code,
        edition=edition,
        start_date=start,
        end_date=end,
        status=WorkshopStatus.DRAFT,
    )


def create_new_edition(db: Database, source_id: int, data: WorkshopData) -> int:
    """Clone *source_id* with *data*'s fields; slots shift by the difference in start dates."""
    data = normalise(data)
    with db.session() as session:
        src = require(session, Workshop, source_id, "workshop.gone")
        validate(session, data)
        # The schedule keeps its shape: same day offsets from the first day, and the
        # new edition is as long as the old one at least.
        shift = data.start_date - src.start_date
        span = src.end_date - src.start_date
        end = max(data.end_date, data.start_date + span)
        values = {name: getattr(data, name) for name in _FIELDS}
        values["end_date"] = end
        new = Workshop(**values)
        session.add(new)
        session.flush()
        track_map: dict[int, int] = {}
        for t in session.scalars(
            select(Track).where(Track.workshop_id == source_id).order_by(Track.position)
        ):
            copy = Track(
                workshop_id=new.id, name=t.name, description=t.description, position=t.position
            )
            session.add(copy)
            session.flush()
            track_map[t.id] = copy.id
        if not track_map:
            session.add(Track(workshop_id=new.id, name="General", position=0))
        slot_map: dict[int, int] = {}
        for s in session.scalars(select(Slot).where(Slot.workshop_id == source_id)):
            copy_slot = Slot(
                workshop_id=new.id,
                track_id=track_map.get(s.track_id) if s.track_id is not None else None,
                date=s.date + shift,
                start_time=s.start_time,
                end_time=s.end_time,
                topic=s.topic,
                room=s.room,
            )
            session.add(copy_slot)
            session.flush()
            slot_map[s.id] = copy_slot.id
        links = session.execute(
            select(slot_trainer.c.slot_id, slot_trainer.c.person_id).where(
                slot_trainer.c.slot_id.in_(list(slot_map))
            )
        ).all()
        if links:
            session.execute(
                insert(slot_trainer),
                [{"slot_id": slot_map[s], "person_id": p} for s, p in links],
            )
        trainers = session.execute(
            select(Participation.person_id, Participation.track_id).where(
                Participation.workshop_id == source_id, Participation.role == Role.TRAINER
            )
        ).all()
        linked = {p for _, p in links} - {p for p, _ in trainers}
        for person_id, track_id in [*trainers, *((p, None) for p in sorted(linked))]:
            session.add(
                Participation(
                    workshop_id=new.id,
                    person_id=person_id,
                    role=Role.TRAINER,
                    track_id=track_map.get(track_id) if track_id is not None else None,
                    status=ParticipationStatus.CONFIRMED,
                    source=f"new edition of {src.code}",
                )
            )
        session.flush()
        audit.record(
            session,
            "create",
            "workshop",
            new.id,
            f"New edition {new.code} from {src.code}",
            {
                "source": src.code,
                "tracks": len(track_map),
                "slots": len(slot_map),
                "trainers": len(trainers) + len(linked),
            },
        )
        return new.id


def new_edition_of(
    db: Database, source_id: int, data: WorkshopData, progress: Progress = NO_PROGRESS
) -> OpResult[int]:
    """Make the next edition of a workshop as one action; the value is the new workshop's id.

    Its tracks, moved schedule and trainers come along (see :func:`create_new_edition`).
    """
    progress.check()
    return OpResult(
        create_new_edition(db, source_id, data),
        changes(Change.WORKSHOPS, Change.SLOTS, Change.PARTICIPATIONS),
    )
