"""How many attendees of each edition are eligible, for the statistics, in a few queries.

The certificate rule stays the one pure function (``eligibility.evaluate``); only
what it is fed is gathered differently from the standings: a participant's marks
come summed by kind of mark and session length (one grouped query for every
edition), and ``evaluate`` is given those sums as sessions. Its totals are sums
of hours per kind of mark, so the answer is the same as slot by slot.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import String, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from lacworkshop.model import (
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Role,
    Slot,
    Track,
    Workshop,
)
from lacworkshop.services.attendance import Rule, SlotHours, evaluate

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
_EPS = 1e-9


@dataclass(frozen=True)
class SlotRow:
    """One session as the statistics read it."""

    id: int
    workshop_id: int
    track_id: int | None
    date: date
    start_time: time
    end_time: time
    topic: str
    track_name: str | None


def _hours(start: time, end: time) -> float:
    return ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) / 60.0


def _scheduled(
    session: Session, ids: list[int], slots: list[SlotRow]
) -> tuple[dict[int, Rule], dict[tuple[int, int | None], float], dict[int, int | None]]:
    """Each edition's rule, the hours scheduled per (edition, track), its only track."""
    rules = {
        wid: Rule(min_share, late, fraction, excused)
        for wid, min_share, late, fraction, excused in session.execute(
            select(
                Workshop.id,
                Workshop.min_share,
                Workshop.late_policy,
                Workshop.late_fraction,
                Workshop.excused_policy,
            ).where(Workshop.id.in_(ids))
        )
    }
    tracks: dict[int, list[int]] = defaultdict(list)
    for tid, wid in session.execute(
        select(Track.id, Track.workshop_id).where(Track.workshop_id.in_(ids))
    ):
        tracks[wid].append(tid)
    # As the standings: a track's sessions are its own plus the plenary ones; None
    # holds the plenary ones alone (people with no track where there are several).
    hours: dict[tuple[int, int | None], float] = defaultdict(float)
    for slot in slots:
        length = _hours(slot.start_time, slot.end_time)
        if slot.track_id is None:
            for key in (*tracks[slot.workshop_id], None):
                hours[(slot.workshop_id, key)] += length
        else:
            hours[(slot.workshop_id, slot.track_id)] += length
    only = {wid: (tracks[wid][0] if len(tracks[wid]) == 1 else None) for wid in ids}
    for wid in ids:
        for tid in tracks[wid]:
            hours.setdefault((wid, tid), 0.0)
    return rules, hours, only


def count_eligible(session: Session, ids: list[int], slots: list[SlotRow]) -> dict[int, int]:
    """Active attendees eligible by the rule (or by an organiser's override), per edition."""
    rules, hours, only = _scheduled(session, ids, slots)
    # Session lengths are known here: the database sums marks per length in minutes
    # (a CASE on the session id), so rows come back as plain numbers, a few per person.
    # Written into the SQL as numbers (ints only), not as thousands of bound parameters.
    minutes = case(
        *(
            (
                Attendance.slot_id == literal_column(str(int(s.id))),
                literal_column(str(round(_hours(s.start_time, s.end_time) * 60))),
            )
            for s in slots
        ),
        else_=literal_column("0"),
    )
    marked: dict[int, list[tuple[Mark, int | None, float]]] = defaultdict(list)
    mark_of = {m.value: m for m in Mark}
    rows = (
        []
        if not slots
        else (
            session.connection()
            .execute(
                select(
                    Attendance.participation_id,
                    type_coerce(Attendance.mark, String),
                    Slot.track_id,
                    minutes,
                    func.count(),
                )
                .join(Participation, Participation.id == Attendance.participation_id)
                .join(Slot, Slot.id == Attendance.slot_id)
                .where(
                    Participation.workshop_id.in_(ids),
                    Participation.role == Role.ATTENDEE,
                    Participation.status.in_(ACTIVE),
                )
                .group_by(Attendance.participation_id, Attendance.mark, Slot.track_id, minutes)
            )
            .all()
        )
    )
    for pid, mark, track_id, length, count in rows:
        marked[pid].append((mark_of[mark], track_id, length * count / 60.0))
    eligible: dict[int, int] = defaultdict(int)
    for pid, wid, track_id, override in session.execute(
        select(
            Participation.id,
            Participation.workshop_id,
            Participation.track_id,
            Participation.eligibility_override,
        ).where(
            Participation.workshop_id.in_(ids),
            Participation.role == Role.ATTENDEE,
            Participation.status.in_(ACTIVE),
        )
    ):
        key = track_id if track_id is not None else only[wid]
        if (wid, key) not in hours:
            key = None  # a track that is not this workshop's: the plenary sessions only
        sums: list[SlotHours] = []
        marks: dict[int, Mark] = {}
        total_marked = 0.0
        for n, (mark, slot_track, length) in enumerate(marked.get(pid, ())):
            if slot_track is not None and slot_track != key:
                continue  # a mark on another track's session: not scheduled for them
            sums.append(SlotHours(n, length))
            marks[n] = mark
            total_marked += length
        unmarked = hours.get((wid, key), 0.0) - total_marked
        if unmarked > _EPS:
            sums.append(SlotHours(-1, unmarked))
        if evaluate(sums, marks, rules[wid], override).eligible:
            eligible[wid] += 1
    return eligible
