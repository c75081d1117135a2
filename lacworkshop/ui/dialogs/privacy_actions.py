"""Export personal data… and Erase personal data… for the person open in the People page.

The erasure asks first, saying what goes and what stays; it runs off the GUI
thread (the file is rewritten and backed up) and ends with a message that names
the backups still holding the person and warns that restoring one brings the
data back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lacworkshop.formats.text import filename_for
from lacworkshop.services.privacy import (
    ErasurePlan,
    ErasureResult,
    ExportSummary,
    erase_personal_data,
    export_personal_data,
    plan_erasure,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation


def export_personal_data_of(ctx: AppContext, parent: QWidget, person_id: int, name: str) -> None:
    """Ask where, then write everything held about the person as JSON."""
    title = QCoreApplication.translate("PrivacyActions", "Export personal data")
    suggested = filename_for(name, "json", fallback=f"person-{person_id}")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        QCoreApplication.translate("PrivacyActions", "JSON files (*.json)"),
    )
    if not path:
        return
    if not path.lower().endswith(".json"):
        path += ".json"

    db = ctx.db

    def done(result: ExportSummary) -> None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PrivacyActions",
                "Written: {path}\n{parts} participation(s), {marks} attendance mark(s), "
                "{certs} certificate(s), {audit} audit entries.",
            ).format(
                path=result.path,
                parts=result.participations,
                marks=result.attendance_marks,
                certs=result.certificates,
                audit=result.audit_entries,
            ),
        )

    run_operation(
        ctx,
        parent,
        lambda p: export_personal_data(db, str(person_id), path, p),
        title=title,
        on_done=done,
    )


def erase_personal_data_of(ctx: AppContext, parent: QWidget, person_id: int) -> None:
    """Confirm, then erase the person's data; the result lists the backups still holding it.

    What the erasure would touch is gathered off the GUI thread first: it reads
    every backup file of the database.
    """
    title = QCoreApplication.translate("PrivacyActions", "Erase personal data")

    db = ctx.db
    run_operation(
        ctx,
        parent,
        lambda p: plan_erasure(db, str(person_id), p),
        title=title,
        on_done=lambda plan: _confirm_and_erase(ctx, parent, plan, title),
    )


def _confirm_and_erase(ctx: AppContext, parent: QWidget, plan: ErasurePlan, title: str) -> None:
    if plan.already_erased:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("PrivacyActions", "This person's data was erased already."),
        )
        return
    question = QCoreApplication.translate(
        "PrivacyActions",
        "Erase the personal data of {name}? This cannot be undone.\n\n"
        "Goes: names, email, phone, organisation, document id, language, notes and consent, "
        "also where they were copied (attendance notes, certificate texts, the audit log).\n\n"
        "Stays, anonymised: {parts} participation(s) and {marks} attendance mark(s), with "
        "country and gender, so counts and statistics do not change; {certs} certificate(s), "
        "verifiable as issued with the holder's data erased.\n\n"
        "{backups} backup(s) still hold this person; restoring one brings the data back.",
    ).format(
        name=plan.name,
        parts=plan.participations,
        marks=plan.attendance_marks,
        certs=plan.certificates,
        backups=len(plan.backups_holding),
    )
    answer = QMessageBox.warning(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    person_id = plan.person_id

    def done(result: ErasureResult) -> None:
        # Undoing an earlier edit of this person would write their data back.
        ctx.undo_stack.clear()
        QMessageBox.information(parent, title, erasure_message(result))

    db = ctx.db
    run_operation(
        ctx, parent, lambda p: erase_personal_data(db, person_id, p), title=title, on_done=done
    )


def erasure_message(result: ErasureResult) -> str:
    """The result of an erasure for the person, with the backups that still hold the data."""
    lines = [
        QCoreApplication.translate(
            "PrivacyActions", "The personal data of person #{id} was erased."
        ).format(id=result.person_id)
    ]
    if not result.file_purged:
        lines.append(
            QCoreApplication.translate(
                "PrivacyActions",
                "Another program has the database open: old pages stay in its log until it closes.",
            )
        )
    if result.held:
        lines.append(
            QCoreApplication.translate("PrivacyActions", "These backups still hold the person:")
        )
        for held in result.held:
            lines.append(
                QCoreApplication.translate(
                    "PrivacyActions",
                    "{file}: removed by rotation after {n} more backup(s), about {date} "
                    "if one is taken every day",
                ).format(
                    file=Path(held.path).name,
                    n=held.backups_until_removed,
                    date=held.removed_by.isoformat(),
                )
            )
        lines.append(
            QCoreApplication.translate(
                "PrivacyActions",
                "Restoring one of them, or any older copy of the database, brings the erased "
                "data back: erase the person again after any restore.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("PrivacyActions", "No older backup holds this person.")
        )
    return "\n".join(lines)
