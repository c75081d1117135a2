"""A workshop's schedule: generating slots, editing one, the week as a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lacworkshop.model import Participation, Person, Role, Slot, Track, Workshop, slot_trainer
from lacworkshop.services import audit
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.services.workshops.schedule_checks import (
    EMPTY_TOPIC,
    TRAINER_CLASH,
    PlannedSlot,
    ScheduleProblem,
    ScheduleProblemsError,
    check_plan,
)
from lacworkshop.storage import Database

Block = tuple[time, time]
DEFAULT_BLOCKS: tuple[Block, ...] = ((time(9, 0), time(12, 30)), (time(14, 0), time(17, 30)))


@dataclass(frozen=True)
class SlotData:
    date: date
    start_time: time
    end_time: time
    topic: str = ""
    track_id: int | None = None  # None: every track (plenary)
    room: str | None = None
    trainer_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SlotRow:
    id: int
    date: date
    start_time: time
    end_time: time
    topic: str
    track_id: int | None
    track_name: str | None
    room: str | None
    trainer_ids: tuple[int, ...]
    trainer_names: tuple[str, ...]

    @property
    def hours(self) -> float:
        return _hours(self.start_time, self.end_time)


@dataclass(frozen=True)
class WeekTable:
    """Hours per day for each track; plenary slots count in every track."""

    days: list[date]
    tracks: list[tuple[int, str]]
    hours: dict[int, dict[date, float]]  # track id -> day -> hours
    slots: dict[int, dict[date, list[SlotRow]]]

    def total(self, track_id: int) -> float:
        return sum(self.hours.get(track_id, {}).values())


def _hours(start: time, end: time) -> float:
    return ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) / 60.0


def _check_slot(data: SlotData, first: date, last: date) -> None:
    if data.end_time <= data.start_time:
        raise ValidationError("session.end_after_start", "end_time")
    if not first <= data.date <= last:
        raise ValidationError(
            "session.date_outside", "date", first=first.isoformat(), last=last.isoformat()
        )


def list_slots(db: Database, workshop_id: int) -> list[SlotRow]:
    """Every slot of the workshop in time order, with track and trainer names."""
    with db.session() as session:
        tracks = {
            tid: name
            for tid, name in session.execute(
                select(Track.id, Track.name).where(Track.workshop_id == workshop_id)
            )
        }
        slots = list(
            session.scalars(
                select(Slot)
                .where(Slot.workshop_id == workshop_id)
                .order_by(Slot.date, Slot.start_time, Slot.track_id)
            )
        )
        trainers: dict[int, list[tuple[int, str]]] = defaultdict(list)
        rows = session.execute(
            select(
                slot_trainer.c.slot_id,
                Person.id,
                Person.given_names,
                Person.family_names,
                Person.preferred_name,
            )
            .join(Person, Person.id == slot_trainer.c.person_id)
            .join(Slot, Slot.id == slot_trainer.c.slot_id)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Person.sort_key)
        )
        for slot_id, pid, given, family, preferred in rows:
            trainers[slot_id].append((pid, preferred or f"{given} {family}".strip()))
        return [
            SlotRow(
                id=s.id,
                date=s.date,
                start_time=s.start_time,
                end_time=s.end_time,
                topic=s.topic,
                track_id=s.track_id,
                track_name=tracks.get(s.track_id) if s.track_id is not None else None,
                room=s.room,
                trainer_ids=tuple(p for p, _ in trainers[s.id]),
                trainer_names=tuple(n for _, n in trainers[s.id]),
            )
            for s in slots
        ]


def get_slot(db: Database, slot_id: int) -> SlotData:
    with db.session() as session:
        s = require(session, Slot, slot_id, "session.gone")
        ids = session.scalars(
            select(slot_trainer.c.person_id).where(slot_trainer.c.slot_id == slot_id)
        )
        return SlotData(s.date, s.start_time, s.end_time, s.topic, s.track_id, s.room, tuple(ids))


def _workshop(session: Session, workshop_id: int) -> Workshop:
    w = require(session, Workshop, workshop_id, "workshop.gone")
    return w


def _check_track(session: Session, workshop_id: int, track_id: int | None) -> None:
    if track_id is None:
        return
    owner = session.scalar(select(Track.workshop_id).where(Track.id == track_id))
    if owner != workshop_id:
        raise ValidationError("track.choose", "track_id")


def _planned(data: SlotData, slot_id: int | None = None) -> PlannedSlot:
    return PlannedSlot(
        data.date,
        data.start_time,
        data.end_time,
        data.topic,
        data.track_id,
        tuple(data.trainer_ids),
        slot_id,
    )


def _existing(session: Session, workshop_id: int) -> tuple[list[PlannedSlot], dict[int, str]]:
    """The workshop's sessions as the checks see them, and every person's name by id."""
    tracks = dict(
        session.execute(select(Track.id, Track.name).where(Track.workshop_id == workshop_id)).all()
    )
    trainers: dict[int, list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    for slot_id, pid, given, family, preferred in session.execute(
        select(
            slot_trainer.c.slot_id,
            Person.id,
            Person.given_names,
            Person.family_names,
            Person.preferred_name,
        )
        .join(Person, Person.id == slot_trainer.c.person_id)
        .join(Slot, Slot.id == slot_trainer.c.slot_id)
        .where(Slot.workshop_id == workshop_id)
    ):
        trainers[slot_id].append(pid)
        names[pid] = preferred or f"{given} {family}".strip()
    slots = [
        PlannedSlot(
            s.date,
            s.start_time,
            s.end_time,
            s.topic,
            s.track_id,
            tuple(trainers[s.id]),
            s.id,
            tracks.get(s.track_id) if s.track_id is not None else None,
        )
        for s in session.scalars(select(Slot).where(Slot.workshop_id == workshop_id))
    ]
    return slots, names


def _problems(session: Session, w: Workshop, planned: list[PlannedSlot]) -> list[ScheduleProblem]:
    existing, names = _existing(session, w.id)
    tracks = dict(
        session.execute(select(Track.id, Track.name).where(Track.workshop_id == w.id)).all()
    )
    missing = {pid for p in planned for pid in p.trainer_ids if pid not in names}
    if missing:
        for pid, given, family, preferred in session.execute(
            select(Person.id, Person.given_names, Person.family_names, Person.preferred_name).where(
                Person.id.in_(missing)
            )
        ):
            names[pid] = preferred or f"{given} {family}".strip()
    named = [
        replace(p, track_name=tracks.get(p.track_id) if p.track_id is not None else None)
        for p in planned
    ]
    # An edited slot is checked against the others, not against its stored self.
    edited = {p.id for p in planned if p.id is not None}
    others = [s for s in existing if s.id not in edited]
    return check_plan(named, others, w.start_date, w.end_date, names)


def _refuse_problems(
    session: Session, w: Workshop, planned: list[PlannedSlot], ignore: tuple[str, ...] = ()
) -> None:
    problems = [p for p in _problems(session, w, planned) if p.kind not in ignore]
    if problems:
        raise ScheduleProblemsError(problems)


def slot_problems(
    db: Database, workshop_id: int, data: SlotData, slot_id: int | None = None
) -> list[ScheduleProblem]:
    """What is wrong with saving *data* (as slot *slot_id*, or a new one): ask before saving."""
    with db.session() as session:
        return _problems(session, _workshop(session, workshop_id), [_planned(data, slot_id)])


def schedule_problems(db: Database, workshop_id: int) -> list[ScheduleProblem]:
    """Every problem of the workshop's schedule as it stands, each clash named once."""
    with db.session() as session:
        w = _workshop(session, workshop_id)
        existing, names = _existing(session, workshop_id)
        ordered = sorted(existing, key=lambda s: (s.date, s.start_time, s.id or 0))
        return check_plan(ordered, [], w.start_date, w.end_date, names)


