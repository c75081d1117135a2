"""What a command needs from outside: the database, opened on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lacworkshop.storage import Database


class Context:
    def __init__(self, db_path: str | None) -> None:
        self._db_path = db_path
        self._db: Database | None = None

    @property
    def db_url(self) -> str | None:
        """The PostgreSQL URL when ``--db`` (or LACWORKSHOP_DB) names a server."""
        import os

        from lacworkshop.storage.paths import ENV_VAR
        from lacworkshop.storage.server import is_server_url

        target = self._db_path or os.environ.get(ENV_VAR)
        return target if target and is_server_url(target) else None

    @property
    def db_path(self) -> Path:
        """The database file; for a server, the local place its backups hang beside."""
        from lacworkshop.storage.paths import default_database_path

        url = self.db_url
        if url is not None:
            from lacworkshop.storage.server import server_place

            return server_place(url)
        return Path(self._db_path).expanduser() if self._db_path else default_database_path()

    @property
    def db(self) -> Database:
        if self._db is None:
            from lacworkshop.storage import open_database

            self._db = open_database(self.db_url or self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
