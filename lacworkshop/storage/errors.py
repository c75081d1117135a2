"""Storage failures a person can act on: the one root's database errors under their names."""

from __future__ import annotations

from pathlib import Path

from lacworkshop.errors import Damaged, DatabaseProblem, Locked, TooNew

# The command line's exit code for a damaged database (or a backup that shows one).
EXIT_DAMAGED = 4

StorageError = DatabaseProblem
DatabaseLockedError = Locked
NewerDatabaseError = TooNew
NotADatabaseError = Damaged


class DamagedDatabaseError(Damaged):
    """The file is a database, or was one, but is damaged (truncated, bit-flipped, empty).

    Carries the database path and the latest good backup, so the window can
    offer to restore it and the command line can name it.
    """

    exit_code = EXIT_DAMAGED

    def __init__(self, key: str, path: Path, latest_backup: Path | None, **values: str) -> None:
        super().__init__(key, path=path, **values)
        self.path = path
        self.latest_backup = latest_backup


class BackupError(DatabaseProblem):
    """A backup could not be made or used as asked."""


class DamagedBackupError(BackupError):
    """A fresh backup failed its check: the database it was copied from is damaged."""

    exit_code = EXIT_DAMAGED


__all__ = [
    "EXIT_DAMAGED",
    "BackupError",
    "DamagedBackupError",
    "DamagedDatabaseError",
    "DatabaseLockedError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "StorageError",
]


class ConnectionLostError(DatabaseProblem):
    """The server connection dropped in the middle of a unit of work: it was rolled back.

    Nothing of it was saved; the next unit of work gets a fresh connection, so
    the same action can simply be done again (the form keeps what was typed).
    """
