"""Import wizard, page 4: every row as it will be imported, problems and duplicates,
with a choice per duplicate. Confirming runs the import in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.importing import (
    Decision,
    ImportSummary,
    build_preview,
    import_registrations,
)
from lacworkshop.services.operations import OpResult
from lacworkshop.services.operations import Progress as OpProgress
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.import_gender_mapping import GenderMappingBox
from lacworkshop.ui.dialogs.import_wizard_layout import WARNING_STYLE
from lacworkshop.ui.dialogs.import_wizard_preview_model import (
    ACTION,
    GENDER,
    LANGUAGE,
    PROBLEMS,
    AttentionFilter,
    DecisionDelegate,
    LanguageDelegate,
    PreviewModel,
)
from lacworkshop.ui.dialogs.import_wizard_state import WizardState
from lacworkshop.ui.error_reporting import show_error
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.tasks import TaskHandle

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
        for decision, label in (
            (Decision.LINK, self.tr("Link to the existing person")),
            (Decision.UPDATE, self.tr("Update the existing person")),
            (Decision.SKIP, self.tr("Skip")),
        ):
            self.all_duplicates.addItem(label, decision.value)
        self.all_duplicates.activated.connect(self._apply_to_all)
        bar.addWidget(self.all_duplicates)
        bar.addStretch(1)
        self.only_attention = QCheckBox(self.tr("Only rows that need attention"), self)
        self.only_attention.toggled.connect(self._filter)
        bar.addWidget(self.only_attention)
        layout.addLayout(bar)
        self.checked_in = QCheckBox(
            self.tr(
                "People checked in on the registration platform were present at the first session"
            ),
            self,
        )
        self.checked_in.setObjectName("import_checked_in_attendance")
        self.checked_in.toggled.connect(self._checked_in_chosen)
        layout.addWidget(self.checked_in)
        self.gender_box = GenderMappingBox(self)
        layout.addWidget(self.gender_box)
        self.model = PreviewModel(self)
        # Filtering through a proxy, not by hiding rows one by one: one call, not one per row.
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.grid = QTableView(self)
        self.grid.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.grid.setObjectName("import_preview")
        self.grid.setModel(self.proxy)
        self.grid.setItemDelegateForColumn(ACTION, DecisionDelegate(self.grid))
        self.grid.setItemDelegateForColumn(LANGUAGE, LanguageDelegate(self.grid))
        self.grid.setEditTriggers(
            QTableView.EditTrigger.CurrentChanged
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.DoubleClicked
        )
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.setWordWrap(False)
        self.grid.setAlternatingRowColors(False)
        layout.addWidget(self.grid, 1)

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
                system=self.state.plan.system if self.state.plan is not None else None,
            )
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot prepare the import"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        # Only offered when the file says who checked in.
        self.checked_in.setVisible(any(c.checked_in for c in self.state.preview.candidates))
        self.checked_in.setChecked(self.state.checked_in_attendance)
        self._fill()

    def _checked_in_chosen(self, on: bool) -> None:
        self.state.checked_in_attendance = on

    def _fill(self) -> None:
        preview = self.state.preview
        assert preview is not None
        self.gender_box.set_preview(preview, self._genders_mapped)
        self._show_counts()
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
        self.model.set_rows(preview.candidates)
        self.grid.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.grid.setColumnWidth(col, min(self.grid.columnWidth(col), MAX_COLUMN_WIDTH))
        self._filter(self.only_attention.isChecked())

    def _show_counts(self) -> None:
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
            + self._column_lines()
        )

    def _column_lines(self) -> str:
        """The system recognised and the columns that competed, as the column page said."""
        plan, layout = self.state.plan, self.state.layout
        if plan is None or layout is None:
            return ""
        lines = [self.tr("Exported from {system}.").format(system=plan.system_name)]
        lines += [
            f"• {note.text(layout.headers, window=True)}"
            for note in plan.notes
            if note.kind == "compete"
        ]
        return "\n" + "\n".join(lines)

    def _genders_mapped(self) -> None:
        self._show_counts()
        self.model.refresh_column(GENDER)
        self.model.refresh_column(PROBLEMS)

    def duplicate_rows(self) -> list[int]:
        """File row numbers whose Action can be chosen."""
        return [c.row for c in self.model.rows if c.is_duplicate and not c.blocked]

    def set_decision(self, row: int, decision: Decision) -> None:
        """Choose what happens to the duplicate on file row *row*."""
        index = self.model.index(self.model.row_of(row), ACTION)  # a source index
        if not self.model.setData(index, decision.value):
            raise ValueError(f"{decision.value} is not a choice for row {row}")

    def _apply_to_all(self) -> None:
        assert self.state.preview is not None
        self.state.preview.set_duplicate_decision(Decision(self.all_duplicates.currentData()))
        self.model.refresh_column(ACTION)

    def _filter(self, only: bool) -> None:
        self.proxy.set_only_attention(only)

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
        assert self.state.layout is not None and self.state.mapping is not None
        db, headers, mapping = self.ctx.db, self.state.layout.headers, self.state.mapping
        checked_in = self.state.checked_in_attendance and self.checked_in.isVisible()

        def task(progress: OpProgress) -> OpResult[ImportSummary]:
            return import_registrations(
                db, preview, headers, mapping, checked_in_attendance=checked_in, progress=progress
            )

        running = run_operation(
            self.ctx,
            self,
            task,
            title=self.tr("Import"),
            label=self.tr("Importing…"),
            show_messages=False,  # the service's step names are not for people
            maximum=max(1, len(preview.candidates)),
            on_done=self._succeeded,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
        running.dialog.setObjectName("import_progress")
        self.progress_dialog = running.dialog
        self.handle = running.handle
        running.handle.finished.connect(self._finished)

    def _finished(self) -> None:
        # The progress dialog closes and deletes itself when the task ends.
        self.progress_dialog = None
        self.handle = None

    def _succeeded(self, summary: ImportSummary) -> None:
        self.state.summary = summary
        self._imported = True
        self.ctx.status_message.emit(summary.line())
        self._finished()
        self.wizard().next()

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        # The import is one transaction: whatever failed, nothing was written.
        show_error(self, self.tr("Import failed"), exc)

    def _cancelled(self) -> None:
        self._finished()
        QMessageBox.information(
            self,
            self.tr("Import cancelled"),
            self.tr("The import was cancelled; nothing was written."),
        )
