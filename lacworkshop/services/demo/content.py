"""What in a database is demo and what is real work, and whether a demo may go in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.model import Person, Signatory, Template, Workshop
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database

DEMO_DATABASE_KEY = "demo.database"  # set on a database made to hold only the demo


@dataclass(frozen=True)
class RowCounts:
    """Workshops, people, signatories and templates of one kind (demo or real)."""

    workshops: int = 0
    people: int = 0
    signatories: int = 0
    templates: int = 0

    @property
    def total(self) -> int:
        return self.workshops + self.people + self.signatories + self.templates


def _count(session: Session, model: type, demo: bool, *extra: object) -> int:
    where = [model.is_demo.is_(demo), *extra]  # type: ignore[attr-defined]
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _counts(db: Database, demo: bool) -> RowCounts:
    with db.session() as session:
        return RowCounts(
            workshops=_count(session, Workshop, demo),
            people=_count(session, Person, demo),
            signatories=_count(session, Signatory, demo),
            # Built-in templates come with every database: neither demo nor real work.
            templates=_count(session, Template, demo, Template.builtin.is_(False)),
        )


def demo_counts(db: Database) -> RowCounts:
    """How many demo rows the database holds."""
    return _counts(db, True)


def real_counts(db: Database) -> RowCounts:
    """How many rows of real (non-demo) work the database holds."""
    return _counts(db, False)


def check_demo_allowed(db: Database, into_current: bool = False) -> None:
    """Refuse to mix a demo into real work unless the organiser said so (``--into-current``)."""
    if into_current:
        return
    real = real_counts(db)
    if real.total:
        raise ValidationError(
            "demo.real_work",
            "into_current",
            name=db.path.name,
            workshops=real.workshops,
            people=real.people,
            signatories=real.signatories,
        )


def mark_demo_database(db: Database) -> None:
    """Remember that *db* was made to hold the demo only."""
    set_setting(db, DEMO_DATABASE_KEY, True)


def is_demo_database(db: Database) -> bool:
    """True for a database made for the demo, or one holding demo rows and no real work."""
    if get_setting(db, DEMO_DATABASE_KEY, False) is True:
        return True
    return demo_counts(db).workshops > 0 and real_counts(db).total == 0


def is_real_workshop(db: Database, workshop_id: int) -> bool:
    """True unless the workshop was made by the demo."""
    with db.session() as session:
        flag = session.scalar(select(Workshop.is_demo).where(Workshop.id == workshop_id))
    return not flag
