"""File > Export bundle… and Import bundle…: the bundle use cases run as operations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from lacworkshop.services.bundles import MergeReport, Side, export_bundle, merge_bundle
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation


def export_bundle_action(ctx: AppContext, parent: QWidget) -> None:
    """Ask what to export and where, then write the bundle."""
    from lacworkshop.ui.dialogs.bundle_export import BundleExportDialog

    dialog = BundleExportDialog(ctx.db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workshop is None:
        return
    code, track, path = dialog.workshop, dialog.track, dialog.path

    def done(result: object) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("bundle_actions", "Export bundle"),
            QCoreApplication.translate(
                "bundle_actions", "The bundle was written to {path}."
            ).format(path=path),
        )

    run_operation(
        ctx,
        parent,
        lambda p: export_bundle(ctx.db, code, path, track=track, progress=p),
        title=QCoreApplication.translate("bundle_actions", "Export bundle"),
        on_done=done,
    )


def _summary(report: MergeReport) -> str:
    return QCoreApplication.translate(
        "bundle_actions",
        "People: {pa} added, {pu} updated.\nParticipations: {ra} added, {ru} updated.\n"
        "Attendance marks: {ma} added, {mu} updated.\nConflicts decided: {c}.",
    ).format(
        pa=report.people.added,
        pu=report.people.updated,
        ra=report.participations.added,
        ru=report.participations.updated,
        ma=report.marks.added,
        mu=report.marks.updated,
        c=len(report.conflicts),
    ) + QCoreApplication.translate(
        "bundle_actions", "\nWorkshop details: {wu} updated. Sessions: {su} updated."
    ).format(wu=report.workshop_edits.updated, su=report.sessions.updated)


def import_bundle_action(ctx: AppContext, parent: QWidget, path: Path | None = None) -> None:
    """Look at the bundle first (a dry run); ask about conflicts; then merge it."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("bundle_actions", "Import bundle"),
            "",
            QCoreApplication.translate("bundle_actions", "Bundles (*.lwbundle);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    bundle = path

    def merged(report: MergeReport) -> None:
        QMessageBox.information(
            parent, QCoreApplication.translate("bundle_actions", "Import bundle"), _summary(report)
        )

    def looked(report: MergeReport) -> None:
        choices: dict[str, Side] = {}
        if report.conflicts:
            from lacworkshop.ui.dialogs.bundle_conflicts import BundleConflictsDialog

            dialog = BundleConflictsDialog(report, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choices = dialog.choices()
        run_operation(
            ctx,
            parent,
            lambda p: merge_bundle(ctx.db, bundle, choices=choices, progress=p),
            title=QCoreApplication.translate("bundle_actions", "Import bundle"),
            on_done=merged,
        )

    run_operation(
        ctx,
        parent,
        lambda p: merge_bundle(ctx.db, bundle, dry_run=True, progress=p),
        title=QCoreApplication.translate("bundle_actions", "Import bundle"),
        on_done=looked,
    )
