"""Save dialogs: where they start, and the file type they end with.

A bare file name would start the dialog in whatever folder the program was
launched from, which on a desktop is rarely where the organiser keeps files;
so dialogs start at a full path in the user's documents, named after the
workshop.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lacworkshop.formats.writing import is_protected

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_path(file_name: str) -> str:
    """*file_name* (made safe for every file system) in Documents, else the home folder."""
    safe = _UNSAFE.sub("-", file_name).strip(" .") or "lacworkshop"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / safe)


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, file_filter: str, suffix: str
) -> str | None:
    """The path the person chose, ending in *suffix* (".xlsx"); None when they cancelled.

    The suffix is added when the name was typed without it, so the file opens
    in the program its type belongs to. The database, its companion files and
    its backups are refused with a message, and the question asked again.
    """
    while True:
        path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        if not refused_as_output(parent, caption, path):
            return path
        suggested = suggested_path(Path(suggested).name)


def refused_as_output(parent: QWidget | None, caption: str, path: str) -> bool:
    """True (after a plain message) when *path* is the open database or one of its backups."""
    if not is_protected(path):
        return False
    QMessageBox.warning(
        parent,
        caption,
        QCoreApplication.translate(
            "save_path", "{path} is the database or one of its backups. Choose another file."
        ).format(path=path),
    )
    return True
