"""Import wizard, page 4: every row as it will be imported, problems and duplicates,
with a choice per duplicate. Confirming runs the import in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.import_mapping import remember_mapping
from lacworkshop.services.import_preview import Candidate, Decision, build_preview
from lacworkshop.services.importing import ImportSummary, run_import
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.import_wizard_layout import WARNING_STYLE
from lacworkshop.ui.dialogs.import_wizard_state import WizardState
from lacworkshop.ui.tasks import Progress, TaskHandle

BLOCKED = QColor("#f8d7da")
WARNED = QColor("#fff4d6")
DUPLICATE = QColor("#dde7f0")
COLUMNS = 9
ACTION_COLUMN = 1  # beside the row number, where it is seen without scrolling
MAX_COLUMN_WIDTH = 240


class PreviewPage(QWizardPage):
    def __init__(self, ctx: AppContext, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.handle: TaskHandle | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._imported = False
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Check the rows, then press Import.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("import_counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.warning = QLabel(self)
        self.warning.setObjectName("import_preview_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warning)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("People already in the database:"), self))
        self.all_duplicates = QComboBox(self)
        self.all_duplicates.setObjectName("import_all_duplicates")
        self._add_decisions(self.all_duplicates)
        self.all_duplicates.activated.connect(self._apply_to_all)
        bar.addWidget(self.all_duplicates)
        bar.addStretch(1)
        self.only_attention = QCheckBox(self.tr("Only rows that need attention"), self)
        self.only_attention.toggled.connect(self._filter)
        bar.addWidget(self.only_attention)
        layout.addLayout(bar)
        self.grid = QTableWidget(self)
        self.grid.setObjectName("import_preview")
        self.grid.setColumnCount(COLUMNS)
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Given names"),
                self.tr("Family names"),
                self.tr("Email"),
                self.tr("Country"),
                self.tr("Already known as"),
                self.tr("Problems"),
                self.tr("Organisation"),
            ]
        )
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.grid, 1)
        self.action_combos: dict[int, QComboBox] = {}

    def _add_decisions(self, combo: QComboBox, in_file: bool = False) -> None:
        if in_file:
            combo.addItem(self.tr("Skip (same person)"), Decision.SKIP.value)
            combo.addItem(self.tr("Merge into the earlier row"), Decision.UPDATE.value)
            return
        combo.addItem(self.tr("Link to the existing person"), Decision.LINK.value)
        combo.addItem(self.tr("Update the existing person"), Decision.UPDATE.value)
        combo.addItem(self.tr("Skip"), Decision.SKIP.value)

    def initializePage(self) -> None:
        self._imported = False
        table, layout, mapping = self.state.table, self.state.layout, self.state.mapping
        assert table is not None and layout is not None and mapping is not None
        assert self.state.workshop_id is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.state.preview = build_preview(
                self.ctx.db,
                table,
                layout,
                mapping,
                self.state.workshop_id,
                role=self.state.role,
                track=self.state.track_name,
            )
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot prepare the import"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self._fill()

    def _fill(self) -> None:
        preview = self.state.preview
        assert preview is not None
        counts = preview.counts()
        self.counts.setText(
            self.tr(
                "{rows} rows under the header on row {header} of {file} ({sheet}): "
                "{new} new people, {dups} duplicates, {blocked} cannot be imported, "
                "{warnings} with warnings. Workshop {workshop}."
            ).format(
                rows=counts["rows"],
                header=preview.layout.header_row,
                file=preview.source,
                sheet=preview.sheet,
                new=counts["new"],
                dups=counts["duplicates"],
                blocked=counts["blocked"],
                warnings=counts["warnings"],
                workshop=preview.workshop_code,
            )
        )
        table = self.state.table
        if table is not None and table.kind == "csv" and not table.encoding_certain:
            self.warning.setText(
                self.tr(
                    "The text encoding was guessed ({enc}), not known. If names look wrong, go "
                    "Back and choose another encoding; rows with garbled text are not imported."
                ).format(enc=table.encoding)
            )
            self.warning.show()
        else:
            self.warning.hide()
        self.grid.setRowCount(len(preview.candidates))
        self.action_combos = {}
        for r, c in enumerate(preview.candidates):
            self._fill_row(r, c)
        self.grid.resizeColumnsToContents()
        for col in range(COLUMNS):
            self.grid.setColumnWidth(col, min(self.grid.columnWidth(col), MAX_COLUMN_WIDTH))
        self._filter(self.only_attention.isChecked())

    def _fill_row(self, r: int, c: Candidate) -> None:
        v = c.values
        problems = "; ".join(p.message for p in c.problems)
        known = ""
        if c.match is not None:
            known = f"{c.match.display_name} ({c.match.reason})"
            if c.match.in_workshop:
                known += " · " + self.tr("already in this workshop")
        elif c.same_as_row is not None:
            known = self.tr("row {row} ({why})").format(row=c.same_as_row, why=c.same_reason)
        texts = {
            0: str(c.row),
            2: v.get("given_names") or "",
            3: v.get("family_names") or "",
            4: v.get("email") or "",
            5: v.get("country") or "",
            6: known,
            7: problems,
            8: v.get("organisation") or "",
        }
        colour = (
            BLOCKED
            if c.blocked
            else DUPLICATE
            if c.is_duplicate
            else WARNED
            if c.problems
            else None
        )
        for col, text in texts.items():
            item = QTableWidgetItem(text)
            if colour is not None:
                item.setBackground(QBrush(colour))
            self.grid.setItem(r, col, item)
        if c.blocked:
            self.grid.setItem(r, ACTION_COLUMN, QTableWidgetItem(self.tr("Not imported")))
        elif c.is_duplicate:
            combo = QComboBox(self.grid)
            self._add_decisions(combo, in_file=c.same_as_row is not None)
            combo.setCurrentIndex(max(0, combo.findData(c.decision.value)))
            combo.currentIndexChanged.connect(
                lambda _i, cand=c, box=combo: setattr(cand, "decision", Decision(box.currentData()))
            )
            self.grid.setCellWidget(r, ACTION_COLUMN, combo)
            self.action_combos[c.row] = combo
        else:
            self.grid.setItem(r, ACTION_COLUMN, QTableWidgetItem(self.tr("New person")))

    def set_decision(self, row: int, decision: Decision) -> None:
        """Choose what happens to the duplicate on file row *row*."""
        combo = self.action_combos[row]
        combo.setCurrentIndex(combo.findData(decision.value))

    def _apply_to_all(self) -> None:
        decision = Decision(self.all_duplicates.currentData())
        assert self.state.preview is not None
        for c in self.state.preview.candidates:
            if c.match is not None and c.row in self.action_combos:
                self.set_decision(c.row, decision)

    def _filter(self, only: bool) -> None:
        if self.state.preview is None:
            return
        for r, c in enumerate(self.state.preview.candidates):
            self.grid.setRowHidden(r, only and not (c.problems or c.is_duplicate))

    # ----- running the import ----------------------------------------------------
    def validatePage(self) -> bool:
        if self._imported:
            return True
        if self.state.preview is None or self.handle is not None:
            return False
        self._start_import()
        return False

    def _start_import(self) -> None:
        preview = self.state.preview
        assert preview is not None
        db = self.ctx.db
        total = max(1, len(preview.candidates))
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, total, self)
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog

        def task(progress: Progress) -> ImportSummary:
            return run_import(db, preview, progress=progress.report, check_cancel=progress.check)

        handle = self.ctx.runner.start(task)
        self.handle = handle
        dialog.canceled.connect(handle.cancel)
        handle.progressed.connect(lambda done, _total, _msg: dialog.setValue(min(done, total)))
        handle.succeeded.connect(self._succeeded)
        handle.failed.connect(self._failed)
        handle.cancelled.connect(self._cancelled)
        handle.finished.connect(self._finished)

    def _finished(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.handle = None

    def _succeeded(self, summary: ImportSummary) -> None:
        assert self.state.layout is not None and self.state.mapping is not None
        self.state.summary = summary
        remember_mapping(self.ctx.db, self.state.layout.headers, self.state.mapping)
        self._imported = True
        self.ctx.notify("people", "participations")
        self.ctx.status_message.emit(summary.line())
        self._finished()
        self.wizard().next()

    def _failed(self, exc: object, _trace: str) -> None:
        self._finished()
        QMessageBox.critical(
            self,
            self.tr("Import failed"),
            self.tr("The import failed and nothing was written:\n{error}").format(error=exc),
        )

    def _cancelled(self) -> None:
        self._finished()
        QMessageBox.information(
            self,
            self.tr("Import cancelled"),
            self.tr("The import was cancelled; nothing was written."),
        )
