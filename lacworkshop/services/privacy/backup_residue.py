"""Which backups of a database still hold a person's data, and when rotation removes them.

Erasure cannot reach into backups without destroying them, and the law expects
organisers to know where the data still lives: each backup file is scanned for
the person's identifying bytes, and its removal is estimated from the number of
backups kept (rotation deletes the oldest) and the backup cadence (at most one
automatic backup a day, plus one before each import or migration).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from lacworkshop.services.data_safety import backups_kept, list_backups
from lacworkshop.storage import Database

_CHUNK = 1 << 20


@dataclass(frozen=True)
class HeldBackup:
    """A backup that still holds the person, and when rotation will have removed it."""

    path: Path
    taken_at: datetime
    backups_until_removed: int  # further backups after which rotation deletes it
    removed_by: date  # at one backup a day, the day it is gone at the latest


def file_holds(path: Path, needles: Iterable[bytes]) -> bool:
    """True when any of *needles* occurs in the file, read in bounded chunks."""
    wanted = [n for n in needles if n]
    if not wanted:
        return False
    overlap = max(len(n) for n in wanted) - 1
    tail = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                window = tail + chunk
                if any(n in window for n in wanted):
                    return True
                tail = window[-overlap:] if overlap else b""
    except OSError:
        return False
    return False


def needle_bytes(values: Iterable[str | None]) -> list[bytes]:
    """The UTF-8 bytes SQLite stores for each value worth searching for."""
    return sorted({v.encode("utf-8") for v in values if v and len(v) >= 3}, key=len)


def backups_holding(
    db: Database, values: Iterable[str | None], today: date | None = None
) -> list[HeldBackup]:
    """The backups of *db* (with any ``-wal`` beside them) that hold one of *values*."""
    needles = needle_bytes(values)
    backups = list_backups(db)  # oldest first: rotation removes from the front
    keep = backups_kept(db)
    day = today or date.today()
    held: list[HeldBackup] = []
    for index, path in enumerate(backups):
        wal = path.with_name(path.name + "-wal")
        if not (file_holds(path, needles) or (wal.exists() and file_holds(wal, needles))):
            continue
        until = max(1, keep - len(backups) + index + 1)
        held.append(
            HeldBackup(
                path,
                datetime.fromtimestamp(path.stat().st_mtime),
                until,
                day + timedelta(days=until),
            )
        )
    return held
