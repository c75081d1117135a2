"""Where the database lives unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "LACWORKSHOP_DB"
APP_NAME = "lacworkshop"


def default_database_path() -> Path:
    """The SQLite file in the user's data folder, or LACWORKSHOP_DB when set."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "lacworkshop.sqlite3"


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups sit beside the database, in a folder of their own."""
    return db_path.parent / "backups"
