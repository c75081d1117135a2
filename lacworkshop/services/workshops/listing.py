"""Workshops: listing and lookup (editing lives in workshop_editing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, Integer, String, column, func, select, table

from lacworkshop.model.enums import WorkshopStatus
from lacworkshop.model.text_keys import fold
from lacworkshop.services.errors import NotFoundError
from lacworkshop.storage import Database

LISTED_WORKSHOP = table(
    "workshop",
    column("id", Integer),
    column("code", String),
    column("title", String),
    column("series", String),
    column("edition", String),
    column("start_date", Date),
    column("end_date", Date),
    column("city", String),
    column("country", String),
    column("status", String),
)
LISTED_TRACK = table("track", column("id", Integer), column("workshop_id", Integer))
LISTED_PARTICIPATION = table("participation", column("id", Integer), column("workshop_id", Integer))


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
    # Core over light table clauses, not the mapped classes: the list is what every
    # start of ``lacworkshop workshops`` shows, and the mapped classes cost more to
    # build than the query takes (a test holds these columns to the model's).
    w, t, p = LISTED_WORKSHOP.c, LISTED_TRACK.c, LISTED_PARTICIPATION.c
    tracks = select(func.count(t.id)).where(t.workshop_id == w.id).scalar_subquery()
    people = select(func.count(p.id)).where(p.workshop_id == w.id).scalar_subquery()
    stmt = select(
        w.id,
        w.code,
        w.title,
        w.series,
        w.edition,
        w.start_date,
        w.end_date,
        w.city,
        w.country,
        w.status,
        tracks,
        people,
    ).order_by(w.start_date.desc(), w.code)
    if status is not None:
        stmt = stmt.where(w.status == WorkshopStatus(status).value)
    # Workshops number in the hundreds at most: match in Python, ignoring accents and
    # case ("nandu" finds "Ñandú"), on code, title, series and city.
    words = fold(search).split()
    with db.connection() as conn:
        rows = conn.execute(stmt).all()
    return [
        WorkshopRow(
            id=row.id,
            code=row.code,
            title=row.title,
            series=row.series,
            edition=row.edition,
            start_date=row.start_date,
            end_date=row.end_date,
            city=row.city,
            country=row.country,
            status=WorkshopStatus(row.status),
            tracks=row[10],
            participants=row[11],
        )
        for row in rows
        if all(
            word in fold(" ".join(x or "" for x in (row.code, row.title, row.series, row.city)))
            for word in words
        )
    ]


def workshop_id_for_code(db: Database, code: str) -> int:
    """The id of the workshop with *code* (case-insensitive), or NotFoundError."""
    w = LISTED_WORKSHOP.c
    with db.connection() as conn:
        found = conn.scalar(select(w.id).where(func.upper(w.code) == code.strip().upper()))
    if found is None:
        raise NotFoundError("workshop.no_code", code=code)
    return found


def count_workshops(db: Database) -> int:
    with db.connection() as conn:
        return conn.scalar(select(func.count(LISTED_WORKSHOP.c.id))) or 0
