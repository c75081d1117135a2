"""The one translation from an exception to what a person is told.

A :class:`~lacworkshop.errors.UserError` says its own message; what the
operating system or SQLite refuse for reasons a person can fix (permissions,
a read-only or full disk, a busy or damaged database) gets a message from the
catalogue too. Anything else is a bug: :func:`user_message` returns None and
the caller logs the traceback and apologises (:func:`apology`).
"""

from __future__ import annotations

import errno
import sqlite3

from lacworkshop.errors import UserError, message_language
from lacworkshop.formats.messages import message

# Fragments of SQLite's own messages (they are not translated by SQLite).
_SQLITE_PROBLEMS = (
    ("readonly database", "db.read_only"),
    ("database is locked", "db.busy"),
    ("database or disk is full", "db.disk_full"),
    ("disk i/o error", "db.damaged"),
    ("malformed", "db.damaged"),
    ("file is not a database", "db.damaged"),
    ("unable to open database file", "db.cannot_open"),
)
# errno -> (message naming the file, message when the error names none, as a write's does)
_OS_PROBLEMS = {
    errno.ENOSPC: ("os.disk_full", "db.disk_full"),
    errno.EDQUOT: ("os.disk_full", "db.disk_full"),
    errno.EROFS: ("os.read_only", "os.read_only_any"),
    errno.EACCES: ("os.permission_denied", "os.permission_denied_any"),
    errno.EPERM: ("os.permission_denied", "os.permission_denied_any"),
    errno.ENOENT: ("os.no_such_file", None),
    errno.EISDIR: ("os.is_a_folder", None),
}

# An OSError raised by code rather than by the system may carry no errno.
_ERRNO_OF_CLASS: dict[type[OSError], int] = {
    PermissionError: errno.EACCES,
    FileNotFoundError: errno.ENOENT,
    IsADirectoryError: errno.EISDIR,
}


def _sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, sqlite3.Error):
        return exc
    # SQLAlchemy wraps the driver's error in its own and keeps it as ``orig``.
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else None


def user_message(exc: BaseException, language: str | None = None) -> str | None:
    """One clear line for a problem the person can act on; None for a bug."""
    lang = language or message_language()
    if isinstance(exc, UserError):
        return exc.message(lang)
    cause = _sqlite_cause(exc)
    if isinstance(cause, sqlite3.OperationalError | sqlite3.DatabaseError):
        text = str(cause).lower()
        for fragment, key in _SQLITE_PROBLEMS:
            if fragment in text:
                return message(key, lang)
        return None
    if isinstance(exc, OSError) and exc.errno != errno.EPIPE:
        code = exc.errno or _ERRNO_OF_CLASS.get(type(exc), 0)
        with_path, without_path = _OS_PROBLEMS.get(code, ("os.other", None))
        # A rename names the temporary file first and the one the person chose second.
        path = exc.filename2 if exc.filename2 is not None else exc.filename
        if path is not None:
            return message(with_path, lang, path=path, reason=exc.strerror or exc)
        if without_path is not None:
            return message(without_path, lang)
    return None


def apology(log_path: object, language: str | None = None) -> str:
    """The plain apology for a bug, naming where the details were written."""
    return message("bug.apology", language or message_language(), log=log_path)
