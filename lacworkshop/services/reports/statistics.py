"""Numbers for funders: one workshop, or every edition of a series.

Definitions, so that anybody can recount them:

- *participants* are participations registered or confirmed (waitlisted and
  cancelled people did not take part). Country, gender, organisation and track
  count attendees (role attendee); the role table counts every role.
- a session's *expected* people are the active attendees of its track (every
  active attendee for a plenary session); *present* are those of them marked
  present or late. Sessions nobody has marked yet are left out of the rates.
- *certificates issued* are the current (valid) certificates; revoked ones are
  counted apart. *eligible* comes from the standings (the one rule).
- trainer hours are the hours of the sessions a trainer is linked to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, time

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from lacworkshop.model import (
    Attendance,
    Certificate,
    CertificateStatus,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    Workshop,
    slot_trainer,
)
from lacworkshop.services.errors import NotFoundError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.reports.statistics_eligible import SlotRow, count_eligible
from lacworkshop.services.reports.statistics_rows import (
    Breakdown,
    CertificateCount,
    Edition,
    Rate,
    SessionRate,
    Statistics,
    TrainerHours,
)
from lacworkshop.storage import Database

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
PRESENT_MARKS = (Mark.PRESENT, Mark.LATE)
__all__ = [
    "Breakdown",
    "CertificateCount",
    "Edition",
    "Rate",
    "SessionRate",
    "Statistics",
    "TrainerHours",
    "list_series",
    "series_statistics",
    "workshop_statistics",
]


def list_series(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Workshop.series)
                .where(Workshop.series.is_not(None), Workshop.series != "")
                .distinct()
                .order_by(Workshop.series)
            )
        )


def workshop_statistics(db: Database, workshop_id: int) -> Statistics:
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        code = ws.code
    return _statistics(db, code, False, [workshop_id])


def series_statistics(db: Database, series: str) -> Statistics:
    """Every edition of *series* (case-insensitive), oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(Workshop.id, Workshop.series)
            .where(func.lower(Workshop.series) == series.strip().lower())
            .order_by(Workshop.start_date, Workshop.code)
        ).all()
    if not rows:
        known = ", ".join(repr(s) for s in list_series(db)) or "none yet"
        raise NotFoundError("series.unknown", series=series, known=known)
    return _statistics(db, rows[0][1] or series, True, [r[0] for r in rows])


def _statistics(db: Database, subject: str, is_series: bool, ids: list[int]) -> Statistics:
    # One query per figure over every edition at once (never one per workshop), rows as
    # plain tuples: a series of 50 workshops and 20,000 people stays within seconds.
    with db.session() as session:
        found = {
            w.id: w
            for w in session.execute(
                select(
                    Workshop.id,
                    Workshop.code,
                    Workshop.title,
                    Workshop.edition,
                    Workshop.start_date,
                    Workshop.languages,
                ).where(Workshop.id.in_(ids))
            )
        }
        editions = [
            Edition(w.id, w.code, w.title, w.edition, w.start_date, w.languages)
            for w in (found.get(i) for i in ids)
            if w is not None
        ]
        stats = Statistics(subject, is_series, editions)
        n = len(ids)
        parts = session.execute(
            select(
                Participation.workshop_id,
                Participation.id,
                Participation.role,
                Participation.track_id,
                Track.name,
                Person.country,
                Person.gender,
                Person.organisation,
            )
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(Track, Track.id == Participation.track_id)
            .where(Participation.workshop_id.in_(ids), Participation.status.in_(ACTIVE))
        ).all()
        index = {wid: i for i, wid in enumerate(ids)}
        country: dict[str | None, list[int]] = defaultdict(lambda: [0] * n)
        # Genders are codes: one row each, whatever spelling was imported.
        gender: dict[str | None, list[int]] = defaultdict(lambda: [0] * n)
        org = _Tally(n)
        role: dict[str | None, list[int]] = defaultdict(lambda: [0] * n)
        track: dict[str | None, list[int]] = defaultdict(lambda: [0] * n)
        attendees_per = [0] * n
        countries_per: list[set[str]] = [set() for _ in ids]
        orgs_per: list[set[str]] = [set() for _ in ids]
        everyone_per = [0] * n
        for wid, _pid, prole, _tid, tname, pcountry, pgender, porg in parts:
            i = index[wid]
            role[prole.value][i] += 1
            everyone_per[i] += 1
            if prole is not Role.ATTENDEE:
                continue
            attendees_per[i] += 1
            clean_country = _clean(pcountry, upper=True)
            country[clean_country][i] += 1
            if clean_country:
                countries_per[i].add(clean_country)
            gender[pgender or None][i] += 1
            org.add(porg, i)
            if porg and porg.strip():
                orgs_per[i].add(_group_key(porg))
            track[tname][i] += 1
        stats.by_country = _breakdown(country)
        stats.by_gender = _breakdown(gender)
        stats.by_organisation = org.breakdown()
        stats.by_role = [Breakdown(r.value, tuple(role[r.value])) for r in Role if r.value in role]
        stats.by_track = _breakdown(track)
        slots = _slot_rows(session, ids)
        _attendance(session, stats, ids, slots)
        _certificates(session, stats, ids, index)
        _trainers(session, stats, ids)
        trainer_totals = _trainer_totals(session, ids, index)
        hours_per = _scheduled_hours(slots, index)
        eligible_per = count_eligible(session, ids, slots)
    rates = {r.label: r.rate for r in stats.by_edition}
    stats.summary = {
        "n_participants": tuple(float(x) for x in everyone_per),
        "n_attendees": tuple(float(x) for x in attendees_per),
        "n_countries": tuple(float(len(s)) for s in countries_per),
        "n_organisations": tuple(float(len(s)) for s in orgs_per),
        "scheduled_hours": tuple(hours_per),
        "overall_rate": tuple(rates.get(e.code) for e in editions),
        "n_eligible": tuple(float(eligible_per.get(wid, 0)) for wid in ids),
        "n_certificates": tuple(
            float(sum(c.issued[i] for c in stats.certificates)) for i in range(n)
        ),
        "n_trainers": tuple(float(t[0]) for t in trainer_totals),
        "trainer_hours": tuple(t[1] for t in trainer_totals),
    }
    return stats


