"""Automatic and manual backups, with the number kept as a setting."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from lacworkshop.services.errors import ValidationError
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database
from lacworkshop.storage import backup as raw
from lacworkshop.storage.paths import backup_dir_for

KEEP_KEY = "backup.keep"
DAILY_INTERVAL = timedelta(hours=20)


def backups_kept(db: Database) -> int:
    value = get_setting(db, KEEP_KEY, raw.DEFAULT_KEEP)
    return value if isinstance(value, int) and value > 0 else raw.DEFAULT_KEEP


def set_backups_kept(db: Database, keep: int) -> None:
    if keep < 1:
        raise ValidationError("backups.keep_one", field="keep")
    set_setting(db, KEEP_KEY, keep)


def backup_now(db: Database, reason: str = "manual") -> Path:
    """Write a consistent copy into the backups folder and rotate old ones."""
    return raw.automatic_backup(db.path, backup_dir_for(db.path), reason, keep=backups_kept(db))


def list_backups(db: Database) -> list[Path]:
    return raw.list_backups(backup_dir_for(db.path), db.path.stem)


def daily_backup(db: Database, now: datetime | None = None) -> Path | None:
    """A backup at most about once a day, taken when the app opens the database."""
    now = now or datetime.now()
    existing = list_backups(db)
    if existing:
        newest = max(p.stat().st_mtime for p in existing)
        if now - datetime.fromtimestamp(newest) < DAILY_INTERVAL:
            return None
    return backup_now(db, "daily")
