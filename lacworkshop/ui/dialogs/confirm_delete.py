"""Ask before deleting, saying what goes with it and that Edit > Undo brings it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.services.data_safety import Impact, deletion_impact
from lacworkshop.services.operations import Change
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.undo_commands import delete_with_undo


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


def confirm_and_delete(
    ctx: AppContext,
    parent: QWidget | None,
    entity: str,
    entity_id: int,
    what: str,
    undo_text: Callable[[str], str],
    names: tuple[Change, ...] = (),
) -> bool:
    """Ask (saying what goes with the row), then delete it as one undo step.

    *what* names the kind of row in the question ("person"); *undo_text* words
    the undo step from the row's label. False when the person declines;
    ServiceError when the deletion is refused.
    """
    impact = deletion_impact(ctx.db, entity, entity_id)
    if not confirm_delete(parent, what, impact):
        return False
    delete_with_undo(ctx, entity, entity_id, undo_text(impact.label), names)
    return True
