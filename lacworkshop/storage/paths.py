"""Where the database lives unless told otherwise, and where its own files go."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "LACWORKSHOP_DB"
APP_NAME = "lacworkshop"
BACKUPS_FOLDER = "backups"
# SQLite's companions of the database file, and the program's lock beside it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".lock.json")


def default_database_path() -> Path:
    """The SQLite file in the user's data folder, or LACWORKSHOP_DB when set."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "lacworkshop.sqlite3"


def resolved(db_path: Path) -> Path:
    """The database path with links and ``..`` resolved: one name per file."""
    return Path(db_path).expanduser().resolve()


def backups_root_for(db_path: Path) -> Path:
    """The ``backups`` folder beside the database, shared by the databases of that folder."""
    return resolved(db_path).parent / BACKUPS_FOLDER


def backup_dir_for(db_path: Path) -> Path:
    """This database's own backups: ``backups/<file name>/`` beside it.

    Two databases in one folder always have different file names, so each has
    its own folder and rotation of one never touches the other's backups; the
    name (not a hash of the full path) keeps them found when the folder moves.
    """
    db = resolved(db_path)
    return db.parent / BACKUPS_FOLDER / db.name


def companion_files(db_path: Path) -> list[Path]:
    """The database file and the files that belong to it (WAL, shared memory, lock)."""
    db = resolved(db_path)
    return [db, *(db.with_name(db.name + suffix) for suffix in COMPANION_SUFFIXES)]


def state_dir() -> Path:
    """The per-user folder for notes that outlive a process (locks, pending writes)."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
