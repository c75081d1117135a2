"""The Attendance page's files: export the register, import it back, print sign-in sheets.

Writing and reading files runs on the task runner with a progress dialog; the
marks an import applies go through the page, so one undo takes them back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from lacworkshop.services.attendance.grid import EMPTY, CellState, read_cells
from lacworkshop.services.attendance.register import export_register, preview_import
from lacworkshop.services.attendance.signin_sheets import write_signin_sheets
from lacworkshop.ui.dialogs.register_import_dialog import RegisterImportDialog
from lacworkshop.ui.dialogs.signin_sheets_dialog import SigninSheetsDialog
from lacworkshop.ui.tasks import Progress
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path
from lacworkshop.ui.widgets.task_progress import run_with_progress

if TYPE_CHECKING:
    from lacworkshop.ui.pages.attendance_page import AttendancePage


class AttendanceFiles(QObject):
    def __init__(self, page: AttendancePage) -> None:
        super().__init__(page)
        self.page = page
        self.export_button = QPushButton(self.tr("Export register…"))
        self.import_button = QPushButton(self.tr("Import register…"))
        self.signin_button = QPushButton(self.tr("Sign-in sheets…"))
        self.export_button.clicked.connect(self.export_register)
        self.import_button.clicked.connect(self.import_register)
        self.signin_button.clicked.connect(self.signin_sheets)
        self.last_result: Any = None

    def buttons(self) -> list[QPushButton]:
        return [self.export_button, self.import_button, self.signin_button]

    def _code(self) -> str:
        return self.page.workshop_box.currentText().split(" — ")[0]

    def _run(self, title: str, fn: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            self.last_result = result
            done(result)

        run_with_progress(
            self.page.ctx, self.page, fn, title=title, on_success=succeeded, minimum_duration=400
        )

    def export_register(self) -> None:
        wid = self.page.workshop_id()
        if wid is None:
            return
        path = ask_save_path(
            self.page,
            self.tr("Export attendance register"),
            suggested_path(f"{self._code()}-attendance.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        db = self.page.ctx.db

        def work(progress: Progress) -> list[str]:
            progress.report(0, 1, self.tr("Writing the register…"))
            return export_register(db, wid, path)

        def done(warnings: list[str]) -> None:
            self.page.ctx.status_message.emit(self.tr("Register written to %1").replace("%1", path))
            if warnings:
                QMessageBox.information(self.page, self.tr("Register"), "\n".join(warnings[:20]))

        self._run(self.tr("Export attendance register"), work, done)

    def import_register(self, path: str | None = None) -> None:
        wid = self.page.workshop_id()
        if wid is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.page,
                self.tr("Import attendance register"),
                "",
                self.tr("Excel workbook (*.xlsx *.xlsm)"),
            )
        if not path:
            return
        db = self.page.ctx.db
        self._run(
            self.tr("Reading the register"),
            lambda _progress: preview_import(db, wid, path),
            lambda preview: self._confirm_import(wid, preview),
        )

    def _confirm_import(self, workshop_id: int, preview: Any) -> None:
        dialog = RegisterImportDialog(preview, self.page)
        if dialog.exec() != RegisterImportDialog.DialogCode.Accepted or not preview.changes:
            return
        keys = [(c.participation_id, c.slot_id) for c in preview.changes]
        with self.page.ctx.db.session() as session:
            notes = read_cells(session, workshop_id, keys)
        changes = {
            (c.participation_id, c.slot_id): CellState(
                c.after, notes.get((c.participation_id, c.slot_id), EMPTY).note if c.after else None
            )
            for c in preview.changes
        }
        if self.page.model.grid is None or self.page.model.grid.workshop_id != workshop_id:
            return
        text = self.tr("Import %1").replace("%1", Path(preview.file_name).name)
        self.page.apply(changes, text, f"register {preview.file_name}")
        self.page.ctx.status_message.emit(
            self.tr("%1 mark(s) imported").replace("%1", str(len(changes)))
        )

    def signin_sheets(self) -> None:
        wid = self.page.workshop_id()
        grid = self.page.model.grid
        if wid is None or grid is None:
            return
        tracks = [self.page.track_box.itemText(i) for i in range(self.page.track_box.count())]
        days = sorted({s.date for s in grid.slots})
        dialog = SigninSheetsDialog(tracks, days, self.page.track_box.currentText(), self.page)
        if dialog.exec() != SigninSheetsDialog.DialogCode.Accepted:
            return
        path = ask_save_path(
            self.page,
            self.tr("Save sign-in sheets"),
            suggested_path(f"{self._code()}-sign-in.pdf"),
            self.tr("PDF document (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        db = self.page.ctx.db
        track, day, paper, language = (
            dialog.track(),
            dialog.day(),
            dialog.paper(),
            dialog.language(),
        )

        def work(progress: Progress) -> Any:
            progress.report(0, 1, self.tr("Drawing the sheets…"))
            return write_signin_sheets(db, wid, path, track, day, paper, language)

        def done(result: Any) -> None:
            self.page.ctx.status_message.emit(
                self.tr("%1 sign-in sheet(s) written to %2")
                .replace("%1", str(result.sections))
                .replace("%2", path)
            )
            if result.warnings:
                QMessageBox.warning(
                    self.page, self.tr("Sign-in sheets"), "\n".join(result.warnings)
                )

        self._run(self.tr("Sign-in sheets"), work, done)
