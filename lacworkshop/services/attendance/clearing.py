"""Cleared marks leave a note of who cleared them and when, so bundles carry the clearing.

Without it a mark cleared on one laptop would simply be missing from its next
bundle, and the other laptop would keep it. The note lives until the cell is
marked again; the new mark takes over the cleared one's uuid, so a cell keeps
one identity across databases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from lacworkshop.model import Attendance, AttendanceCleared
from lacworkshop.model.base import utcnow
from lacworkshop.storage.actor import current_actor

CellKey = tuple[int, int]  # (participation id, slot id)
_CHUNK = 400  # SQLite's limit on bound parameters, with room to spare


def note_cleared(session: Session, marks: Sequence[Attendance]) -> None:
    """Record that *marks* are being cleared now, by the current actor."""
    if not marks:
        return
    keys = [(m.participation_id, m.slot_id) for m in marks]
    forget_cleared(session, keys)
    now = utcnow()
    actor = current_actor()
    session.add_all(
        AttendanceCleared(
            uuid=m.uuid,
            participation_id=m.participation_id,
            slot_id=m.slot_id,
            cleared_at=now,
            cleared_by=actor,
        )
        for m in marks
        if m.uuid is not None
    )


def cleared_uuids(session: Session, keys: Sequence[CellKey]) -> dict[CellKey, str]:
    """The uuids of the clearings at *keys*, which new marks there take over."""
    out: dict[CellKey, str] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        rows = session.execute(
            select(
                AttendanceCleared.participation_id,
                AttendanceCleared.slot_id,
                AttendanceCleared.uuid,
            ).where(
                tuple_(AttendanceCleared.participation_id, AttendanceCleared.slot_id).in_(chunk)
            )
        )
        out.update(((pid, sid), uuid) for pid, sid, uuid in rows)
    return out


def forget_cleared(session: Session, keys: Iterable[CellKey]) -> None:
    """Remove the clearings at *keys* (the cells are marked again)."""
    wanted = list(keys)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        session.execute(
            delete(AttendanceCleared).where(
                tuple_(AttendanceCleared.participation_id, AttendanceCleared.slot_id).in_(chunk)
            )
        )
