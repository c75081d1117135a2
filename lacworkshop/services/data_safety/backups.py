"""Automatic and manual backups, with the number kept as a setting; restoring one."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from lacworkshop.services.errors import ValidationError
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database
from lacworkshop.storage import backup as raw
from lacworkshop.storage.backup import BackupInfo
from lacworkshop.storage.backup_listing import BackupEntry, dump_backups, sqlite_backups
from lacworkshop.storage.errors import DamagedBackupError
from lacworkshop.storage.integrity import quick_check
from lacworkshop.storage.paths import backup_dir_for
from lacworkshop.storage.restore import (
    BackupContents,
    RestoreResult,
    describe_backup,
    find_backup,
    restore_backup,
)
from lacworkshop.storage.server_backup import dump_files, restore_dump, take_dump

KEEP_KEY = "backup.keep"
DAILY_INTERVAL = timedelta(hours=20)

__all__ = [
    "BackupContents",
    "BackupInfo",
    "RestoreResult",
    "backup_before",
    "backup_folder",
    "backup_now",
    "backups_kept",
    "checked_backups",
    "daily_backup",
    "describe_backup",
    "find_backup",
    "list_backups",
    "restore",
    "set_backups_kept",
]


def backups_kept(db: Database) -> int:
    value = get_setting(db, KEEP_KEY, raw.DEFAULT_KEEP)
    return value if isinstance(value, int) and value > 0 else raw.DEFAULT_KEEP


def set_backups_kept(db: Database, keep: int) -> None:
    if keep < 1:
        raise ValidationError("backups.keep_one", field="keep")
    set_setting(db, KEEP_KEY, keep)


def backup_folder(db: Database) -> Path:
    """This database's own backups folder."""
    return backup_dir_for(db.path)


def backup_now(db: Database, reason: str = "manual") -> Path:
    """Write a checked copy into the database's backups folder and rotate old ones.

    Raises DamagedBackupError when the copy fails its check: the database itself is then
    damaged, and nothing more should be written to it.
    """
    if db.url is not None:
        # A server database: pg_dump, checked by reading its table of contents back.
        return take_dump(db.url, backup_folder(db), reason, keep=backups_kept(db))
    info = raw.take_backup(db.path, reason, keep=backups_kept(db))
    if info.damaged:
        raise DamagedBackupError(
            f"The backup {info.path.name} failed its check: the database may be damaged. "
            "Nothing was changed; close lacworkshop and open it again to have it checked."
        )
    return info.path


def backup_before(db: Database, what: str) -> Path:
    """The backup a use case takes before it changes many rows ("before import")."""
    return backup_now(db, f"before {what}")


def list_backups(db: Database) -> list[Path]:
    """Every backup file of the database (damaged ones too: they hold its data), oldest first."""
    if db.url is not None:
        return dump_files(backup_folder(db))
    return [info.path for info in raw.backup_infos(db.path)]


def server_backups(place: Path) -> list[Path]:
    """The pg_dump backups of the server database whose local place is *place*, oldest first."""
    return dump_files(backup_dir_for(place))


def restore_server(url: str, place: Path, which: str) -> Path:
    """Put the dump *which* (``latest`` or a path) in the server database's place.

    The database as it is now is dumped first, so the restore can be undone.
    """
    dumps = server_backups(place)
    chosen = (dumps[-1] if dumps else None) if which == "latest" else Path(which)
    if chosen is None or not chosen.is_file():
        raise ValidationError("restore.no_such_backup", backup=which)
    take_dump(url, backup_dir_for(place), "before restore", keep=None)
    restore_dump(url, chosen)
    return chosen


def describe_backups(place: Path, on_server: bool) -> list[BackupEntry]:
    """Every backup of the database at *place* with what it holds, oldest first.

    *on_server*: the database is a PostgreSQL one and its backups are pg_dump files.
    """
    if on_server:
        return dump_backups(backup_dir_for(place))
    return sqlite_backups(place)


def checked_backups(db_path: Path) -> list[tuple[BackupInfo, bool]]:
    """Every backup of the database at *db_path*, oldest first, each checked again now."""
    return [(info, info.ok and quick_check(info.path)) for info in raw.backup_infos(db_path)]


def restore(db_path: Path, which: str) -> RestoreResult:
    """Replace the (closed) database at *db_path* by the backup *which* (``latest``, a path)."""
    return restore_backup(db_path, find_backup(db_path, which))


def daily_backup(db: Database, now: datetime | None = None) -> Path | None:
    """A backup at most about once a day, taken when the app opens the database."""
    now = now or datetime.now()
    existing = raw.backup_infos(db.path)
    if existing:
        newest = max(p.path.stat().st_mtime for p in existing)
        if now - datetime.fromtimestamp(newest) < DAILY_INTERVAL:
            return None
    return backup_now(db, "daily")
