"""Which session is under way: the workshop's clock, in the workshop's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from lacworkshop.model import Slot, Track, Workshop
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.workshops import workshop_timezone
from lacworkshop.storage import Database

EARLY = timedelta(minutes=30)  # a session's check-in opens this long before it starts


@dataclass(frozen=True)
class CheckinSession:
    id: int
    date: date
    start: time
    end: time
    topic: str
    track: str  # "" for a plenary session

    def starts_at(self) -> datetime:
        return datetime.combine(self.date, self.start)

    def ends_at(self) -> datetime:
        return datetime.combine(self.date, self.end)


def zone_of(workshop: Workshop) -> ZoneInfo | None:
    """The workshop's time zone, or None when its place does not settle it."""
    name = workshop_timezone(
        workshop.country, workshop.city, workshop.start_date, workshop.end_date
    )
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return None


def local_now(workshop: Workshop, now: datetime | None = None) -> datetime:
    """*now* (default: this moment) as a naive wall-clock time at the workshop."""
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        return moment  # already a wall-clock time (tests, or a caller that chose it)
    zone = zone_of(workshop)
    # A workshop whose zone is unknown runs on this computer's clock: it is at the venue.
    return (moment.astimezone(zone) if zone else moment.astimezone()).replace(tzinfo=None)


def checkin_sessions(db: Database, workshop_id: int) -> list[CheckinSession]:
    """The workshop's sessions in time order, for the check-in view's chooser."""
    with db.session() as session:
        require_workshop(session, workshop_id)
        rows = session.execute(
            select(Slot, Track.name)
            .outerjoin(Track, Track.id == Slot.track_id)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Slot.date, Slot.start_time, Track.position, Slot.id)
        ).all()
        return [
            CheckinSession(s.id, s.date, s.start_time, s.end_time, s.topic, name or "")
            for s, name in rows
        ]


def session_under_way(sessions: list[CheckinSession], now: datetime) -> CheckinSession | None:
    """The session running at *now* (or opening within half an hour); else the day's next,
    else the day's last; None on a day with no session."""
    today = [s for s in sessions if s.date == now.date()]
    running = [s for s in today if s.starts_at() - EARLY <= now < s.ends_at()]
    if running:
        return max(running, key=lambda s: s.starts_at())
    upcoming = [s for s in today if s.starts_at() > now]
    if upcoming:
        return upcoming[0]
    return today[-1] if today else None


def current_session(db: Database, workshop_id: int, now: datetime | None = None) -> int | None:
    """The id of the session under way at the workshop (see :func:`session_under_way`)."""
    with db.session() as session:
        wall = local_now(require_workshop(session, workshop_id), now)
    found = session_under_way(checkin_sessions(db, workshop_id), wall)
    return found.id if found else None
