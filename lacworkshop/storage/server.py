"""A shared PostgreSQL server instead of a file: its engine and where its own files go.

The same schema and the same Alembic migrations as the SQLite file. There is no
file lock (the server serialises writers itself); the optimistic version check on
edited rows (see ``storage.database``) stops one organiser overwriting another.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from lacworkshop.storage.paths import APP_NAME

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(target: object) -> bool:
    """True when *target* names a PostgreSQL server rather than a file."""
    return isinstance(target, str) and target.startswith(SCHEMES)


def server_url(target: str, password: str | None = None) -> URL:
    """The URL with the psycopg 3 driver (and *password* when one is given apart)."""
    url = make_url(target.replace("postgres://", "postgresql://", 1))
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def shown_url(target: str) -> str:
    """The URL as it may be printed or logged: never with its password."""
    return server_url(target).render_as_string(hide_password=True)


def server_place(target: str) -> Path:
    """A local stand-in for the server's "file": its backups folder hangs beside it.

    Named from host, port and database (not the password or user), so one server
    database keeps one backups folder on this computer.
    """
    url = server_url(target)
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    tag = hashlib.sha256(where.encode()).hexdigest()[:12]
    name = f"{url.host or 'localhost'}-{url.database or 'postgres'}-{tag}.pg"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "servers" / name


def make_server_engine(target: str, password: str | None = None) -> Engine:
    """An engine on the server that checks a pooled connection before using it.

    pool_pre_ping: a laptop that slept or a server that restarted hands back a dead
    connection; it is replaced before the unit of work starts instead of failing it.
    """
    engine = create_engine(
        server_url(target, password),
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=10,
        # SQL parameters are people's names and emails: never in a message or a log.
        hide_parameters=True,
    )
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    return engine


def _clean(value: Any) -> Any:
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def _without_nul(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    """PostgreSQL text cannot hold NUL; SQLite can. A NUL pasted into a name is dropped.

    It is never meaningful in a name or a note, and the file engine keeps it only
    because nothing stops it there; refusing the whole save over it would lose work.
    """
    if isinstance(parameters, dict):
        parameters = {k: _clean(v) for k, v in parameters.items()}
    elif isinstance(parameters, list | tuple) and parameters and isinstance(parameters[0], dict):
        parameters = [{k: _clean(v) for k, v in row.items()} for row in parameters]
    elif isinstance(parameters, list | tuple):
        parameters = type(parameters)(
            tuple(_clean(v) for v in row) if isinstance(row, tuple | list) else _clean(row)
            for row in parameters
        )
    return statement, parameters
