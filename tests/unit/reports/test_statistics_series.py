"""A generated series (several editions, hundreds of people, marks of every kind, plenary
sessions, people without a track, overrides, waitlisted and cancelled people): the series'
statistics equal a count by hand, edition by edition and session by session."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select, update

from lacworkshop.model import (
    Attendance,
    Mark,
    Participation,
    ParticipationStatus,
    Role,
    Slot,
    Workshop,
)
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.demo.create import populate
from lacworkshop.services.reports.statistics import list_series, series_statistics
from lacworkshop.storage import Database

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)


def _series(db: Database) -> str:
    populate(db, people=600, workshops=9, seed=7)
    with db.session() as session:
        sizes = dict(
            session.execute(
                select(Workshop.series, func.count(Workshop.id)).group_by(Workshop.series)
            ).all()
        )
        series = max(list_series(db), key=lambda s: sizes.get(s, 0))
        assert sizes[series] >= 2
        ids = list(session.scalars(select(Workshop.id).where(Workshop.series == series)))
        parts = list(
            session.scalars(
                select(Participation.id)
                .where(Participation.workshop_id.in_(ids), Participation.role == Role.ATTENDEE)
                .order_by(Participation.id)
            )
        )
        # What a real series holds besides the generator's: an organiser's overrides both
        # ways, people with no track, waitlisted and cancelled people, excused marks.
        session.execute(
            update(Participation)
            .where(Participation.id.in_(parts[::23]))
            .values(eligibility_override=True)
        )
        session.execute(
            update(Participation)
            .where(Participation.id.in_(parts[5::29]))
            .values(eligibility_override=False)
        )
        session.execute(
            update(Participation).where(Participation.id.in_(parts[3::17])).values(track_id=None)
        )
        session.execute(
            update(Participation)
            .where(Participation.id.in_(parts[7::31]))
            .values(status=ParticipationStatus.WAITLISTED)
        )
        session.execute(
            update(Participation)
            .where(Participation.id.in_(parts[11::37]))
            .values(status=ParticipationStatus.CANCELLED)
        )
        session.execute(
            update(Attendance)
            .where(Attendance.participation_id.in_(parts[2::13]))
            .values(mark=Mark.EXCUSED)
        )
    return series


def test_series_statistics_equal_a_count_by_hand(db: Database) -> None:
    series = _series(db)
    stats = series_statistics(db, series)
    ids = [e.workshop_id for e in stats.editions]
    assert len(ids) >= 2

    with db.session() as session:
        for i, wid in enumerate(ids):
            everyone = [
                p
                for p in session.scalars(
                    select(Participation).where(Participation.workshop_id == wid)
                )
                if p.status in ACTIVE
            ]
            attendees = [p for p in everyone if p.role is Role.ATTENDEE]
            assert stats.summary["n_participants"][i] == len(everyone)
            assert stats.summary["n_attendees"][i] == len(attendees)
            countries = {
                p.person.country.strip().upper()
                for p in attendees
                if p.person.country and p.person.country.strip()
            }
            assert stats.summary["n_countries"][i] == len(countries)

            slots = list(session.scalars(select(Slot).where(Slot.workshop_id == wid)))
            hours = sum(
                (s.end_time.hour * 60 + s.end_time.minute - s.start_time.hour * 60)
                - s.start_time.minute
                for s in slots
            )
            assert abs((stats.summary["scheduled_hours"][i] or 0) - hours / 60) < 1e-9

            # Session by session: who was expected, who was there.
            rates = {r.slot_id: r for r in stats.sessions if r.workshop_id == wid}
            assert set(rates) == {s.id for s in slots}
            by_slot: dict[int, list[Attendance]] = {s.id: [] for s in slots}
            for a in session.scalars(
                select(Attendance).join(Participation).where(Participation.workshop_id == wid)
            ):
                by_slot[a.slot_id].append(a)
            expected_all = expected_present = 0
            for s in slots:
                expected = sum(
                    1 for p in attendees if s.track_id is None or p.track_id == s.track_id
                )
                present = sum(
                    1
                    for a in by_slot[s.id]
                    if a.mark in (Mark.PRESENT, Mark.LATE)
                    and a.participation.status in ACTIVE
                    and a.participation.role is Role.ATTENDEE
                )
                got = rates[s.id]
                assert (got.expected, got.present, got.marked) == (
                    expected,
                    present,
                    bool(by_slot[s.id]),
                )
                if by_slot[s.id]:
                    expected_all += expected
                    expected_present += present
            [edition] = [r for r in stats.by_edition if r.label == stats.editions[i].code]
            assert (edition.expected, edition.present) == (expected_all, expected_present)

    # Eligibility: the standings, person by person (the grid's and the certificates' path).
    for i, wid in enumerate(ids):
        standings = workshop_standings(db, wid)
        eligible = sum(1 for s in standings if s.result.eligible)
        assert stats.summary["n_eligible"][i] == eligible
    overrides = Counter(s.result.overridden for wid in ids for s in workshop_standings(db, wid))
    assert overrides[True] > 0 and overrides[False] > 0
    eligible, attendees = stats.summary["n_eligible"], stats.summary["n_attendees"]
    assert any(eligible) and any(e < a for e, a in zip(eligible, attendees, strict=True))
