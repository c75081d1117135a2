"""Open the People page on 50,000 people until the first rows are shown (budget: under 1 s).

Floor: a plain SQLAlchemy select of the same first rows, in the same order.
"""

from __future__ import annotations

from cases._measure import Measurement, best_of
from cases._people_db import application, context, database


def run() -> Measurement:
    db = database()
    app = application()
    ctx = context(db)
    from sqlalchemy import select

    from lacworkshop.model import Person
    from lacworkshop.ui.models.people_table import BATCH
    from lacworkshop.ui.pages.people_page import create_page

    pages = []

    def open_page() -> None:
        page = create_page(ctx, None)
        page.resize(1100, 720)
        page.show()
        app.processEvents()
        assert page.model.rowCount() > 0
        # Make sure the first rows are really painted, not just loaded.
        page.table.viewport().repaint()
        pages.append(page)

    def floor() -> None:
        with db.session() as session:
            rows = session.execute(
                select(
                    Person.id,
                    Person.given_names,
                    Person.family_names,
                    Person.preferred_name,
                    Person.email,
                    Person.organisation,
                    Person.country,
                )
                .order_by(Person.sort_key, Person.id)
                .limit(BATCH)
            ).all()
        assert rows

    floor_time = best_of(floor, repeat=7)
    app_time = best_of(open_page, repeat=5)
    for page in pages:
        page.close()
        page.deleteLater()
    app.processEvents()
    return Measurement(app_time, floor_time, [f"budget 1 s: {'ok' if app_time < 1.0 else 'OVER'}"])
