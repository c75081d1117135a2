"""Export an attendee list: columns and their order, presets, filters, xlsx or CSV."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.reports import (
    DEFAULT_COLUMNS,
    FUNDER,
    VENUE,
    ExportResult,
    PeopleFilter,
    available_fields,
    delete_preset,
    export_attendee_list,
    list_presets,
    people_table,
    save_preset,
    track_names,
    workshop_language,
)
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.export_progress import run_export
from lacworkshop.ui.widgets.flow_layout import FlowLayout
from lacworkshop.ui.widgets.save_path import refused_as_output, suggested_path
from lacworkshop.ui.widgets.screen_fit import fit_to_screen

KEY = Qt.ItemDataRole.UserRole
LANGUAGES = ("es", "pt", "en", "fr")


class ExportPeopleDialog(QDialog):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export attendee list"))
        fit_to_screen(self, QSize(820, 560))
        layout = QVBoxLayout(self)

        # Preset, language and separator wrap onto more lines on a narrow screen.
        top_row = QWidget(self)
        top = FlowLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        self.preset_combo = QComboBox(self)
        self.save_preset_button = QPushButton(self.tr("Save as preset…"), self)
        self.delete_preset_button = QPushButton(self.tr("Delete preset"), self)
        preset_label = QLabel(self.tr("Preset:"), self)
        preset_parts = [preset_label, self.preset_combo]
        top.add_widget(
            _row(self, [*preset_parts, self.save_preset_button, self.delete_preset_button]), 1
        )
        language_label = QLabel(self.tr("Language of the file:"), self)
        self.language_combo = QComboBox(self)
        for code, name in zip(
            LANGUAGES,
            (self.tr("Spanish"), self.tr("Portuguese"), self.tr("English"), self.tr("French")),
            strict=True,
        ):
            self.language_combo.addItem(name, code)
        top.add_widget(_row(self, [language_label, self.language_combo]))
        delimiter_label = QLabel(self.tr("CSV separator:"), self)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.addItem(self.tr("Comma"), ",")
        self.delimiter_combo.addItem(self.tr("Semicolon"), ";")
        self.delimiter_combo.addItem(self.tr("Tab"), "\t")
        # Excel set to Spanish, Portuguese or French splits CSV files on semicolons.
        self.delimiter_combo.setToolTip(
            self.tr(
                "What separates the fields when the list is saved as CSV. Excel in Spanish, "
                "Portuguese or French opens a semicolon file in columns. Not used for xlsx."
            )
        )
        top.add_widget(_row(self, [delimiter_label, self.delimiter_combo]))
        layout.addWidget(top_row)

        columns_box = QGroupBox(self.tr("Columns (only these are written)"), self)
        grid = QGridLayout(columns_box)
        grid.addWidget(QLabel(self.tr("Available"), columns_box), 0, 0)
        grid.addWidget(QLabel(self.tr("In the file, in this order"), columns_box), 0, 2)
        self.available = QListWidget(columns_box)
        self.chosen = QListWidget(columns_box)
        self.chosen.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        grid.addWidget(self.available, 1, 0)
        grid.addWidget(self.chosen, 1, 2)
        moves = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add →"), columns_box)
        self.remove_button = QPushButton(self.tr("← Remove"), columns_box)
        self.up_button = QPushButton(self.tr("Move up"), columns_box)
        self.down_button = QPushButton(self.tr("Move down"), columns_box)
        moves.addStretch(1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            moves.addWidget(b)
        moves.addStretch(1)
        grid.addLayout(moves, 1, 1)
        layout.addWidget(columns_box, 1)

        filters_box = QGroupBox(self.tr("Who is in the list"), self)
        form = QFormLayout(filters_box)
        self.track_list = QListWidget(filters_box)
        self.track_list.setMaximumHeight(80)
        for name in track_names(ctx.db, workshop_id):
            item = QListWidgetItem(name, self.track_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form.addRow(self.tr("Tracks (none ticked: all):"), self.track_list)
        role_names = {
            Role.ATTENDEE: self.tr("Attendees"),
            Role.TRAINER: self.tr("Trainers"),
            Role.ORGANISER: self.tr("Organisers"),
            Role.STAFF: self.tr("Staff"),
        }
        self.role_checks = {r: QCheckBox(role_names[r], filters_box) for r in Role}
        form.addRow(self.tr("Roles:"), _row(filters_box, self.role_checks.values()))
        status_names = {
            ParticipationStatus.REGISTERED: self.tr("Registered"),
            ParticipationStatus.CONFIRMED: self.tr("Confirmed"),
            ParticipationStatus.WAITLISTED: self.tr("Waitlisted"),
            ParticipationStatus.CANCELLED: self.tr("Cancelled"),
        }
        self.status_checks = {
            s: QCheckBox(status_names[s], filters_box) for s in ParticipationStatus
        }
        form.addRow(self.tr("Status:"), _row(filters_box, self.status_checks.values()))
        self.eligible_combo = QComboBox(filters_box)
        self.eligible_combo.addItem(self.tr("Everyone"), None)
        self.eligible_combo.addItem(self.tr("Only those eligible for a certificate"), True)
        self.eligible_combo.addItem(self.tr("Only those not eligible"), False)
        form.addRow(self.tr("Certificate:"), self.eligible_combo)
        layout.addWidget(filters_box)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self._add)
        self.available.itemDoubleClicked.connect(lambda _i: self._add())
        self.remove_button.clicked.connect(self._remove)
        self.chosen.itemDoubleClicked.connect(lambda _i: self._remove())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.preset_combo.activated.connect(self._preset_chosen)
        self.save_preset_button.clicked.connect(self._save_preset)
        self.delete_preset_button.clicked.connect(self._delete_preset)
        self.language_combo.currentIndexChanged.connect(self._relabel)
        self.track_list.itemChanged.connect(lambda _i: self._count())
        for box in [*self.role_checks.values(), *self.status_checks.values()]:
            box.toggled.connect(lambda _on: self._count())
        self.eligible_combo.currentIndexChanged.connect(lambda _i: self._count())
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export)

        lang = workshop_language(ctx.db, workshop_id)
        self.language_combo.setCurrentIndex(
            max(0, LANGUAGES.index(lang) if lang in LANGUAGES else 0)
        )
        self._applying = False
        self.apply(DEFAULT_COLUMNS, PeopleFilter())
        self._fill_presets()

    # --- state -------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def delimiter(self) -> str:
        return str(self.delimiter_combo.currentData())

    def columns(self) -> tuple[str, ...]:
        return tuple(self.chosen.item(i).data(KEY) for i in range(self.chosen.count()))

    def filters(self) -> PeopleFilter:
        tracks = tuple(
            self.track_list.item(i).text()
            for i in range(self.track_list.count())
            if self.track_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return PeopleFilter(
            tracks=tracks,
            roles=tuple(r for r, c in self.role_checks.items() if c.isChecked()),
            statuses=tuple(s for s, c in self.status_checks.items() if c.isChecked()),
            eligible=self.eligible_combo.currentData(),
        )

    def apply(self, columns: tuple[str, ...], filters: PeopleFilter) -> None:
        """Show *columns* as chosen and *filters* as ticked."""
        self._applying = True
        try:
            self._apply(columns, filters)
        finally:
            self._applying = False
        self._count()

    def _apply(self, columns: tuple[str, ...], filters: PeopleFilter) -> None:
        labels = {f.key: f.label for f in available_fields(self.language())}
        self.chosen.clear()
        self.available.clear()
        for key in columns:
            self._item(self.chosen, key, labels[key])
        for key, label in labels.items():
            if key not in columns:
                self._item(self.available, key, label)
        wanted = {t.casefold() for t in filters.tracks}
        for i in range(self.track_list.count()):
            item = self.track_list.item(i)
            checked = item.text().casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for r, c in self.role_checks.items():
            c.setChecked(not filters.roles or r in filters.roles)
        for s, c in self.status_checks.items():
            c.setChecked(s in filters.statuses)
        self.eligible_combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(filters.eligible, 0))

    def matching(self) -> int:
        """How many people the list would hold with the current filters."""
        return len(
            people_table(self.ctx.db, self.workshop_id, ("given_names",), self.filters()).rows
        )

    def _count(self) -> None:
        if getattr(self, "_applying", True):
            return  # during set-up and while a preset is applied; counted once after
        try:
            n = self.matching()
        except ServiceError as exc:
            self.count_label.setText(str(exc))
            return
        self.count_label.setText(self.tr("%n person(s) in the list.", "", n))
        self.export_button.setEnabled(n > 0)

    @staticmethod
    def _item(widget: QListWidget, key: str, label: str) -> None:
        item = QListWidgetItem(label, widget)
        item.setData(KEY, key)

    def _relabel(self) -> None:
        self.apply(self.columns(), self.filters())

    def _add(self) -> None:
        for item in self.available.selectedItems() or [self.available.currentItem()]:
            if item is None:
                continue
            self.available.takeItem(self.available.row(item))
            self.chosen.addItem(item)
            self.chosen.setCurrentItem(item)

    def _remove(self) -> None:
        for item in self.chosen.selectedItems() or [self.chosen.currentItem()]:
            if item is None:
                continue
            self.chosen.takeItem(self.chosen.row(item))
            self.available.addItem(item)

    def _move(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    # --- presets -----------------------------------------------------------
    def _preset_label(self, name: str) -> str:
        return {VENUE: self.tr("For the venue"), FUNDER: self.tr("For the funder")}.get(name, name)

    def _fill_presets(self, select: str | None = None) -> None:
        self.presets = {p.name: p for p in list_presets(self.ctx.db)}
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("(choose a preset)"), "")
        for name in self.presets:
            self.preset_combo.addItem(self._preset_label(name), name)
        if select:
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(select)))
        self._update_preset_buttons()

    def _update_preset_buttons(self) -> None:
        preset = self.presets.get(str(self.preset_combo.currentData() or ""))
        self.delete_preset_button.setEnabled(preset is not None and not preset.builtin)

    def _preset_chosen(self, _index: int) -> None:
        preset = self.presets.get(str(self.preset_combo.currentData() or ""))
        if preset is not None:
            self.apply(preset.columns, preset.filters)
        self._update_preset_buttons()

    def _save_preset(self) -> None:
        current = str(self.preset_combo.currentData() or "")
        suggestion = "" if current in (VENUE, FUNDER) else current
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name of the preset:"), text=suggestion
        )
        if not ok or not name.strip():
            return
        try:
            preset = save_preset(self.ctx.db, name, self.columns(), self.filters())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save preset"), str(exc))
            return
        self._fill_presets(select=preset.name)

    def _delete_preset(self) -> None:
        name = str(self.preset_combo.currentData() or "")
        if not name:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete preset"), self.tr("Delete the preset “{name}”?").format(name=name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_preset(self.ctx.db, name)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete preset"), str(exc))
        self._fill_presets()

    # --- export ------------------------------------------------------------
    def _code(self) -> str:
        return next(
            (w.code for w in list_workshops(self.ctx.db) if w.id == self.workshop_id), "workshop"
        )

    def _export(self) -> None:
        if not self.columns():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose at least one column."))
            return
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export attendee list"),
            suggested_path(f"{self._code()}-attendees.xlsx"),
            f"{xlsx};;{csv}",
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if chosen_filter == csv else ".xlsx"
        if refused_as_output(self, self.tr("Export attendee list"), path):
            return
        columns, filters, lang = self.columns(), self.filters(), self.language()
        db, wid, delim = self.ctx.db, self.workshop_id, self.delimiter()
        run_export(
            self.ctx,
            self,
            self.tr("Export attendee list"),
            lambda progress: export_attendee_list(
                db, wid, path, columns, filters, lang, delimiter=delim, progress=progress
            ),
            self._exported,
        )

    def _exported(self, result: ExportResult) -> None:
        self.result_path = result.path
        self.ctx.status_message.emit(
            self.tr("{n} people written to {path}").format(n=result.rows, path=result.path)
        )
        if result.warnings:
            QMessageBox.information(self, self.windowTitle(), "\n".join(result.warnings[:20]))
        self.accept()


def _row(parent: QWidget, widgets: Iterable[QWidget]) -> QWidget:
    box = QWidget(parent)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return box
