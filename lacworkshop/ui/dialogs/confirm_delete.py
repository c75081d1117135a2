"""Ask before deleting, saying what goes with it and that Edit > Undo brings it back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.services.deletion import Impact


def describe(impact: Impact) -> str:
    """One sentence per kind of dependent row, only those there are."""
    parts = []
    if impact.tracks:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} track(s)").format(n=impact.tracks)
        )
    if impact.slots:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} session(s)").format(n=impact.slots)
        )
    if impact.participations:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} participation(s)").format(
                n=impact.participations
            )
        )
    if impact.marks:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} attendance mark(s)").format(
                n=impact.marks
            )
        )
    if impact.certificates:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} issued certificate(s)").format(
                n=impact.certificates
            )
        )
    if impact.trainer_links:
        parts.append(
            QCoreApplication.translate("ConfirmDelete", "{n} trainer assignment(s)").format(
                n=impact.trainer_links
            )
        )
    if not parts:
        return QCoreApplication.translate("ConfirmDelete", "Nothing else depends on it.")
    return QCoreApplication.translate("ConfirmDelete", "This also deletes {items}.").format(
        items=", ".join(parts)
    )


def confirm_delete(parent: QWidget | None, what: str, impact: Impact) -> bool:
    """True when the person agrees to delete."""
    text = QCoreApplication.translate("ConfirmDelete", "Delete {what} “{label}”?").format(
        what=what, label=impact.label
    )
    info = (
        describe(impact)
        + "\n\n"
        + QCoreApplication.translate("ConfirmDelete", "You can take this back with Edit > Undo.")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ConfirmDelete", "Delete"),
        f"{text}\n\n{info}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
