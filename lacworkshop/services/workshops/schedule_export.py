"""The schedule as a calendar file: every session, or one trainer's, with the right time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lacworkshop.formats import catalogue
from lacworkshop.formats.schedule_ics import CalendarSession, schedule_calendar
from lacworkshop.formats.writing import atomic_write_bytes
from lacworkshop.services.attendance import document_language
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.workshops.editing import get_workshop
from lacworkshop.services.workshops.schedule import list_slots
from lacworkshop.services.workshops.timezone import workshop_timezone
from lacworkshop.storage import Database


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    events: int
    timezone: str | None  # None: floating local times (the file says so)


def export_schedule_ics(
    db: Database,
    workshop_id: int,
    path: Path | str,
    trainer_id: int | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> CalendarResult:
    """Write the workshop's sessions (or only *trainer_id*'s) to an .ics file."""
    w = get_workshop(db, workshop_id)
    lang = document_language(db, workshop_id, language)
    slots = [
        s for s in list_slots(db, workshop_id) if trainer_id is None or trainer_id in s.trainer_ids
    ]
    if not slots:
        if trainer_id is not None:
            raise ValidationError("calendar.no_sessions_trainer", code=w.code)
        raise ValidationError("calendar.no_sessions", code=w.code)
    zone = workshop_timezone(w.country, w.city, w.start_date, w.end_date)
    place = ", ".join(x for x in (w.city, w.country) if x) or w.code
    note = None if zone else catalogue.text("ics.floating", lang, place=place)
    sessions = []
    for s in slots:
        where = (
            catalogue.text("ics.track", lang, name=s.track_name)
            if s.track_name
            else catalogue.text("ics.all_tracks", lang)
        )
        lines = [where]
        if s.trainer_names:
            lines.append(catalogue.text("ics.trainers", lang, names=", ".join(s.trainer_names)))
        if note:
            lines.append(note)
        topic = s.topic or catalogue.text("ics.no_topic", lang)
        sessions.append(
            CalendarSession(
                uid=f"slot-{s.id}@{w.code.lower()}.lacworkshop",
                day=s.date,
                start=s.start_time,
                end=s.end_time,
                summary=f"{w.code}: {topic}",
                location=", ".join(x for x in (s.room, w.venue, w.city) if x) or None,
                description="\n".join(lines),
            )
        )
    data = schedule_calendar(
        f"{w.code} — {w.title}", sessions, zone, now or datetime.now(UTC), note
    )
    target = Path(path)
    atomic_write_bytes(target, data)
    return CalendarResult(target, len(sessions), zone)
