"""Checked copies of one database, in a folder of its own, rotated among themselves.

A backup is written through SQLite's online backup API to a temporary name, then
``PRAGMA quick_check`` runs on the copy. A sound copy is named
``<taken>-<reason>.sqlite3``; a copy that fails the check is kept apart as
``<taken>-<reason>.damaged.sqlite3`` and rotated only against other damaged
copies, so it can never push a good backup out.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lacworkshop.formats.writing import PART_SUFFIX
from lacworkshop.storage.integrity import quick_check
from lacworkshop.storage.paths import backup_dir_for, backups_root_for, resolved
from lacworkshop.storage.private_files import PRIVATE_FILE, make_private_dir, tighten_dir

DEFAULT_KEEP = 10
DAMAGED_MARK = ".damaged"
_STAMP = "%Y%m%d-%H%M%S-%f"
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-(.+?)(\.damaged)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, its size and whether its check passed."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    damaged: bool

    @property
    def ok(self) -> bool:
        return not self.damaged


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        taken = datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None
    return BackupInfo(
        path,
        taken,
        match.group(2).replace("-", " "),
        path.stat().st_size,
        match.group(3) is not None,
    )


def prepare_backup_dir(db_path: Path) -> Path:
    """This database's backups folder, created private; older flat backups moved into it."""
    folder = backup_dir_for(db_path)
    make_private_dir(folder)
    # Older versions made the shared folder 0755; it holds everyone's data.
    tighten_dir(backups_root_for(db_path))
    tighten_dir(folder)
    adopt_flat_backups(db_path)
    return folder


def adopt_flat_backups(db_path: Path) -> int:
    """Move backups named ``<stem>-<taken>-<reason>.sqlite3`` (older versions) into place.

    Earlier versions kept every database's backups side by side in ``backups/``;
    the strict pattern (a timestamp right after the stem) tells ``class`` from
    ``class-2025``. Each moved copy is checked like a new one.
    """
    db = resolved(db_path)
    root = backups_root_for(db)
    folder = backup_dir_for(db)
    pattern = re.compile(rf"^{re.escape(db.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-(.+)\.sqlite3$")
    moved = 0
    if not root.is_dir():
        return moved
    for old in sorted(root.glob("*.sqlite3")):
        match = pattern.match(old.name)
        if match is None or not old.is_file():
            continue
        make_private_dir(folder)
        mark = "" if quick_check(old) else DAMAGED_MARK
        dest = folder / f"{match.group(1)}-{match.group(2)}{mark}.sqlite3"
        if dest.exists():
            continue
        os.replace(old, dest)
        os.chmod(dest, PRIVATE_FILE)
        moved += 1
    return moved


def _copy_through_sqlite(db_path: Path, tmp: Path) -> None:
    src = sqlite3.connect(str(db_path))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            # A copy is a single file: no WAL to carry along or lose.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def _new_name(reason: str, damaged: bool) -> str:
    stamp = datetime.now().strftime(_STAMP)
    tag = _SAFE.sub("-", reason).strip("-") or "backup"
    return f"{stamp}-{tag}{DAMAGED_MARK if damaged else ''}.sqlite3"


def take_backup(db_path: Path, reason: str, keep: int | None = DEFAULT_KEEP) -> BackupInfo:
    """Copy the database into its backups folder, check the copy, then rotate.

    A copy that fails its check is kept under a damaged name (its rows may
    still be rescued) and never counts against the good ones. *keep* None:
    no rotation (the next ordinary backup rotates with the setting).
    """
    folder = prepare_backup_dir(db_path)
    tmp = folder / f".{_new_name(reason, False)}{PART_SUFFIX}"
    try:
        _copy_through_sqlite(db_path, tmp)
        os.chmod(tmp, PRIVATE_FILE)
        damaged = not quick_check(tmp)
        dest = folder / _new_name(reason, damaged)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if keep is not None:
        rotate(db_path, keep)
    info = _parse(dest)
    assert info is not None
    return info


def keep_raw_copy(db_path: Path, reason: str) -> BackupInfo:
    """Copy the file byte for byte (SQLite cannot read it) under a damaged name."""
    folder = prepare_backup_dir(db_path)
    dest = folder / _new_name(reason, damaged=True)
    tmp = folder / f".{dest.name}{PART_SUFFIX}"
    try:
        shutil.copyfile(db_path, tmp)
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    info = _parse(dest)
    assert info is not None
    return info


def automatic_backup(db_path: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Back up with a timestamped name and rotate; returns the new file's path."""
    return take_backup(db_path, reason, keep).path


def backup_infos(db_path: Path) -> list[BackupInfo]:
    """Every backup of this database (good and damaged), oldest first."""
    return backup_infos_in(backup_dir_for(db_path))


def backup_infos_in(folder: Path) -> list[BackupInfo]:
    """Every backup file in *folder*, oldest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := _parse(p)) is not None]
    return sorted(found, key=lambda i: (i.taken_at, i.path.name))


def list_backups(db_path: Path) -> list[Path]:
    """The good backups of this database, oldest first."""
    return [i.path for i in backup_infos(db_path) if i.ok]


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passed its check and still passes it now."""
    for info in reversed(backup_infos(db_path)):
        if info.ok and quick_check(info.path):
            return info
    return None


def rotate(db_path: Path, keep: int) -> None:
    """Delete the oldest good backups beyond *keep*, and likewise the oldest damaged ones."""
    keep = max(1, keep)
    infos = backup_infos(db_path)
    for damaged in (False, True):
        group = [i for i in infos if i.damaged is damaged]
        for old in group[: max(0, len(group) - keep)]:
            old.path.unlink(missing_ok=True)
