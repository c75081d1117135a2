"""A first start: the organiser chooses an empty database or a demo kept apart from it."""

from __future__ import annotations

from pathlib import Path

from lacworkshop.services.demo.content import check_demo_allowed, demo_counts, mark_demo_database
from lacworkshop.services.demo.create import DemoSummary, populate
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.storage import Database


def is_first_start(path: Path) -> bool:
    """True when no database exists at *path* yet (nothing to open, nothing to lose)."""
    return not path.exists() or path.stat().st_size == 0


def demo_database_path(path: Path) -> Path:
    """Where the demo lives, beside the database *path*: ``lacworkshop-demo.sqlite3``."""
    return path.with_name(f"{path.stem}-demo{path.suffix or '.sqlite3'}")


def fill_demo_database(db: Database) -> DemoSummary | None:
    """Put the demo into *db*, a database of its own, once; None when it already has it."""
    if demo_counts(db).workshops:
        return None
    check_demo_allowed(db)  # a demo database someone filled with real work stays theirs
    mark_demo_database(db)
    return populate(db, people=120, workshops=3)


def open_demo(db: Database, progress: Progress = NO_PROGRESS) -> OpResult[DemoSummary | None]:
    """Fill the demo's own database the first time it is opened; nothing changes after that."""
    progress.check()
    made = fill_demo_database(db)
    if made is None:
        return OpResult(None)
    return OpResult(
        made,
        changes(
            Change.WORKSHOPS,
            Change.PEOPLE,
            Change.PARTICIPATIONS,
            Change.SLOTS,
            Change.ATTENDANCE,
        ),
    )