def generation_problems(
    db: Database,
    workshop_id: int,
    start: date,
    end: date,
    blocks: Iterable[Block] = DEFAULT_BLOCKS,
    *,
    skip_weekdays: Iterable[int] = (),
    skip_dates: Iterable[date] = (),
    track_ids: Iterable[int | None] = (None,),
    topic: str = "",
) -> list[ScheduleProblem]:
    """What is wrong with the sessions ``generate_slots`` would create with these values.

    An empty topic is no problem here: generated sessions get their topics afterwards.
    """
    days = plan_days(start, end, skip_weekdays, skip_dates)
    targets = list(dict.fromkeys(track_ids)) or [None]
    planned = [
        PlannedSlot(day, b_start, b_end, topic, track_id)
        for day in days
        for track_id in targets
        for b_start, b_end in sorted(blocks)
    ]
    with db.session() as session:
        found = _problems(session, _workshop(session, workshop_id), planned)
    return [p for p in found if p.kind != EMPTY_TOPIC]


def assign_trainers(
    db: Database,
    workshop_id: int,
    slot_ids: Iterable[int],
    trainer_ids: Iterable[int],
    *,
    replace_existing: bool = False,
    allow_problems: bool = True,
) -> dict[int, tuple[int, ...]]:
    """Give many sessions the same trainers at once (added to theirs, or replacing them).

    Returns each session's trainers before, for undo. With *allow_problems* False a
    trainer who would be in two places at once refuses the whole assignment.
    """
    slot_ids = list(dict.fromkeys(slot_ids))
    trainer_ids = tuple(dict.fromkeys(trainer_ids))
    if not slot_ids:
        raise ValidationError("schedule.choose_sessions", "slots")
    with db.session() as session:
        w = _workshop(session, workshop_id)
        slots = {
            s.id: s
            for s in session.scalars(
                select(Slot).where(Slot.id.in_(slot_ids), Slot.workshop_id == workshop_id)
            )
        }
        missing = [sid for sid in slot_ids if sid not in slots]
        if missing:
            raise ValidationError("schedule.no_session_in", "slots", code=w.code, id=missing[0])
        teaching = set(
            session.scalars(
                select(Participation.person_id).where(
                    Participation.workshop_id == workshop_id, Participation.role == Role.TRAINER
                )
            )
        )
        strangers = [pid for pid in trainer_ids if pid not in teaching]
        if strangers:
            raise ValidationError(
                "schedule.not_a_trainer", "trainers", who=strangers[0], code=w.code
            )
        before: dict[int, tuple[int, ...]] = defaultdict(tuple)
        for sid, pid in session.execute(
            select(slot_trainer.c.slot_id, slot_trainer.c.person_id).where(
                slot_trainer.c.slot_id.in_(slot_ids)
            )
        ):
            before[sid] = (*before[sid], pid)
        after = {
            sid: trainer_ids
            if replace_existing
            else tuple(dict.fromkeys(before[sid] + trainer_ids))
            for sid in slot_ids
        }
        if not allow_problems:
            planned = [
                PlannedSlot(s.date, s.start_time, s.end_time, s.topic, s.track_id, after[sid], sid)
                for sid, s in slots.items()
            ]
            # Only the clashes this assignment makes; the sessions themselves are not new.
            problems = [p for p in _problems(session, w, planned) if p.kind == TRAINER_CLASH]
            if problems:
                raise ScheduleProblemsError(problems)
        for sid in slot_ids:
            _set_trainers(session, sid, after[sid])
        audit.record(
            session,
            "update",
            "slot",
            None,
            f"Assigned {len(trainer_ids)} trainer(s) to {len(slot_ids)} session(s) in {w.code}",
            {"slots": slot_ids, "trainers": list(trainer_ids), "replace": replace_existing},
        )
        return {sid: before[sid] for sid in slot_ids}


