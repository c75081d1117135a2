"""What bundles keep of a person whose data is erased: their clearings and row bases go."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lacworkshop.model import Attendance, AttendanceCleared, Participation, Person, SyncBase


def forget_sync_traces(session: Session, person_id: int) -> int:
    """Delete the person's cleared marks and the stored bases of their rows; how many went.

    A base is the digest of a version of the row (names included); a clearing says
    who cleared a mark of theirs and when. Neither may outlive the erasure.
    """
    parts = select(Participation.id).where(Participation.person_id == person_id)
    refs = [
        *session.scalars(select(Person.uuid).where(Person.id == person_id)),
        *session.scalars(select(Participation.uuid).where(Participation.person_id == person_id)),
        *session.scalars(select(Attendance.uuid).where(Attendance.participation_id.in_(parts))),
        *session.scalars(
            select(AttendanceCleared.uuid).where(AttendanceCleared.participation_id.in_(parts))
        ),
    ]
    gone = session.execute(
        delete(AttendanceCleared).where(AttendanceCleared.participation_id.in_(parts))
    ).rowcount  # type: ignore[attr-defined]
    wanted = [r for r in refs if r]
    for start in range(0, len(wanted), 500):
        gone += session.execute(
            delete(SyncBase).where(SyncBase.ref.in_(wanted[start : start + 500]))
        ).rowcount  # type: ignore[attr-defined]
    return int(gone or 0)
