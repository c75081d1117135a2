"""Which exceptions are a person's mistake, and how to say so in one line."""

from __future__ import annotations

from lacworkshop.services.errors import ServiceError
from lacworkshop.storage.errors import StorageError


def user_error_message(exc: BaseException) -> str | None:
    """One clear line for a user-facing error, or None for a bug (traceback)."""
    if isinstance(exc, ServiceError | StorageError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"no such file or folder: {exc.filename}"
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename} is a folder, not a file"
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename}"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}"
    return None
