"""Workshops: listing and lookup. (Editing grows here.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from lacworkshop.model import Participation, Track, Workshop, WorkshopStatus
from lacworkshop.services.errors import NotFoundError
from lacworkshop.storage import Database


@dataclass(frozen=True)
class WorkshopRow:
    id: int
    code: str
    title: str
    series: str | None
    edition: str | None
    start_date: date
    end_date: date
    city: str | None
    country: str | None
    status: WorkshopStatus
    tracks: int
    participants: int


def list_workshops(
    db: Database, search: str | None = None, status: WorkshopStatus | None = None
) -> list[WorkshopRow]:
    """Workshops, newest first, with their track and participant counts."""
    tracks = select(func.count(Track.id)).where(Track.workshop_id == Workshop.id).scalar_subquery()
    people = (
        select(func.count(Participation.id))
        .where(Participation.workshop_id == Workshop.id)
        .scalar_subquery()
    )
    stmt = select(Workshop, tracks, people).order_by(Workshop.start_date.desc(), Workshop.code)
    if search:
        like = f"%{search.strip()}%"
        stmt = stmt.where(
            or_(Workshop.code.ilike(like), Workshop.title.ilike(like), Workshop.series.ilike(like))
        )
    if status is not None:
        stmt = stmt.where(Workshop.status == status)
    with db.session() as session:
        return [
            WorkshopRow(
                id=w.id,
                code=w.code,
                title=w.title,
                series=w.series,
                edition=w.edition,
                start_date=w.start_date,
                end_date=w.end_date,
                city=w.city,
                country=w.country,
                status=w.status,
                tracks=n_tracks,
                participants=n_people,
            )
            for w, n_tracks, n_people in session.execute(stmt)
        ]


def workshop_id_for_code(db: Database, code: str) -> int:
    """The id of the workshop with *code* (case-insensitive), or NotFoundError."""
    with db.session() as session:
        found = session.scalar(
            select(Workshop.id).where(func.upper(Workshop.code) == code.strip().upper())
        )
    if found is None:
        raise NotFoundError(f"There is no workshop with code {code!r}.")
    return found


def count_workshops(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Workshop.id))) or 0
