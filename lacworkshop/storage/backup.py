"""Consistent copies of the database through SQLite's online backup API."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

DEFAULT_KEEP = 10
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


def backup_to(db_path: Path, dest: Path) -> Path:
    """Copy *db_path* to *dest* consistently, through a temporary name."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    src = sqlite3.connect(str(db_path))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)
    return dest


def automatic_backup(
    db_path: Path, backup_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Back up into *backup_dir* with a timestamped name, then keep only the last *keep*."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    tag = _SAFE.sub("-", reason).strip("-") or "backup"
    dest = backup_dir / f"{db_path.stem}-{stamp}-{tag}.sqlite3"
    backup_to(db_path, dest)
    rotate(backup_dir, db_path.stem, keep)
    return dest


def list_backups(backup_dir: Path, stem: str) -> list[Path]:
    """Backups of the database named *stem*, oldest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"{stem}-*.sqlite3"))


def rotate(backup_dir: Path, stem: str, keep: int) -> None:
    """Delete the oldest backups beyond *keep*."""
    backups = list_backups(backup_dir, stem)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        old.unlink(missing_ok=True)
