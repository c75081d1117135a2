"""A keystroke in the People page search until the view is updated (budget: under 100 ms).

Median over typed characters of several searches on 50,000 people, the short
debounce included. Floor: the same query for the first window, run bare with
SQLAlchemy; the count of all matches (shown just after the rows) is reported aside.
"""

from __future__ import annotations

import statistics
import time

from cases._measure import Measurement
from cases._people_db import application, context, database

QUERIES = ["nunez", "joao silva", "maria", "gonzalez", "univ"]


def run() -> Measurement:
    db = database()
    app = application()
    ctx = context(db)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lacworkshop.services.people.directory import PeopleFilter, count_people, people_query
    from lacworkshop.ui.models.people_table import BATCH
    from lacworkshop.ui.pages.people_page import create_page

    page = create_page(ctx, None)
    page.resize(1100, 720)
    page.show()
    app.processEvents()

    app_times: list[float] = []
    floor_times: list[float] = []
    count_times: list[float] = []
    for query in QUERIES:
        page.search.clear()
        page.apply_filter()
        app.processEvents()
        typed = ""
        for ch in query:
            typed += ch
            start = time.perf_counter()
            QTest.keyClick(page.search, ch if ch != " " else Qt.Key.Key_Space)
            while page.model.filter.search != typed:
                app.processEvents()
                time.sleep(0.0005)
            page.table.viewport().repaint()
            app_times.append(time.perf_counter() - start)

            flt = PeopleFilter(search=typed)
            stmt = people_query(flt).limit(BATCH)
            start = time.perf_counter()
            with db.session() as session:
                session.execute(stmt).all()
            floor_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            count_people(db, flt)
            count_times.append(time.perf_counter() - start)
    page.close()
    app_med = statistics.median(app_times)
    floor_med = statistics.median(floor_times)
    worst = max(app_times)
    return Measurement(
        app_med,
        floor_med,
        [
            f"budget 100 ms: {'ok' if app_med < 0.1 else 'OVER'}",
            f"worst keystroke {worst * 1000:.0f} ms",
            f"debounce {page._timer.interval()} ms included",
            f"count after the rows {statistics.median(count_times) * 1000:.0f} ms",
        ],
    )
