"""The one message for a database that cannot be opened because it is damaged."""

from __future__ import annotations

from pathlib import Path

from lacworkshop.storage.backup import backup_infos, latest_good_backup
from lacworkshop.storage.errors import DamagedDatabaseError


def damaged(path: Path, problem: str, *, is_database: bool = True) -> DamagedDatabaseError:
    """The error for *path*, naming the latest good backup and how to restore it.

    *is_database* False: the file is no SQLite file at all (perhaps written over).
    """
    latest = latest_good_backup(path)
    if latest is not None:
        offer = (
            f"The latest good backup is {latest.path} "
            f"({latest.taken_at:%Y-%m-%d %H:%M}); restore it with: "
            f'lacworkshop --db "{path}" restore latest'
        )
    elif backup_infos(path):
        offer = "None of its backups passed the check either."
    else:
        offer = "No backup of it was found."
    what = "is damaged" if is_database else "is not a lacworkshop database"
    message = f"{path} {what} ({problem}) and was left untouched. {offer}"
    return DamagedDatabaseError(message, path, latest.path if latest else None)