def _clean(value: str | None, upper: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    v = " ".join(value.split())
    return v.upper() if upper else v


def _group_key(value: str) -> str:
    return " ".join(value.split()).casefold()


class _Tally:
    """Counts free text grouped loosely ("ACME", "acme ") but labelled as people wrote it.

    The label is the most frequent spelling of the group, kept exactly as stored,
    so a name that starts with a tab or "=" reaches the report unchanged.
    """

    def __init__(self, editions: int) -> None:
        self.editions = editions
        self.counts: dict[str | None, list[int]] = {}
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, value: str | None, edition: int) -> None:
        key = _group_key(value) if value and value.strip() else None
        if key is not None and value is not None:
            self.spellings[key][value] += 1
        self.counts.setdefault(key, [0] * self.editions)[edition] += 1

    def breakdown(self) -> list[Breakdown]:
        labelled = {
            (self.spellings[k].most_common(1)[0][0] if k is not None else None): v
            for k, v in self.counts.items()
        }
        return _breakdown(labelled)


def _breakdown(counts: dict[str | None, list[int]]) -> list[Breakdown]:
    """Largest first; "not stated" last; ties by name."""
    items = [Breakdown(k, tuple(v)) for k, v in counts.items()]
    return sorted(items, key=lambda b: (b.key is None, -b.total, (b.key or "").casefold()))


def _hours(start: time, end: time) -> float:
    return ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) / 60.0


def _slot_rows(session: Session, ids: list[int]) -> list[SlotRow]:
    """Every session of the editions, in the order the report lists them."""
    return [
        SlotRow(*row)
        for row in session.execute(
            select(
                Slot.id,
                Slot.workshop_id,
                Slot.track_id,
                Slot.date,
                Slot.start_time,
                Slot.end_time,
                Slot.topic,
                Track.name,
            )
            .outerjoin(Track, Track.id == Slot.track_id)
            .where(Slot.workshop_id.in_(ids))
            .order_by(Slot.date, Slot.start_time, Track.position, Slot.id)
        )
    ]


