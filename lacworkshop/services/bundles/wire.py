"""Rows as they travel in a bundle: plain JSON values, references by uuid, and digests.

Each travelling row is ``{"uuid", "values", "updated_at", "changed_by"}``. Its
digest covers all four, so it names one version of one row written by one
person at one time: the merge records the digests it took or decided on, and
meets them again when the same bundle comes back. A row also carries ``base``,
the digest of the version last exchanged that it was edited from (not part of
its digest). The workshop and its sessions travel flat (their fields beside
``uuid``, ``updated_at``, ``changed_by``); :func:`workshop_sync` and
:func:`slot_sync` give them the travelling shape the merge compares.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from lacworkshop.model import (
    Attendance,
    AttendanceCleared,
    Participation,
    Person,
    Slot,
    Track,
    Workshop,
)

PERSON_FIELDS = (
    "given_names",
    "family_names",
    "preferred_name",
    "email",
    "phone",
    "organisation",
    "country",
    "gender",
    "gender_text",
    "document_id",
    "language",
    "notes",
)
PARTICIPATION_FIELDS = ("status", "track", "eligibility_override", "override_reason", "notes")
ATTENDANCE_FIELDS = ("mark", "note")
SLOT_FIELDS = ("track", "date", "start_time", "end_time", "topic", "room")
WORKSHOP_FIELDS = (
    "code",
    "title",
    "series",
    "edition",
    "start_date",
    "end_date",
    "venue",
    "city",
    "country",
    "host",
    "languages",
    "status",
    "description",
    "min_share",
    "late_policy",
    "late_fraction",
    "excused_policy",
    "certificate_language",
)


def plain(value: Any) -> Any:
    """A JSON value for a column value (enums by value, dates in ISO form)."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def stamp(value: datetime | None) -> str | None:
    return value.isoformat(timespec="microseconds") if value is not None else None


def digest(row: dict[str, Any]) -> str:
    """The SHA-256 of one travelling row, its four parts in a canonical form."""
    canon = json.dumps(
        [row["uuid"], row["values"], row.get("updated_at"), row.get("changed_by")],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode()).hexdigest()


def workshop_ref(code: str) -> str:
    """What names a workshop across databases (it has no uuid: its code is its identity)."""
    return f"workshop:{code}"


def workshop_row(w: Workshop) -> dict[str, Any]:
    row = {name: plain(getattr(w, name)) for name in WORKSHOP_FIELDS}
    row["updated_at"] = stamp(w.updated_at)
    row["changed_by"] = w.changed_by
    return row


def workshop_sync(row: dict[str, Any]) -> dict[str, Any]:
    """The workshop row in travelling shape; the code names it and is no value to merge."""
    return {
        "uuid": workshop_ref(row["code"]),
        "values": {f: row.get(f) for f in WORKSHOP_FIELDS if f != "code"},
        "updated_at": row.get("updated_at"),
        "changed_by": row.get("changed_by"),
        "base": row.get("base"),
    }


def slot_sync(row: dict[str, Any]) -> dict[str, Any]:
    """A session row in travelling shape."""
    return {
        "uuid": row["uuid"],
        "values": {f: row.get(f) for f in SLOT_FIELDS},
        "updated_at": row.get("updated_at"),
        "changed_by": row.get("changed_by"),
        "base": row.get("base"),
    }


def track_row(t: Track) -> dict[str, Any]:
    return {"uuid": t.uuid, "name": t.name, "description": t.description, "position": t.position}


def slot_row(s: Slot, track_name: str | None) -> dict[str, Any]:
    return {
        "uuid": s.uuid,
        "track": track_name,
        "date": s.date.isoformat(),
        "start_time": s.start_time.isoformat(),
        "end_time": s.end_time.isoformat(),
        "topic": s.topic,
        "room": s.room,
        "updated_at": stamp(s.updated_at),
        "changed_by": s.changed_by,
    }


def person_row(p: Person) -> dict[str, Any]:
    return {
        "uuid": p.uuid,
        "values": {name: plain(getattr(p, name)) for name in PERSON_FIELDS},
        "updated_at": stamp(p.updated_at),
        "changed_by": p.changed_by,
    }


def participation_row(p: Participation, person_uuid: str, track: str | None) -> dict[str, Any]:
    values = {name: plain(getattr(p, name)) for name in PARTICIPATION_FIELDS if name != "track"}
    values["track"] = track
    return {
        "uuid": p.uuid,
        "person": person_uuid,
        "role": plain(p.role),
        "values": values,
        "updated_at": stamp(p.updated_at or p.created_at),
        "changed_by": p.changed_by,
    }


def attendance_row(a: Attendance, participation_uuid: str, slot_uuid: str) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "participation": participation_uuid,
        "slot": slot_uuid,
        "values": {"mark": plain(a.mark), "note": a.note},
        "updated_at": stamp(a.updated_at),
        "changed_by": a.changed_by,
    }


def cleared_row(c: AttendanceCleared, participation_uuid: str, slot_uuid: str) -> dict[str, Any]:
    """A cleared mark: the mark's identity with no mark, who cleared it and when."""
    return {
        "uuid": c.uuid,
        "participation": participation_uuid,
        "slot": slot_uuid,
        "values": {"mark": None, "note": None},
        "updated_at": stamp(c.cleared_at),
        "changed_by": c.cleared_by,
    }
