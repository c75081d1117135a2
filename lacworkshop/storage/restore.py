"""Put a backup in the database's place, after keeping what is there now."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lacworkshop.storage import backup as backups
from lacworkshop.storage.errors import BackupError, NewerDatabaseError
from lacworkshop.storage.integrity import quick_check, schema_revision, table_counts
from lacworkshop.storage.lock import DatabaseLock
from lacworkshop.storage.migrate import alembic_config
from lacworkshop.storage.paths import backup_dir_for, resolved
from lacworkshop.storage.private_files import PRIVATE_FILE

COUNTED = ("workshop", "person", "certificate")


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, to decide before restoring it."""

    path: Path
    taken_at: datetime | None
    reason: str
    size: int
    ok: bool
    workshops: int
    people: int
    certificates: int


@dataclass(frozen=True)
class RestoreResult:
    """What restore did: the backup put in place and the copy of what was there before."""

    restored: Path
    previous: Path | None


def describe_backup(path: Path) -> BackupContents:
    """Date, check result and counts of workshops, people and certificates in *path*."""
    path = Path(path)
    info = next((i for i in backups.backup_infos_in(path.parent) if i.path == path), None)
    ok = quick_check(path)
    counts = table_counts(path, COUNTED) if ok else dict.fromkeys(COUNTED, 0)
    taken = info.taken_at if info else datetime.fromtimestamp(path.stat().st_mtime)
    return BackupContents(
        path,
        taken,
        info.reason if info else "",
        path.stat().st_size,
        ok,
        counts["workshop"],
        counts["person"],
        counts["certificate"],
    )


def _check_restorable(backup: Path) -> None:
    if not backup.is_file():
        raise BackupError("restore.no_such_backup", backup=str(backup))
    if not quick_check(backup):
        raise BackupError("restore.backup_failed_check", backup=str(backup))
    revision = schema_revision(backup)
    if revision is None:
        raise BackupError("restore.not_ours", backup=str(backup))
    # Alembic is loaded only here: opening the window must not pay for it.
    from alembic.script import ScriptDirectory

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception:
        raise NewerDatabaseError(
            "restore.backup_too_new", backup=str(backup), schema=revision
        ) from None


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_backup(db_path: Path, backup: Path) -> RestoreResult:
    """Replace the database at *db_path* with *backup*; the current file is backed up first.

    Works on a damaged database too (that is when it is needed): a file SQLite
    cannot copy is kept byte for byte under a damaged name. The database must
    not be open anywhere (its lock is taken for the whole operation).
    """
    db = resolved(db_path)
    backup = Path(backup).resolve()
    _check_restorable(backup)
    lock = DatabaseLock(db)
    lock.acquire()
    tmp = db.with_name(f".{db.name}.restore{backups.PART_SUFFIX}")
    try:
        # The chosen backup is copied aside first: the safety copy below must not be
        # able to rotate it away.
        shutil.copyfile(backup, tmp)
        os.chmod(tmp, PRIVATE_FILE)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        previous: Path | None = None
        if db.exists() and db.stat().st_size > 0:
            if quick_check(db, read_only=False):
                previous = backups.take_backup(db, "before restore", keep=None).path
            else:
                previous = backups.keep_raw_copy(db, "before restore").path
        # A WAL left beside the new file would be replayed into it: remove it first.
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db)
        _fsync_folder(db.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        lock.release()
    return RestoreResult(db, previous)


def find_backup(db_path: Path, which: str) -> Path:
    """The backup named by *which*: ``latest`` (newest good one), a file name or a path."""
    if which == "latest":
        latest = backups.latest_good_backup(db_path)
        if latest is None:
            raise BackupError("restore.no_good_backup", path=str(resolved(db_path)))
        return latest.path
    candidate = Path(which).expanduser()
    if not candidate.exists():
        own = backup_dir_for(db_path) / which
        if own.exists():
            return own
    return candidate
