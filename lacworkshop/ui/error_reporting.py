"""Unexpected errors in the GUI: a plain message for the person, the details to a log."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("lacworkshop")


def log_file() -> Path:
    folder = Path(platformdirs.user_log_dir("lacworkshop", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "lacworkshop.log"


def setup_logging() -> Path:
    path = log_file()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Something went wrong"), ""
    )
    box.setText(
        QCoreApplication.translate(
            "errors",
            "lacworkshop could not finish what you asked. Your data is safe: nothing "
            "half-done was saved. The details were written to {path}.",
        ).format(path=log_file())
    )
    box.setInformativeText(str(value) or kind.__name__)
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Show unexpected errors as a message (details folded away) instead of dying."""
    sys.excepthook = _hook
