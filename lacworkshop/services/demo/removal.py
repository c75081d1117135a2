"""Take the demo out of a database: every demo workshop, person, signatory, template.

Rows that are not marked as demo are never touched. An automatic backup is
written first, so the removal can be undone by restoring it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete

from lacworkshop.model import Person, Signatory, Template, Workshop
from lacworkshop.services import audit
from lacworkshop.services.data_safety import backup_now
from lacworkshop.services.demo.content import DEMO_DATABASE_KEY, RowCounts, demo_counts
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.services.settings import set_setting
from lacworkshop.storage import Database


@dataclass(frozen=True)
class DemoRemoval:
    removed: RowCounts
    backup: Path | None  # the copy written before, None when there was nothing to remove


def remove_demo(db: Database) -> DemoRemoval:
    """Delete every demo row (their sessions, marks and certificates go with them)."""
    found = demo_counts(db)
    if found.total == 0:
        return DemoRemoval(found, None)
    backup = backup_now(db, "before-demo-removal")
    with db.session() as session:
        # Foreign keys cascade: tracks, slots, participations, marks, certificates.
        for model in (Signatory, Workshop, Person):
            session.execute(delete(model).where(model.is_demo.is_(True)))
        session.execute(
            delete(Template).where(Template.is_demo.is_(True), Template.builtin.is_(False))
        )
        audit.record(
            session,
            "delete",
            "demo",
            None,
            f"Demo removed: {found.workshops} workshops, {found.people} people, "
            f"{found.signatories} signatories, {found.templates} templates",
        )
    set_setting(db, DEMO_DATABASE_KEY, False)
    return DemoRemoval(found, backup)


def remove_demo_data(db: Database, progress: Progress = NO_PROGRESS) -> OpResult[DemoRemoval]:
    """Remove the demo as one action (a backup first, see :func:`remove_demo`)."""
    progress.check()
    return OpResult(
        remove_demo(db),
        changes(
            Change.WORKSHOPS,
            Change.PEOPLE,
            Change.PARTICIPATIONS,
            Change.SLOTS,
            Change.ATTENDANCE,
            Change.CERTIFICATES,
            Change.TEMPLATES,
        ),
    )
