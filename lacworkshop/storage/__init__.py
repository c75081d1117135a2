"""The SQLite file: engine, pragmas, lock, backups and migrations."""

from lacworkshop.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
