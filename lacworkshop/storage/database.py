"""Opening a database: check, lock, migrate, hand out short sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from lacworkshop.formats.writing import atomic
from lacworkshop.storage import backup as backups
from lacworkshop.storage.damage import damaged
from lacworkshop.storage.engine import make_engine
from lacworkshop.storage.errors import StorageError
from lacworkshop.storage.integrity import header_problem, quick_check
from lacworkshop.storage.leftovers import (
    pending_writes_dir,
    remove_database_leftovers,
    remove_noted_leftovers,
)
from lacworkshop.storage.lock import DatabaseLock
from lacworkshop.storage.migrate import upgrade
from lacworkshop.storage.paths import backups_root_for, companion_files
from lacworkshop.storage.private_files import (
    create_private_file,
    make_private_dir,
    make_private_file,
)


@dataclass
class Database:
    """An open database file: its engine, its lock and a session factory."""

    path: Path
    engine: Engine
    lock: DatabaseLock | None
    session_factory: sessionmaker[Session] = field(repr=False)
    backup_keep: int = backups.DEFAULT_KEEP

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with self.session_factory() as session, session.begin():
            yield session

    def backup_now(self, reason: str = "manual") -> Path:
        """A checked copy in this database's backups folder (see storage.backup).

        Not rotated here: the number to keep is a setting the services read, and
        the next backup taken through them rotates.
        """
        return backups.take_backup(self.path, reason, keep=None).path

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def close(self) -> None:
        atomic.unprotect(str(self.path))
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def protect_database_files(path: Path) -> None:
    """From now on refuse any written file that is this database, a companion or a backup."""
    atomic.protect(str(path), companion_files(path), [backups_root_for(path)])


def _check_before_open(path: Path) -> None:
    """Refuse a file that is not SQLite, or is cut short or emptied, before touching it."""
    if not path.exists():
        return
    if path.stat().st_size == 0:
        # An empty file with backups is a database that lost its content; an empty
        # file without any is a new one (``touch`` then open) and becomes a database.
        if backups.backup_infos(path):
            raise damaged(path, "empty")
        return
    problem = header_problem(path)
    if problem is not None:
        raise damaged(path, problem)


def _make_private(path: Path) -> None:
    if not create_private_file(path):
        for companion in companion_files(path)[:3]:
            make_private_file(companion)


def open_database(
    path: Path, *, lock: bool = True, backup_keep: int = backups.DEFAULT_KEEP
) -> Database:
    """Open (creating if needed), check and migrate the database at *path*.

    Raises a StorageError subclass with a message for people when the file is
    locked by another instance, newer than this program, damaged or not a database.
    """
    path = Path(path).expanduser().resolve()
    try:
        make_private_dir(path.parent)
    except OSError as exc:
        raise StorageError("db.folder_failed", path=path, reason=exc.strerror) from exc
    _check_before_open(path)
    _make_private(path)
    db_lock = DatabaseLock(path) if lock else None
    if db_lock is not None:
        db_lock.acquire()
    engine: Engine | None = None
    try:
        if db_lock is not None:
            remove_database_leftovers(path)
            remove_noted_leftovers(pending_writes_dir())
            backups.adopt_flat_backups(path)
        if path.stat().st_size > 0 and not quick_check(path, read_only=False):
            raise damaged(path, "check_failed")
        engine = make_engine(path)
        try:
            upgrade(
                engine,
                path,
                # Not rotated: the kept number is a setting inside the file being migrated.
                backup=lambda reason: backups.take_backup(path, reason, keep=None),
            )
        except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as exc:
            raise damaged(path, "unreadable") from exc
    except BaseException:
        if engine is not None:
            engine.dispose()
        if db_lock is not None:
            db_lock.release()
        raise
    protect_database_files(path)
    if db_lock is not None:
        atomic.set_pending_folder(pending_writes_dir())
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, db_lock, factory, backup_keep)
