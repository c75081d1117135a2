"""The Attendance page's files: export the register, import it back, print sign-in sheets.

Writing and reading files runs on the task runner with a progress dialog. The
box knows nothing of the page: it asks *current* what the page shows (a
:class:`RegisterView`), and hands the marks an import brings back through
:attr:`AttendanceFiles.marks_imported`, which the page applies so that one undo
takes them back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from lacworkshop.services.attendance import (
    CellKey,
    CellState,
    ImportPreview,
    RegisterReading,
    RegisterWritten,
    SigninResult,
    print_signin_sheets,
    read_attendance_register,
    write_attendance_register,
)
from lacworkshop.services.operations import OpResult, Progress
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.register_import_dialog import RegisterImportDialog
from lacworkshop.ui.dialogs.signin_sheets_dialog import SigninSheetsDialog
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path


@dataclass(frozen=True)
class RegisterView:
    """What the attendance page shows now, as much as its files need to know."""

    workshop_id: int | None = None
    workshop_code: str = ""
    grid_workshop_id: int | None = None  # the workshop whose grid is loaded, if any
    tracks: list[str] = field(default_factory=list)
    current_track: str = ""
    days: list[date] = field(default_factory=list)


class AttendanceFiles(QObject):
    """The Export, Import and Sign-in sheets buttons and the jobs behind them."""

    marks_imported = Signal(object, str, str)  # cells (CellKey -> CellState), undo text, reason

    def __init__(
        self, ctx: AppContext, parent: QWidget, current: Callable[[], RegisterView]
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.current = current
        self.export_button = QPushButton(self.tr("Export register…"))
        self.import_button = QPushButton(self.tr("Import register…"))
        self.signin_button = QPushButton(self.tr("Sign-in sheets…"))
        self.export_button.clicked.connect(self.export_register)
        self.import_button.clicked.connect(self.import_register)
        self.signin_button.clicked.connect(self.signin_sheets)
        self.last_result: Any = None

    def buttons(self) -> list[QPushButton]:
        return [self.export_button, self.import_button, self.signin_button]

    def _run(
        self,
        title: str,
        label: str,
        operation: Callable[[Progress], OpResult[Any]],
        done: Callable[[Any], None],
    ) -> None:
        def succeeded(value: Any) -> None:
            self.last_result = value
            done(value)

        run_operation(
            self.ctx,
            self.parent_widget,
            operation,
            title=title,
            label=label,
            on_done=succeeded,
            minimum_duration=400,
        )

    def export_register(self) -> None:
        view = self.current()
        wid = view.workshop_id
        if wid is None:
            return
        path = ask_save_path(
            self.parent_widget,
            self.tr("Export attendance register"),
            suggested_path(f"{view.workshop_code}-attendance.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        db = self.ctx.db

        def done(written: RegisterWritten) -> None:
            self.ctx.status_message.emit(self.tr("Register written to %1").replace("%1", path))
            if written.warnings:
                QMessageBox.information(
                    self.parent_widget, self.tr("Register"), "\n".join(written.warnings[:20])
                )

        self._run(
            self.tr("Export attendance register"),
            self.tr("Writing the register…"),
            lambda p: write_attendance_register(db, wid, path, progress=p),
            done,
        )

    def import_register(self, path: str | None = None) -> None:
        wid = self.current().workshop_id
        if wid is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Import attendance register"),
                "",
                self.tr("Excel workbook (*.xlsx *.xlsm)"),
            )
        if not path:
            return
        db = self.ctx.db
        chosen = path

        def read(reading: RegisterReading) -> None:
            self._confirm_import(wid, reading.preview, reading.cells)

        self._run(
            self.tr("Reading the register"),
            self.tr("Reading the register"),
            lambda p: read_attendance_register(db, wid, chosen, progress=p),
            read,
        )

    def _confirm_import(
        self, workshop_id: int, preview: ImportPreview, cells: Mapping[CellKey, CellState]
    ) -> None:
        dialog = RegisterImportDialog(preview, self.parent_widget)
        if dialog.exec() != RegisterImportDialog.DialogCode.Accepted or not preview.changes:
            return
        if self.current().grid_workshop_id != workshop_id:
            return  # another workshop is on the page now: its grid is not this register's
        text = self.tr("Import %1").replace("%1", Path(preview.file_name).name)
        self.marks_imported.emit(dict(cells), text, f"register {preview.file_name}")
        self.ctx.status_message.emit(self.tr("%1 mark(s) imported").replace("%1", str(len(cells))))

    def signin_sheets(self) -> None:
        view = self.current()
        wid = view.workshop_id
        if wid is None or view.grid_workshop_id is None:
            return
        dialog = SigninSheetsDialog(view.tracks, view.days, view.current_track, self.parent_widget)
        if dialog.exec() != SigninSheetsDialog.DialogCode.Accepted:
            return
        path = ask_save_path(
            self.parent_widget,
            self.tr("Save sign-in sheets"),
            suggested_path(f"{view.workshop_code}-sign-in.pdf"),
            self.tr("PDF document (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        db = self.ctx.db
        track, day, paper, language = (
            dialog.track(),
            dialog.day(),
            dialog.paper(),
            dialog.language(),
        )

        def done(result: SigninResult) -> None:
            self.ctx.status_message.emit(
                self.tr("%1 sign-in sheet(s) written to %2")
                .replace("%1", str(result.sections))
                .replace("%2", path)
            )
            if result.warnings:
                QMessageBox.warning(
                    self.parent_widget, self.tr("Sign-in sheets"), "\n".join(result.warnings)
                )

        self._run(
            self.tr("Sign-in sheets"),
            self.tr("Drawing the sheets…"),
            lambda p: print_signin_sheets(db, wid, path, track, day, paper, language, progress=p),
            done,
        )
