"""Bring a database file to the current schema, safely.

Opening a database that is already at the current schema is the common case and
must stay cheap: it reads the revision with one query and compares it with
:data:`HEAD_REVISION`, without importing Alembic. Alembic is loaded only when a
migration is due (a new file, an older schema) or the revision is unknown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from lacworkshop.storage.errors import NewerDatabaseError, NotADatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest migration's revision id. A test holds it equal to Alembic's head, so
# adding a migration means updating this line too.
HEAD_REVISION = "0005_team2_cleared_marks"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not SQLite, before anything touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic != b"SQLite format 3\x00":
        raise NotADatabaseError("db.not_sqlite", path=path)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the file, read with plain SQL; None if there is none."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine, path: Path, backup: Callable[[str], object]) -> bool:
    """Migrate to head; back up first when the file holds data. True if it migrated."""
    if _stored_revision(engine) == HEAD_REVISION:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    try:
        current = current_revision(engine)
        tables = set(inspect(engine).get_table_names())
    except sqlite3.DatabaseError as exc:  # pragma: no cover - caught by check_sqlite_file
        raise NotADatabaseError("db.unreadable", path=path, reason=exc) from exc
    if current == head:
        return False
    if current is None and tables - {"alembic_version"}:
        raise NotADatabaseError("db.foreign_sqlite", path=path)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise NewerDatabaseError("db.too_new", path=path, schema=current) from None
        backup("before-migration")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
