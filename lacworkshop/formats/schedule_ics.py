"""A workshop's schedule as an iCalendar file (RFC 5545), for trainers' calendars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

PRODID = "-//lacworkshop//schedule//EN"


@dataclass(frozen=True)
class CalendarSession:
    """One session as a calendar event; *uid* stays the same across exports."""

    uid: str
    day: date
    start: time
    end: time
    summary: str
    location: str | None = None
    description: str | None = None


def schedule_calendar(
    name: str,
    sessions: Sequence[CalendarSession],
    zone: str | None,
    stamp: datetime,
    note: str | None = None,
) -> bytes:
    """The calendar's bytes; times in *zone* (an IANA name) or floating when it is None."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    if note:
        cal.add("x-wr-caldesc", note)
    tz = ZoneInfo(zone) if zone else None
    if zone:
        cal.add("x-wr-timezone", zone)
    for s in sessions:
        event = Event()
        event.add("uid", s.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(s.day, s.start, tzinfo=tz))
        event.add("dtend", datetime.combine(s.day, s.end, tzinfo=tz))
        event.add("summary", s.summary)
        if s.location:
            event.add("location", s.location)
        if s.description:
            event.add("description", s.description)
        cal.add_component(event)
    if zone and sessions:
        # A VTIMEZONE lets calendars that do not know the zone's name still place the times.
        first = min(s.day for s in sessions)
        last = max(s.day for s in sessions)
        cal.add_missing_timezones(first - timedelta(days=1), last + timedelta(days=1))
    return cal.to_ical()