def _attendance(session: Session, stats: Statistics, ids: list[int], slots: list[SlotRow]) -> None:
    active_by_track: dict[tuple[int, int | None], int] = Counter()
    active_all: dict[int, int] = Counter()
    for wid, tid, count in session.execute(
        select(Participation.workshop_id, Participation.track_id, func.count())
        .where(
            Participation.workshop_id.in_(ids),
            Participation.status.in_(ACTIVE),
            Participation.role == Role.ATTENDEE,
        )
        .group_by(Participation.workshop_id, Participation.track_id)
    ):
        active_by_track[(wid, tid)] += count
        active_all[wid] += count
    # Per session: whether anybody marked it, and how many active attendees were there.
    counted = case(
        (
            and_(
                Attendance.mark.in_(PRESENT_MARKS),
                Participation.status.in_(ACTIVE),
                Participation.role == Role.ATTENDEE,
            ),
            1,
        ),
        else_=0,
    )
    present: dict[int, int] = {
        slot_id: int(count or 0)
        for slot_id, count in session.execute(
            select(Attendance.slot_id, func.sum(counted))
            .join(Participation, Participation.id == Attendance.participation_id)
            .where(Participation.workshop_id.in_(ids))
            .group_by(Attendance.slot_id)
        )
    }
    day: dict[tuple[int, date], list[int]] = defaultdict(lambda: [0, 0])
    edition: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for slot in slots:
        expected = (
            active_all[slot.workshop_id]
            if slot.track_id is None
            else active_by_track[(slot.workshop_id, slot.track_id)]
        )
        is_marked = slot.id in present
        rate = SessionRate(
            slot.workshop_id,
            slot.id,
            slot.date,
            slot.start_time,
            _hours(slot.start_time, slot.end_time),
            slot.topic,
            slot.track_name,
            expected,
            present.get(slot.id, 0),
            is_marked,
        )
        stats.sessions.append(rate)
        if is_marked:
            for acc in (day[(slot.workshop_id, slot.date)], edition[slot.workshop_id]):
                acc[0] += expected
                acc[1] += rate.present
    stats.by_day = [
        Rate(d.isoformat(), e, p)
        for (_w, d), (e, p) in sorted(day.items(), key=lambda kv: kv[0][1])
    ]
    codes = {e.workshop_id: e.code for e in stats.editions}
    stats.by_edition = [
        Rate(codes[wid], edition[wid][0], edition[wid][1]) for wid in ids if wid in edition
    ]


def _certificates(
    session: Session, stats: Statistics, ids: list[int], index: dict[int, int]
) -> None:
    issued: dict[str, list[int]] = defaultdict(lambda: [0] * len(ids))
    revoked: dict[str, list[int]] = defaultdict(lambda: [0] * len(ids))
    for wid, kind, status, count in session.execute(
        select(Participation.workshop_id, Certificate.kind, Certificate.status, func.count())
        .join(Participation, Participation.id == Certificate.participation_id)
        .where(Participation.workshop_id.in_(ids))
        .group_by(Participation.workshop_id, Certificate.kind, Certificate.status)
    ):
        if status is CertificateStatus.VALID:
            issued[kind.value][index[wid]] += count
        elif status is CertificateStatus.REVOKED:
            revoked[kind.value][index[wid]] += count
    for name in sorted(set(issued) | set(revoked)):
        stats.certificates.append(CertificateCount(name, tuple(issued[name]), tuple(revoked[name])))


def _trainer_rows(session: Session, ids: list[int]) -> list[tuple[int, int, time, time]]:
    rows = session.execute(
        select(
            slot_trainer.c.person_id,
            Slot.workshop_id,
            Slot.start_time,
            Slot.end_time,
        )
        .join(Slot, Slot.id == slot_trainer.c.slot_id)
        .where(Slot.workshop_id.in_(ids))
    )
    return [(person_id, wid, start, end) for person_id, wid, start, end in rows]


def _trainers(session: Session, stats: Statistics, ids: list[int]) -> None:
    sessions: dict[int, int] = Counter()
    hours: dict[int, float] = defaultdict(float)
    for person_id, _wid, start, end in _trainer_rows(session, ids):
        sessions[person_id] += 1
        hours[person_id] += _hours(start, end)
    if not sessions:
        return
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(sessions))))}
    stats.trainers = sorted(
        (
            TrainerHours(
                pid, people[pid].display_name, people[pid].organisation, sessions[pid], hours[pid]
            )
            for pid in sessions
        ),
        key=lambda t: (-t.hours, people[t.person_id].sort_key),
    )


def _trainer_totals(
    session: Session, ids: list[int], index: dict[int, int]
) -> list[tuple[int, float]]:
    people: list[set[int]] = [set() for _ in ids]
    hours = [0.0] * len(ids)
    for person_id, wid, start, end in _trainer_rows(session, ids):
        people[index[wid]].add(person_id)
        hours[index[wid]] += _hours(start, end)
    return [(len(p), h) for p, h in zip(people, hours, strict=True)]


def _scheduled_hours(slots: list[SlotRow], index: dict[int, int]) -> list[float | None]:
    hours: list[float | None] = [0.0] * len(index)
    for slot in slots:
        i = index[slot.workshop_id]
        hours[i] = (hours[i] or 0.0) + _hours(slot.start_time, slot.end_time)
    return hours
