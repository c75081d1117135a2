"""One writer per database file: a second instance is told so at once.

The lock is an OS file lock (flock / LockFileEx through filelock), so the
kernel drops it when the holding process dies: a lock left by a crashed
process is recovered by simply taking it again.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from lacworkshop.errors import message_text
from lacworkshop.storage.errors import DatabaseLockedError


class DatabaseLock:
    """Exclusive hold on ``<db>.lock``; the holder's pid is written beside it."""

    def __init__(self, db_path: Path) -> None:
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.info_path = db_path.with_name(db_path.name + ".lock.json")
        self._lock = FileLock(str(self.lock_path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            holder = self._read_holder()
            raise DatabaseLockedError(
                "db.locked", path=self.lock_path.with_suffix(""), holder=holder
            ) from None
        info = {"pid": os.getpid(), "host": socket.gethostname()}
        self.info_path.write_text(json.dumps(info), encoding="utf-8")

    def _read_holder(self) -> str:
        try:
            info = json.loads(self.info_path.read_text(encoding="utf-8"))
            return message_text("db.lock_holder", pid=int(info["pid"]), host=info["host"])
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                self.info_path.unlink(missing_ok=True)
            finally:
                self._lock.release()

    @property
    def is_locked(self) -> bool:
        return bool(self._lock.is_locked)
