"""Opening a database: check, lock, migrate, hand out short sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError, OperationalError

from lacworkshop.errors import Conflict
from lacworkshop.formats.writing import protect, set_pending_folder, unprotect
from lacworkshop.storage import backup as backups
from lacworkshop.storage.damage import damaged
from lacworkshop.storage.engine import make_engine
from lacworkshop.storage.errors import ConnectionLostError, StorageError
from lacworkshop.storage.integrity import header_problem, quick_check
from lacworkshop.storage.leftovers import (
    pending_writes_dir,
    remove_database_leftovers,
    remove_noted_leftovers,
)
from lacworkshop.storage.lock import DatabaseLock
from lacworkshop.storage.migrate import upgrade
from lacworkshop.storage.paths import backup_dir_for, backups_root_for, companion_files
from lacworkshop.storage.private_files import (
    create_private_file,
    make_private_dir,
    make_private_file,
)

if TYPE_CHECKING:
    # The ORM is imported when the first unit of work starts, not at open: a command
    # that only reads a list through ``connection()`` never pays for it.
    from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


@dataclass
class Database:
    """An open database file: its engine, its lock and a session factory."""

    path: Path
    engine: Engine
    lock: DatabaseLock | None
    backup_keep: int = backups.DEFAULT_KEEP
    # The server's URL when this is a PostgreSQL database; *path* then only places
    # its backups folder on this computer (see storage.server.server_place).
    url: str | None = None
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False, init=False)

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """Makes the ORM sessions of this database (built at the first unit of work)."""
        if self._sessions is None:
            self._sessions = _session_factory(self.engine)
        return self._sessions

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A read-only Core connection, for listings that need no mapped classes."""
        with self.engine.connect() as conn:
            yield conn

    @property
    def is_server(self) -> bool:
        """True on PostgreSQL, False on a SQLite file."""
        return self.url is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error.

        Every service's unit of work runs here, on either engine:

        - a pooled connection the server dropped while idle (a restart, a laptop
          that slept, a network that came back) is replaced before the unit starts
          (the server engine pings it first), so the edit goes through, once;
        - a connection lost in the middle of the unit rolls it back whole and is
          reported as ConnectionLostError (nothing saved, do it again);
          :meth:`run` does it again by itself;
        - an edit of a row someone else changed since it was read (its version
          moved on) is refused with a Conflict, never written over theirs.
        """
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self.session_factory() as session, session.begin():
                yield session
        except StaleDataError as exc:
            raise Conflict("db.edited_elsewhere") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise ConnectionLostError("db.connection_lost") from exc
            raise

    def run(self, work: Callable[[Session], T]) -> T:
        """*work* as one unit of work, run again once when the connection was lost.

        A server that restarted or a network that dropped mid-way rolls the unit
        back; the second try gets a fresh connection and repeats it whole, so the
        edit is not lost and lands once.
        """
        try:
            with self.session() as session:
                return work(session)
        except ConnectionLostError:
            pass
        with self.session() as session:
            return work(session)

    def backup_now(self, reason: str = "manual") -> Path:
        """A checked copy in this database's backups folder (see storage.backup).

        Not rotated here: the number to keep is a setting the services read, and
        the next backup taken through them rotates. On a server: a pg_dump.
        """
        if self.url is not None:
            from lacworkshop.storage.server_backup import take_dump

            return take_dump(self.url, backup_dir_for(self.path), reason, keep=None)
        return backups.take_backup(self.path, reason, keep=None).path

    def integrity_ok(self) -> bool:
        if self.url is not None:  # the server checks its own pages
            return True
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def close(self) -> None:
        unprotect(str(self.path))
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def protect_database_files(path: Path) -> None:
    """From now on refuse any written file that is this database, a companion or a backup."""
    protect(str(path), companion_files(path), [backups_root_for(path)])


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


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    factory = sessionmaker(engine, expire_on_commit=False)
    from lacworkshop.storage.actor import stamp_changed_by

    event.listen(factory, "before_flush", stamp_changed_by)
    return factory


def open_server_database(
    url: str, *, password: str | None = None, place: Path | None = None
) -> Database:
    """Open and migrate the PostgreSQL database at *url* (see storage.server).

    *place* is where its backups folder hangs on this computer (default: the
    user's data folder, see storage.server.server_place).
    """
    from lacworkshop.storage.server import make_server_engine, server_place, shown_url
    from lacworkshop.storage.server_backup import take_dump

    engine = make_server_engine(url, password)
    place = place or server_place(url)
    full_url = engine.url.render_as_string(hide_password=False)
    try:
        upgrade(
            engine,
            place,
            backup=lambda reason: take_dump(full_url, backup_dir_for(place), reason, None),
        )
    except OperationalError as exc:  # no server there, wrong password, no such database
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0][:300] if exc.orig else ""
        raise StorageError("db.server_unreachable", url=shown_url(url), reason=reason) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(place, engine, None, url=full_url)


def open_database(
    path: Path | str, *, lock: bool = True, backup_keep: int = backups.DEFAULT_KEEP
) -> Database:
    """Open (creating if needed), check and migrate the database at *path*.

    *path* may be a ``postgresql://`` URL: the database is then on that server.
    Raises a StorageError subclass with a message for people when the file is
    locked by another instance, newer than this program, damaged or not a database.
    """
    from lacworkshop.storage.server import is_server_url

    if is_server_url(path):
        return open_server_database(str(path))
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
        set_pending_folder(pending_writes_dir())
    return Database(path, engine, db_lock, backup_keep)
