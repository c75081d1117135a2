"""Ask what to do with edits not saved yet before showing something else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_leave(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """True when the editor may move on: saved now, discarded, or nothing to keep."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return save()
    return answer == buttons.Discard
