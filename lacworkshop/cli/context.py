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
    def db_path(self) -> Path:
        from lacworkshop.storage.paths import default_database_path

        return Path(self._db_path).expanduser() if self._db_path else default_database_path()

    @property
    def db(self) -> Database:
        if self._db is None:
            from lacworkshop.storage import open_database

            self._db = open_database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