def restore_trainers(db: Database, before: dict[int, tuple[int, ...]]) -> None:
    """Put back each session's trainers as ``assign_trainers`` found them (undo)."""
    with db.session() as session:
        for sid, ids in before.items():
            _set_trainers(session, sid, ids)


def _set_trainers(session: Session, slot_id: int, trainer_ids: Iterable[int]) -> None:
    session.execute(delete(slot_trainer).where(slot_trainer.c.slot_id == slot_id))
    rows = [{"slot_id": slot_id, "person_id": pid} for pid in dict.fromkeys(trainer_ids)]
    if rows:
        session.execute(insert(slot_trainer), rows)


def create_slot(
    db: Database, workshop_id: int, data: SlotData, *, allow_problems: bool = True
) -> int:
    """Add one session; with *allow_problems* False, schedule problems refuse it."""
    with db.session() as session:
        w = _workshop(session, workshop_id)
        _check_slot(data, w.start_date, w.end_date)
        _check_track(session, workshop_id, data.track_id)
        if not allow_problems:
            _refuse_problems(session, w, [_planned(data)])
        s = Slot(
            workshop_id=workshop_id,
            track_id=data.track_id,
            date=data.date,
            start_time=data.start_time,
            end_time=data.end_time,
            topic=data.topic.strip(),
            room=(data.room or "").strip() or None,
        )
        session.add(s)
        session.flush()
        _set_trainers(session, s.id, data.trainer_ids)
        audit.record(session, "create", "slot", s.id, f"Added session {data.date} {data.topic}")
        return s.id


def update_slot(db: Database, slot_id: int, data: SlotData, *, allow_problems: bool = True) -> None:
    """Save one slot: date, times, topic, track (None for all) and trainers."""
    with db.session() as session:
        s = require(session, Slot, slot_id, "session.gone")
        w = _workshop(session, s.workshop_id)
        _check_slot(data, w.start_date, w.end_date)
        _check_track(session, s.workshop_id, data.track_id)
        if not allow_problems:
            _refuse_problems(session, w, [_planned(data, slot_id)])
        s.date, s.start_time, s.end_time = data.date, data.start_time, data.end_time
        s.topic = data.topic.strip()
        s.track_id = data.track_id
        s.room = (data.room or "").strip() or None
        _set_trainers(session, slot_id, data.trainer_ids)
        audit.record(
            session,
            "update",
            "slot",
            slot_id,
            f"Edited session {data.date} {data.start_time:%H:%M} {data.topic}",
        )


