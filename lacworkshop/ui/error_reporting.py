"""Errors in the window: a plain message for the person, the details of a bug to a log.

One place decides what a person is told (``services.error_text``): a problem
they can fix is a plain warning in the interface language; anything else is
a bug, logged with its traceback (personal values masked) and shown as an
apology naming the log file, never as a traceback or ``repr`` in a dialog.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lacworkshop.services.error_text import apology, user_message
from lacworkshop.storage import log_file as _log_file

log = logging.getLogger("lacworkshop")


def log_file() -> Path:
    """The log file's path (its folder private to the user)."""
    return _log_file.log_file()


def setup_logging() -> Path:
    """Send log records to the private log file; returns its path."""
    return _log_file.setup_logging(log_file())


def log_bug(exc: BaseException, trace: str | None = None) -> None:
    """Write *exc* with its traceback to the log; *trace* when it was formatted elsewhere."""
    if getattr(exc, "_lacworkshop_logged", False):
        return
    with contextlib.suppress(OSError):
        setup_logging()
    # Marked, so a task's failure logged on arrival is not logged again when shown.
    with contextlib.suppress(AttributeError, TypeError):
        exc._lacworkshop_logged = True  # type: ignore[attr-defined]
    if trace:
        log.error("unexpected error\n%s", _masked(trace))
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))


def _masked(trace: str) -> str:
    from lacworkshop.storage.log_privacy import mask_traceback

    return mask_traceback(trace)


def error_text(exc: BaseException) -> str:
    """What to tell the person about *exc*: its message, or the apology for a bug."""
    return user_message(exc) or apology(log_file())


def show_error(
    parent: QWidget | None, title: str, exc: BaseException, trace: str | None = None
) -> None:
    """A warning for a problem the person can fix; for a bug, log it and apologise."""
    message = user_message(exc)
    if message is not None:
        QMessageBox.warning(parent, title, message)
        return
    log_bug(exc, trace)
    _apologise(parent, title)


def _apologise(parent: QWidget | None, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title or QCoreApplication.translate("errors", "Something went wrong"),
        apology(log_file()),
        parent=parent,
    )
    box.exec()


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if QApplication.instance() is None:
        log.error("unexpected error\n%s", _masked("".join(traceback.format_exception(value))))
        sys.__excepthook__(kind, value, tb)
        return
    message = user_message(value)
    if message is not None:
        QMessageBox.warning(None, QCoreApplication.translate("errors", "lacworkshop"), message)
        return
    log_bug(value)
    _apologise(None)


def install_excepthook() -> None:
    """Show unexpected errors as a message (details to the log) instead of dying."""
    sys.excepthook = _hook
