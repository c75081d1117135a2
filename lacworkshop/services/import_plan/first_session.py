"""Checked in on the platform: present at the workshop's first session, when asked."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lacworkshop.model import Attendance, Mark, Participation, Slot


def mark_first_session(session: Session, workshop_id: int, people: list[int]) -> int:
    """Mark each of *people* present at the first session of their track (or the first
    plenary); returns how many marks were added. Marks already there are kept."""
    if not people:
        return 0
    slots = list(
        session.execute(
            select(Slot.id, Slot.track_id)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Slot.date, Slot.start_time, Slot.id)
        )
    )
    if not slots:
        return 0
    wanted = set(people)
    parts = session.execute(
        select(Participation.id, Participation.person_id, Participation.track_id).where(
            Participation.workshop_id == workshop_id
        )
    )
    marks: list[dict[str, object]] = []
    for part_id, person_id, track_id in parts:
        if person_id not in wanted:
            continue
        slot = next((sid for sid, t in slots if t is None or t == track_id), None)
        if slot is not None:
            marks.append({"participation_id": part_id, "slot_id": slot, "mark": Mark.PRESENT})
    # Looked up, not left to an ON CONFLICT: the same statement on every database.
    held = {
        (part, slot)
        for part, slot in session.execute(
            select(Attendance.participation_id, Attendance.slot_id).where(
                Attendance.slot_id.in_({m["slot_id"] for m in marks})
            )
        )
    }
    new = [m for m in marks if (m["participation_id"], m["slot_id"]) not in held]
    if new:
        session.execute(insert(Attendance), new)
    return len(new)
