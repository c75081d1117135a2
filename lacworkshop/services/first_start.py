"""What a brand-new database gets: a demo workshop, so the app shows life."""

from __future__ import annotations

from lacworkshop.services.demo import populate
from lacworkshop.services.workshops import count_workshops
from lacworkshop.storage import Database


def ensure_demo_on_first_start(db: Database) -> bool:
    """Add the demo when the database has no workshop yet; True if it did."""
    if count_workshops(db):
        return False
    populate(db, people=120, workshops=3)
    return True
