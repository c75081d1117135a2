"""Opening a database: lock, migrate, hand out short sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from lacworkshop.storage import backup as backups
from lacworkshop.storage.engine import make_engine
from lacworkshop.storage.errors import StorageError
from lacworkshop.storage.lock import DatabaseLock
from lacworkshop.storage.migrate import check_sqlite_file, upgrade
from lacworkshop.storage.paths import backup_dir_for


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
        return backups.automatic_backup(
            self.path, backup_dir_for(self.path), reason, keep=self.backup_keep
        )

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_database(
    path: Path, *, lock: bool = True, backup_keep: int = backups.DEFAULT_KEEP
) -> Database:
    """Open (creating if needed) and migrate the database at *path*.

    Raises a StorageError subclass with a message for people when the file is
    locked by another instance, newer than this program, or not a database.
    """
    path = Path(path).expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError("db.folder_failed", path=path, reason=exc.strerror) from exc
    check_sqlite_file(path)
    db_lock = DatabaseLock(path) if lock else None
    if db_lock is not None:
        db_lock.acquire()
    engine = make_engine(path)
    try:
        upgrade(
            engine,
            path,
            backup=lambda reason: backups.automatic_backup(
                path, backup_dir_for(path), reason, keep=backup_keep
            ),
        )
    except BaseException:
        engine.dispose()
        if db_lock is not None:
            db_lock.release()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, db_lock, factory, backup_keep)
