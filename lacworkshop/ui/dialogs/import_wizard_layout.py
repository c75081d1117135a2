"""Import wizard, page 2: sheet, text encoding and delimiter, and the header row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lacworkshop.formats.reading import CHOICES
from lacworkshop.services.importing import layout_for
from lacworkshop.ui.dialogs.import_wizard_file import reload_table
from lacworkshop.ui.dialogs.import_wizard_raw_model import RawRowsModel
from lacworkshop.ui.dialogs.import_wizard_state import WizardState

SHOWN_ROWS = 40
MAX_COLUMN_WIDTH = 260
WARNING_STYLE = "color: #8a4b00; background: #fff4d6; padding: 6px; border-radius: 3px;"


class LayoutPage(QWizardPage):
    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._filling = False
        self.setTitle(self.tr("Sheet and header"))
        self.setSubTitle(
            self.tr("Check that the names read right and that the header row is the one marked.")
        )
        outer = QVBoxLayout(self)
        form = self.form = QFormLayout()
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.sheet.activated.connect(self._sheet_chosen)
        form.addRow(self.tr("Sheet:"), self.sheet)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("import_encoding")
        self.encoding.activated.connect(self._text_options_chosen)
        form.addRow(self.tr("Text encoding:"), self.encoding)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("import_delimiter")
        for value, label in (
            (",", self.tr("Comma ( , )")),
            (";", self.tr("Semicolon ( ; )")),
            ("\t", self.tr("Tab")),
        ):
            self.delimiter.addItem(label, value)
        self.delimiter.activated.connect(self._text_options_chosen)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("import_header_row")
        self.header_row.valueChanged.connect(self._header_chosen)
        form.addRow(self.tr("Header on row:"), self.header_row)
        outer.addLayout(form)
        self.warning = QLabel(self)
        self.warning.setObjectName("import_encoding_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        outer.addWidget(self.warning)
        self.raw_model = RawRowsModel(self)
        self.raw = QTableView(self)
        self.raw.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.raw.setObjectName("import_raw_rows")
        self.raw.setModel(self.raw_model)
        self.raw.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.raw.verticalHeader().setDefaultSectionSize(24)
        outer.addWidget(self.raw, 1)

    def initializePage(self) -> None:
        self._fill()

    def _fill(self) -> None:
        table = self.state.table
        assert table is not None
        self._filling = True
        try:
            text = table.kind == "csv"
            self.sheet.clear()
            self.sheet.addItems(table.sheet_names)
            self.sheet.setCurrentText(table.sheet)
            self.sheet.setEnabled(len(table.sheet_names) > 1)
            self.encoding.clear()
            self.form.setRowVisible(self.encoding, text)
            self.form.setRowVisible(self.delimiter, text)
            if text:
                for name in dict.fromkeys([table.encoding or "utf-8", *CHOICES]):
                    self.encoding.addItem(name, name)
                self.encoding.setCurrentIndex(0)
                self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(table.delimiter)))
            if self.state.layout is None:
                self.state.layout = layout_for(table, self.state.header_index)
                self.state.header_index = self.state.layout.header_index
            self.header_row.setRange(table.rows[0].number, table.rows[-1].number)
            self.header_row.setValue(self.state.layout.header_row)
            self._show_warning()
            self._fill_rows()
        finally:
            self._filling = False

    def _show_warning(self) -> None:
        table = self.state.table
        assert table is not None
        notes = []
        if table.kind == "csv" and not table.encoding_certain:
            notes.append(
                self.tr(
                    "The text encoding could not be told for sure; it was read as {enc}. "
                    "If names below look wrong (JosÃ© instead of José), choose another encoding."
                ).format(enc=table.encoding)
            )
        if table.kind == "csv" and not table.delimiter_certain:
            notes.append(
                self.tr("The delimiter could not be told for sure; check the columns below.")
            )
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))

    def _fill_rows(self) -> None:
        table = self.state.table
        assert table is not None and self.state.layout is not None
        self.raw_model.set_rows(
            table.rows[:SHOWN_ROWS], table.width, self.state.layout.header_index
        )
        self.raw.resizeColumnsToContents()
        for c in range(table.width):
            self.raw.setColumnWidth(c, min(self.raw.columnWidth(c), MAX_COLUMN_WIDTH))

    def _sheet_chosen(self) -> None:
        if self._filling or self.sheet.currentText() == (
            self.state.table and self.state.table.sheet
        ):
            return
        self.state.sheet = self.sheet.currentText()
        if reload_table(self, self.state):
            self._fill()

    def _text_options_chosen(self) -> None:
        if self._filling:
            return
        previous = (self.state.encoding, self.state.delimiter)
        self.state.encoding = self.encoding.currentData()
        self.state.delimiter = self.delimiter.currentData()
        if reload_table(self, self.state):
            self._fill()
        else:
            self.state.encoding, self.state.delimiter = previous

    def _header_chosen(self, number: int) -> None:
        if self._filling or self.state.table is None:
            return
        matches = [i for i, r in enumerate(self.state.table.rows) if r.number >= number]
        if not matches:
            return
        self.state.header_index = matches[0]
        self.state.layout = layout_for(self.state.table, self.state.header_index)
        self.state.mapping = None
        self.state.preview = None
        self._filling = True
        self.header_row.setValue(self.state.layout.header_row)
        self._filling = False
        self._fill_rows()