def plan_days(
    start: date, end: date, skip_weekdays: Iterable[int] = (), skip_dates: Iterable[date] = ()
) -> list[date]:
    """Days from *start* to *end* inclusive, without the skipped weekdays (0=Mon) and dates."""
    weekdays, dates = set(skip_weekdays), set(skip_dates)
    days = []
    d = start
    while d <= end:
        if d.weekday() not in weekdays and d not in dates:
            days.append(d)
        d += timedelta(days=1)
    return days


def generate_slots(
    db: Database,
    workshop_id: int,
    start: date,
    end: date,
    blocks: Iterable[Block] = DEFAULT_BLOCKS,
    *,
    skip_weekdays: Iterable[int] = (),
    skip_dates: Iterable[date] = (),
    track_ids: Iterable[int | None] = (None,),
    topic: str = "",
    allow_problems: bool = True,
) -> list[int]:
    """Create days x blocks slots for each given track (None: plenary); returns their ids.

    With *allow_problems* False, any schedule problem (see ``generation_problems``)
    refuses the whole generation.
    """
    blocks = sorted(blocks)
    if end < start:
        raise ValidationError("schedule.last_before_first", "end")
    if not blocks:
        raise ValidationError("schedule.no_blocks", "blocks")
    for i, (b_start, b_end) in enumerate(blocks):
        if b_end <= b_start:
            raise ValidationError("schedule.block_ends_early", "blocks", n=i + 1)
        if i and b_start < blocks[i - 1][1]:
            raise ValidationError("schedule.block_overlaps", "blocks", n=i + 1)
    days = plan_days(start, end, skip_weekdays, skip_dates)
    if not days:
        raise ValidationError("schedule.all_skipped", "skip")
    created: list[int] = []
    with db.session() as session:
        w = _workshop(session, workshop_id)
        if start < w.start_date or end > w.end_date:
            raise ValidationError(
                "schedule.range_outside", "start", first=w.start_date, last=w.end_date
            )
        targets = list(dict.fromkeys(track_ids)) or [None]
        for track_id in targets:
            _check_track(session, workshop_id, track_id)
        if not allow_problems:
            planned = [
                PlannedSlot(day, b_start, b_end, topic, track_id)
                for day in days
                for track_id in targets
                for b_start, b_end in blocks
            ]
            # Generated sessions get their topics afterwards: only clashes stop a generation.
            _refuse_problems(session, w, planned, ignore=(EMPTY_TOPIC,))
        for day in days:
            for track_id in targets:
                for b_start, b_end in blocks:
                    s = Slot(
                        workshop_id=workshop_id,
                        track_id=track_id,
                        date=day,
                        start_time=b_start,
                        end_time=b_end,
                        topic=topic.strip(),
                    )
                    session.add(s)
                    session.flush()
                    created.append(s.id)
        audit.record(
            session,
            "generate",
            "slot",
            None,
            f"Generated {len(created)} sessions for {w.code}",
            {"workshop_id": workshop_id, "days": [d.isoformat() for d in days]},
        )
    return created


def week_table(db: Database, workshop_id: int) -> WeekTable:
    """The schedule per track and day, with hours per day; plenaries count in every track."""
    slots = list_slots(db, workshop_id)
    with db.session() as session:
        tracks = [
            (tid, name)
            for tid, name in session.execute(
                select(Track.id, Track.name)
                .where(Track.workshop_id == workshop_id)
                .order_by(Track.position, Track.id)
            )
        ]
    days = sorted({s.date for s in slots})
    hours: dict[int, dict[date, float]] = {tid: defaultdict(float) for tid, _ in tracks}
    by_day: dict[int, dict[date, list[SlotRow]]] = {tid: defaultdict(list) for tid, _ in tracks}
    for s in slots:
        targets = [tid for tid, _ in tracks] if s.track_id is None else [s.track_id]
        for tid in targets:
            if tid in hours:
                hours[tid][s.date] += s.hours
                by_day[tid][s.date].append(s)
    return WeekTable(
        days,
        tracks,
        {k: dict(v) for k, v in hours.items()},
        {k: dict(v) for k, v in by_day.items()},
    )


def trainers_of(db: Database, workshop_id: int) -> list[tuple[int, str]]:
    """People with the trainer role in the workshop: (person id, name), sorted."""
    with db.session() as session:
        rows = session.execute(
            select(Person.id, Person.given_names, Person.family_names, Person.preferred_name)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.workshop_id == workshop_id, Participation.role == Role.TRAINER)
            .order_by(Person.sort_key)
        )
        return [(pid, pref or f"{g} {f}".strip()) for pid, g, f, pref in rows]
