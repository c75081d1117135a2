"""Export a workshop, or one track's attendance, as one bundle file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lacworkshop import __version__
from lacworkshop.formats.bundles import FORMAT_VERSION, Manifest, write_bundle
from lacworkshop.model import (
    Attendance,
    AttendanceCleared,
    Participation,
    Person,
    Slot,
    Track,
    Workshop,
)
from lacworkshop.model.base import new_uuid
from lacworkshop.services.bundles import wire
from lacworkshop.services.bundles.bases import attach_bases
from lacworkshop.services.errors import NotFoundError
from lacworkshop.services.operations import NO_PROGRESS, OpResult, Progress
from lacworkshop.storage import Database
from lacworkshop.storage.actor import current_actor, keep_author


@dataclass(frozen=True)
class BundleExport:
    """What went into the bundle file."""

    path: Path
    workshop: str
    track: str | None
    people: int
    participations: int
    marks: int


def _give_uuids(session: Session, rows: list[Any]) -> None:
    # Rows written before uuids existed, or by raw inserts, get theirs on first export.
    for row in rows:
        if row.uuid is None:
            keep_author(row)  # an identity is not an edit
            row.uuid = new_uuid()
    session.flush()


def _workshop(session: Session, code: str) -> Workshop:
    found = session.scalar(
        select(Workshop).where(func.upper(Workshop.code) == code.strip().upper())
    )
    if found is None:
        raise NotFoundError("workshop.no_code", code=code)
    return found


def _gather(session: Session, code: str, track_name: str | None) -> dict[str, Any]:
    workshop = _workshop(session, code)
    tracks = list(session.scalars(select(Track).where(Track.workshop_id == workshop.id)))
    if track_name is not None:
        tracks = [t for t in tracks if t.name.casefold() == track_name.strip().casefold()]
        if not tracks:
            raise NotFoundError("bundle.no_such_track", workshop=workshop.code, track=track_name)
    track_ids = {t.id for t in tracks}
    names = {t.id: t.name for t in tracks}
    slot_q = select(Slot).where(Slot.workshop_id == workshop.id)
    part_q = select(Participation).where(Participation.workshop_id == workshop.id)
    if track_name is not None:
        # One track: its sessions and the plenary ones, its people and their marks.
        slot_q = slot_q.where(or_(Slot.track_id.in_(track_ids), Slot.track_id.is_(None)))
        part_q = part_q.where(Participation.track_id.in_(track_ids))
    else:
        names = {
            t.id: t.name
            for t in session.scalars(select(Track).where(Track.workshop_id == workshop.id))
        }
    slots = list(session.scalars(slot_q.order_by(Slot.date, Slot.start_time, Slot.id)))
    parts = list(session.scalars(part_q.order_by(Participation.id)))
    people = list(
        session.scalars(
            select(Person).where(Person.id.in_({p.person_id for p in parts})).order_by(Person.id)
        )
    )
    marks = list(
        session.scalars(
            select(Attendance)
            .where(Attendance.participation_id.in_({p.id for p in parts}))
            .where(Attendance.slot_id.in_({s.id for s in slots}))
            .order_by(Attendance.id)
        )
    )
    cleared = list(
        session.scalars(
            select(AttendanceCleared)
            .where(AttendanceCleared.participation_id.in_({p.id for p in parts}))
            .where(AttendanceCleared.slot_id.in_({s.id for s in slots}))
            .order_by(AttendanceCleared.id)
        )
    )
    _give_uuids(session, [*tracks, *slots, *people, *parts, *marks])
    person_uuid = {p.id: p.uuid for p in people}
    part_uuid = {p.id: p.uuid for p in parts}
    slot_uuid = {s.id: s.uuid for s in slots}
    data = {
        "workshop": wire.workshop_row(workshop),
        "tracks": [wire.track_row(t) for t in tracks],
        "slots": [wire.slot_row(s, names.get(s.track_id) if s.track_id else None) for s in slots],
        "people": [wire.person_row(p) for p in people],
        "participations": [
            wire.participation_row(
                p, person_uuid[p.person_id], names.get(p.track_id) if p.track_id else None
            )
            for p in parts
        ],
        "attendance": [
            wire.attendance_row(a, part_uuid[a.participation_id], slot_uuid[a.slot_id])
            for a in marks
        ],
        "cleared": [
            wire.cleared_row(c, part_uuid[c.participation_id], slot_uuid[c.slot_id])
            for c in cleared
        ],
    }
    attach_bases(session, data)
    return data


def export_bundle(
    db: Database,
    workshop_code: str,
    out: Path,
    *,
    track: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[BundleExport]:
    """Write the workshop *workshop_code* (or only *track*'s attendance) to the bundle *out*."""
    progress.report(0, 2)
    data = db.run(lambda session: _gather(session, workshop_code, track))
    progress.check()
    progress.report(1, 2)
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        created_by=current_actor(),
        workshop=data["workshop"]["code"],
        track=data["tracks"][0]["name"] if track is not None else None,
    )
    out = Path(out)
    write_bundle(out, manifest, data)
    progress.report(2, 2)
    return OpResult(
        BundleExport(
            path=out,
            workshop=manifest.workshop,
            track=manifest.track,
            people=len(data["people"]),
            participations=len(data["participations"]),
            marks=len(data["attendance"]),
        )
    )
