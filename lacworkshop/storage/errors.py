"""Storage failures a person can act on."""

from __future__ import annotations

from pathlib import Path

EXIT_DAMAGED = 4


class StorageError(Exception):
    """A problem with the database file, worded for the person using the app."""

    exit_code = 1


class DatabaseLockedError(StorageError):
    """Another lacworkshop process has the database open."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer lacworkshop."""


class NotADatabaseError(StorageError):
    """The file is not a lacworkshop database at all."""

    exit_code = EXIT_DAMAGED


class DamagedDatabaseError(NotADatabaseError):
    """The file is a database, or was one, but is damaged (truncated, bit-flipped, empty).

    Carries the database path and the latest good backup, so the window can
    offer to restore it and the command line can name it.
    """

    def __init__(self, message: str, path: Path, latest_backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.latest_backup = latest_backup


class BackupError(StorageError):
    """A backup could not be made or used as asked."""


class DamagedBackupError(BackupError):
    """A fresh backup failed its check: the database it was copied from is damaged."""

    exit_code = EXIT_DAMAGED
