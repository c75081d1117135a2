"""A series of 50 workshops with 20,000 people: the People page opens and a series'
statistics are computed within budget (page: first rows under 1 s; statistics of the
largest series: under 2 s).

Floors: a plain select of the page's first rows; a bare SQLAlchemy count of the
series' attendance marks by workshop and mark (the core of the statistics).
Set LACWORKSHOP_BENCH_PG_URL to a throwaway server database to run it on PostgreSQL.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from cases._measure import Measurement, best_of
from cases._people_db import application, context

PEOPLE = 20_000
WORKSHOPS = 50


def _database() -> Any:
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    url = os.environ.get("LACWORKSHOP_BENCH_PG_URL")
    folder = Path(tempfile.mkdtemp(prefix="lacworkshop-bench-series-"))
    db = open_database(url or (folder / "series.sqlite3"))
    populate(db, people=PEOPLE, workshops=WORKSHOPS)

    def _cleanup() -> None:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(_cleanup)
    return db


def run() -> Measurement:
    db = _database()
    app = application()
    ctx = context(db)
    from sqlalchemy import func, select

    from lacworkshop.model import Attendance, Participation, Person, Workshop
    from lacworkshop.services.reports.statistics import list_series, series_statistics
    from lacworkshop.ui.models.people_table import BATCH
    from lacworkshop.ui.pages.people_page import create_page

    with db.session() as session:
        sizes = dict(
            session.execute(
                select(Workshop.series, func.count(Workshop.id)).group_by(Workshop.series)
            ).all()
        )
    series = max(list_series(db), key=lambda s: sizes.get(s, 0))
    pages = []

    def open_page() -> None:
        page = create_page(ctx, None)
        page.resize(1100, 720)
        page.show()
        app.processEvents()
        assert page.model.rowCount() > 0
        page.table.viewport().repaint()
        pages.append(page)

    def page_floor() -> None:
        with db.session() as session:
            rows = session.execute(
                select(Person.id, Person.given_names, Person.family_names, Person.email)
                .order_by(Person.sort_key, Person.id)
                .limit(BATCH)
            ).all()
        assert rows

    def statistics() -> None:
        stats = series_statistics(db, series)
        assert stats is not None

    def stats_floor() -> None:
        with db.session() as session:
            rows = session.execute(
                select(Participation.workshop_id, Attendance.mark, func.count())
                .join(Attendance, Attendance.participation_id == Participation.id)
                .join(Workshop, Workshop.id == Participation.workshop_id)
                .where(Workshop.series == series)
                .group_by(Participation.workshop_id, Attendance.mark)
            ).all()
        assert rows

    page_floor_time = best_of(page_floor, repeat=5)
    page_time = best_of(open_page, repeat=3)
    for page in pages:
        page.close()
        page.deleteLater()
    app.processEvents()
    stats_floor_time = best_of(stats_floor, repeat=3)
    stats_time = best_of(statistics, repeat=3)
    return Measurement(
        page_time,
        page_floor_time,
        [
            f"engine {db.engine.dialect.name}",
            f"people page {page_time:.3f} s, budget 1 s: {'ok' if page_time < 1.0 else 'OVER'}",
            f"statistics of {sizes.get(series, 0)} workshops ({series}) {stats_time:.3f} s "
            f"(floor {stats_floor_time:.3f} s), budget 2 s: "
            f"{'ok' if stats_time < 2.0 else 'OVER'}",
        ],
    )
