"""Workshops: listing and lookup (editing lives in workshop_editing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lacworkshop.model import Participation, Track, Workshop, WorkshopStatus
from lacworkshop.model.text_keys import fold
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
    if status is not None:
        stmt = stmt.where(Workshop.status == WorkshopStatus(status))
    # Workshops number in the hundreds at most: match in Python, ignoring accents and
    # case ("nandu" finds "Ñandú"), on code, title, series and city.
    words = fold(search).split()
    with db.session() as session:
        found = [
            (w, n_tracks, n_people)
            for w, n_tracks, n_people in session.execute(stmt)
            if all(
                word in fold(" ".join(x or "" for x in (w.code, w.title, w.series, w.city)))
                for word in words
            )
        ]
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
            for w, n_tracks, n_people in found
        ]


def workshop_id_for_code(db: Database, code: str) -> int:
    """The id of the workshop with *code* (case-insensitive), or NotFoundError."""
    with db.session() as session:
        found = session.scalar(
            select(Workshop.id).where(func.upper(Workshop.code) == code.strip().upper())
        )
    if found is None:
        raise NotFoundError("workshop.no_code", code=code)
    return found


def count_workshops(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Workshop.id))) or 0
