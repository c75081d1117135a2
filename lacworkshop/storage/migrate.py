"""Bring a database file to the current schema, safely."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from lacworkshop.storage.errors import NewerDatabaseError, NotADatabaseError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
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
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path, backup: Callable[[str], object]) -> bool:
    """Migrate to head; back up first when the file holds data. True if it migrated."""
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
