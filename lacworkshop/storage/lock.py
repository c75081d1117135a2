"""One writer per database file: a second instance is told so at once.

The lock is an OS file lock (flock / LockFileEx through filelock), so the
kernel drops it when the holding process dies: a lock left by a crashed
process is recovered by simply taking it again.

Two locks are held. ``<db>.lock`` sits beside the resolved path (so every
symbolic link to the file meets it) and records who holds it; a second one,
named after the file's device and inode in the user's state folder, is met by
every hard link to the file as well.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from lacworkshop.errors import message_text
from lacworkshop.storage.errors import DatabaseLockedError
from lacworkshop.storage.paths import state_dir
from lacworkshop.storage.private_files import PRIVATE_FILE, make_private_dir, make_private_file


def identity_lock_path(db_path: Path) -> Path | None:
    """Where the lock on the file's identity lives, or None when it cannot be known."""
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    return state_dir() / "locks" / f"{st.st_dev}-{st.st_ino}.lock"


class DatabaseLock:
    """Exclusive hold on ``<db>.lock`` and on the file's identity; pid written beside it."""

    def __init__(self, db_path: Path) -> None:
        db_path = Path(os.path.realpath(db_path))
        self.db_path = db_path
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.info_path = db_path.with_name(db_path.name + ".lock.json")
        self._lock = FileLock(str(self.lock_path), timeout=0, mode=PRIVATE_FILE)
        self._identity: FileLock | None = None

    def _refuse(self) -> DatabaseLockedError:
        return DatabaseLockedError("db.locked", path=self.db_path, holder=self._read_holder())

    def _acquire_identity(self) -> None:
        path = identity_lock_path(self.db_path)
        if path is None:
            return
        try:
            make_private_dir(path.parent)
        except OSError:
            return  # no state folder (read-only home): the lock beside the file still holds
        lock = FileLock(str(path), timeout=0, mode=PRIVATE_FILE)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise self._refuse() from None
        self._identity = lock

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise self._refuse() from None
        try:
            self._acquire_identity()
        except BaseException:
            self._lock.release()
            raise
        make_private_file(self.lock_path)
        info = {"pid": os.getpid(), "host": socket.gethostname()}
        fd = os.open(self.info_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(info))
        make_private_file(self.info_path)

    def _read_holder(self) -> str:
        try:
            info = json.loads(self.info_path.read_text(encoding="utf-8"))
            return message_text("db.lock_holder", pid=int(info["pid"]), host=info["host"])
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    def release(self) -> None:
        if self._identity is not None and self._identity.is_locked:
            self._identity.release()
        self._identity = None
        if self._lock.is_locked:
            try:
                self.info_path.unlink(missing_ok=True)
            finally:
                self._lock.release()

    @property
    def is_locked(self) -> bool:
        return bool(self._lock.is_locked)
