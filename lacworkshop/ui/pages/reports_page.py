"""The Reports page: a workshop's or a series' numbers as tables and charts, and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change, Changes
from lacworkshop.services.reports import (
    ExportResult,
    Statistics,
    StatsDocument,
    export_statistics_workbook,
    list_series,
    series_statistics,
    stats_document,
    workshop_statistics,
)
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.export_people_dialog import LANGUAGES, ExportPeopleDialog
from lacworkshop.ui.dialogs.export_progress import run_export
from lacworkshop.ui.error_reporting import show_error
from lacworkshop.ui.tasks import Progress, TaskHandle
from lacworkshop.ui.widgets.country_combo import ui_language
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path
from lacworkshop.ui.widgets.stat_panel import StatPanel

INTERFACE_LANGUAGE = "interface"

CONCERNS = {
    Change.WORKSHOPS,
    Change.PEOPLE,
    Change.PARTICIPATIONS,
    Change.SLOTS,
    Change.ATTENDANCE,
    Change.CERTIFICATES,
    Change.DATABASE,
}


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document: StatsDocument | None = None
        self.stats: Statistics | None = None
        # Statistics are counted off the GUI thread; only the newest request is shown.
        self.busy = False
        self._request = 0
        self._task: TaskHandle | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Reports") + "</h2>", self))

        bar = QHBoxLayout()
        self.workshop_radio = QRadioButton(self.tr("Workshop:"), self)
        self.series_radio = QRadioButton(self.tr("Series (every edition):"), self)
        group = QButtonGroup(self)
        group.addButton(self.workshop_radio)
        group.addButton(self.series_radio)
        self.workshop_radio.setChecked(True)
        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setMinimumContentsLength(28)
        self.series_combo = QComboBox(self)
        self.series_combo.setMinimumContentsLength(14)
        self.language_combo = QComboBox(self)
        # Reports speak the interface language unless a document language is chosen.
        self.language_combo.addItem(self.tr("Interface language"), INTERFACE_LANGUAGE)
        self.language_combo.addItem(self.tr("Workshop language"), "")
        for code, name in zip(
            LANGUAGES,
            (self.tr("Spanish"), self.tr("Portuguese"), self.tr("English"), self.tr("French")),
            strict=True,
        ):
            self.language_combo.addItem(name, code)
        bar.addWidget(self.workshop_radio)
        bar.addWidget(self.workshop_combo, 2)
        bar.addWidget(self.series_radio)
        bar.addWidget(self.series_combo, 1)
        bar.addWidget(QLabel(self.tr("Language:"), self))
        bar.addWidget(self.language_combo)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.title_label = QLabel(self)
        actions.addWidget(self.title_label, 1)
        self.people_button = QPushButton(self.tr("Export attendee list…"), self)
        self.stats_button = QPushButton(self.tr("Export statistics (xlsx)…"), self)
        actions.addWidget(self.people_button)
        actions.addWidget(self.stats_button)
        layout.addLayout(actions)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.empty_label = QLabel(self.tr("There is no workshop yet."), self)
        layout.addWidget(self.empty_label)

        self.workshop_combo.currentIndexChanged.connect(self._subject_changed)
        self.series_combo.currentIndexChanged.connect(self._subject_changed)
        self.workshop_radio.toggled.connect(self._subject_changed)
        self.language_combo.currentIndexChanged.connect(self._show)
        self.people_button.clicked.connect(self.open_people_export)
        self.stats_button.clicked.connect(self.export_stats)
        ctx.changed.connect(self._on_changed)
        ctx.workshop_selected.connect(self._workshop_selected)
        self.reload_choices()

    # --- choices -----------------------------------------------------------
    def reload_choices(self) -> None:
        current_ws = self.workshop_combo.currentData()
        current_series = self.series_combo.currentText()
        for combo in (self.workshop_combo, self.series_combo):
            combo.blockSignals(True)
            combo.clear()
        for w in list_workshops(self.ctx.db):
            self.workshop_combo.addItem(f"{w.code} — {w.title}", w.id)
        for name in list_series(self.ctx.db):
            self.series_combo.addItem(name, name)
        wanted = current_ws or self.ctx.current_workshop_id
        if wanted is not None:
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(wanted)))
        if current_series:
            self.series_combo.setCurrentIndex(max(0, self.series_combo.findText(current_series)))
        for combo in (self.workshop_combo, self.series_combo):
            combo.blockSignals(False)
        self.series_radio.setEnabled(self.series_combo.count() > 0)
        self._subject_changed()

    def _workshop_selected(self, workshop_id: int) -> None:
        index = self.workshop_combo.findData(workshop_id)
        if index >= 0:
            self.workshop_radio.setChecked(True)
            self.workshop_combo.setCurrentIndex(index)

    def _on_changed(self, what: Changes) -> None:
        if not what & CONCERNS:
            return
        # reload_choices counts only when the page is visible; else it is marked stale.
        self.reload_choices()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._subject_changed()

    def workshop_id(self) -> int | None:
        data = self.workshop_combo.currentData()
        return int(data) if data is not None else None

    # --- statistics ----------------------------------------------------------
    def _subject_changed(self, *_args: object) -> None:
        by_series = self.series_radio.isChecked()
        self.workshop_combo.setEnabled(not by_series)
        self.series_combo.setEnabled(by_series)
        if not self.isVisible():
            # Counted when the page is shown: not at start-up, not for a page nobody sees.
            self._stale = True
            return
        db = self.ctx.db
        series = (
            self.series_combo.currentText() if by_series and self.series_combo.count() else None
        )
        workshop_id = self.workshop_id() if not by_series else None
        self._request += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if series is None and workshop_id is None:
            self.stats = None
            self._set_busy(False)
            self._show()
            return
        request = self._request

        def count(_progress: Progress) -> Statistics:
            if series is not None:
                return series_statistics(db, series)
            return workshop_statistics(db, workshop_id or 0)

        self._set_busy(True)
        task = self.ctx.runner.start(count)
        self._task = task
        task.succeeded.connect(lambda stats: self._counted(request, stats))
        task.failed.connect(lambda exc, _tb: self._count_failed(request, exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.tabs.setEnabled(not busy)
        self.stats_button.setEnabled(not busy and self.stats is not None)
        self.people_button.setEnabled(
            not busy and not self.series_radio.isChecked() and self.workshop_id() is not None
        )
        if busy:
            self.title_label.setText(self.tr("Counting…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _counted(self, request: int, stats: Statistics) -> None:
        if request != self._request:
            return  # an older request, overtaken by a newer choice
        self._task = None
        self.stats = stats
        self._set_busy(False)
        self._show()

    def _count_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._task = None
        self.stats = None
        self._set_busy(False)
        self._show()
        if isinstance(exc, ServiceError):
            self.ctx.status_message.emit(str(exc))
        else:
            show_error(self, self.tr("Reports"), exc)

    def chosen_language(self) -> str | None:
        """The reports' language: the interface's, a chosen one, or None (the workshop's)."""
        data = str(self.language_combo.currentData() or "")
        if data == INTERFACE_LANGUAGE:
            language = ui_language()
            return language if language in LANGUAGES else "en"
        return data or None

    def _show(self, *_args: object) -> None:
        current = self.tabs.currentIndex()
        while (widget := self.tabs.widget(0)) is not None:
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.stats_button.setEnabled(self.stats is not None and not self.busy)
        self.empty_label.setVisible(self.stats is None)
        self.tabs.setVisible(self.stats is not None)
        if self.stats is None:
            self.document = None
            self.title_label.clear()
            return
        language = self.chosen_language()
        self.document = stats_document(self.stats, language)
        self.title_label.setText(f"<b>{_escape(self.document.title)}</b>")
        for table in self.document.tables:
            self.tabs.addTab(StatPanel(table, self.tabs), table.title)
        self.tabs.setCurrentIndex(max(0, current))

    def panel(self, key: str) -> StatPanel:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, StatPanel) and widget.table.key == key:
                return widget
        raise KeyError(key)

    # --- exports -------------------------------------------------------------
    def open_people_export(self) -> None:
        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        ExportPeopleDialog(self.ctx, workshop_id, self).exec()

    def export_stats(self) -> None:
        if self.stats is None:
            return
        name = self.stats.subject.replace("/", "-").replace(" ", "-")
        path = ask_save_path(
            self,
            self.tr("Export statistics"),
            suggested_path(f"statistics-{name}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        db = self.ctx.db
        language = self.chosen_language()
        series = self.series_combo.currentText() if self.series_radio.isChecked() else None
        workshop_id = None if series else self.workshop_id()
        run_export(
            self.ctx,
            self,
            self.tr("Export statistics"),
            lambda progress: export_statistics_workbook(
                db,
                path,
                workshop_id=workshop_id,
                series=series,
                language=language,
                progress=progress,
            ),
            self._stats_exported,
        )

    def _stats_exported(self, result: ExportResult) -> None:
        self.ctx.status_message.emit(
            self.tr("Statistics written to {path}").format(path=result.path)
        )
        if result.warnings:
            QMessageBox.information(
                self, self.tr("Export statistics"), "\n".join(result.warnings[:20])
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ReportsPage(ctx, parent)
