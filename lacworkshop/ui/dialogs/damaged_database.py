"""A damaged database at open: say so plainly and offer the latest good backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.services.data_safety import restore
from lacworkshop.storage.errors import DamagedDatabaseError, StorageError


def offer_restore(error: DamagedDatabaseError, parent: QWidget | None = None) -> bool:
    """Explain *error*; True when the person chose to restore and it was restored."""
    title = QCoreApplication.translate("damaged_database", "The database is damaged")
    if error.latest_backup is None:
        QMessageBox.critical(parent, title, str(error))
        return False
    question = QCoreApplication.translate(
        "damaged_database",
        "{path} is damaged and cannot be opened. It was left untouched.\n\n"
        "The latest good backup is {backup}. Restore it now? The damaged file is "
        "kept beside the backups.",
    ).format(path=error.path, backup=error.latest_backup.name)
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore(error.path, str(error.latest_backup))
    except (StorageError, OSError) as exc:
        QMessageBox.critical(parent, title, str(exc))
        return False
    return True
