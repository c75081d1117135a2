"""Import wizard, page 3: which column holds what, suggested or remembered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lacworkshop.formats.reading import column_letter
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.import_plan import plan_columns
from lacworkshop.services.importing import FIELDS, REPEATABLE, check_mapping, clean_text
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.import_wizard_state import WizardState

SAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, ctx: AppContext, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Say what each column holds. Columns left on “ignore” are not imported.")
        )
        self.labels = {
            "given_names": self.tr("Given names"),
            "family_names": self.tr("Family names"),
            "full_name": self.tr("Full name (split into given and family names)"),
            "preferred_name": self.tr("Preferred name"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "organisation": self.tr("Organisation"),
            "country": self.tr("Country"),
            "gender": self.tr("Gender"),
            "document_id": self.tr("Document id"),
            "language": self.tr("Language"),
            "role": self.tr("Role"),
            "track": self.tr("Track"),
            "notes": self.tr("Notes (added to the participation)"),
            "consent": self.tr("Consent (the header is the notice answered)"),
            "external_ref": self.tr("Registration number on the platform"),
            "status": self.tr("Registration status (cancelled, refunded are skipped)"),
            "checked_in": self.tr("Checked in"),
        }
        assert set(self.labels) == set(FIELDS)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("import_mapping_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.grid = QTableWidget(self)
        self.grid.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.grid.setObjectName("import_mapping")
        self.grid.setColumnCount(3)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Holds")]
        )
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid, 1)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        layout, table = self.state.layout, self.state.table
        assert layout is not None and table is not None
        if self.state.mapping is None or len(self.state.mapping) != len(layout.headers):
            plan = plan_columns(self.ctx.db, table, layout)
            self.state.plan = plan
            self.state.mapping, self.state.remembered = list(plan.mapping), plan.remembered
        lines = []
        if self.state.plan is not None:
            lines.append(
                self.tr("Recognised as an export of {system}.").format(
                    system=self.state.plan.system_name
                )
            )
        lines.append(
            self.tr("The columns are set as when you last imported a file with these headers.")
            if self.state.remembered
            else self.tr(
                "The columns were recognised from their headers and the values under them; "
                "correct any that are wrong."
            )
        )
        if self.state.plan is not None:
            lines.extend(
                f"• {text}" for text in self.state.plan.note_texts(layout.headers, window=True)
            )
        self.note.setText("\n".join(lines))
        data = table.rows[layout.header_index + 1 :]
        self.grid.setRowCount(len(layout.headers))
        self.combos = []
        for i, header in enumerate(layout.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(f"{column_letter(i)}: {header}"))
            samples = [clean_text(r.cells[i]) for r in data if i < len(r.cells)]
            shown = [s for s in samples if s][:SAMPLES]
            self.grid.setItem(i, 1, QTableWidgetItem(" · ".join(shown)))
            combo = QComboBox(self.grid)
            combo.addItem(self.tr("— ignore —"), None)
            for key, label in self.labels.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(self.state.mapping[i])))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.resizeColumnToContents(2)

    def set_field(self, column: int, field: str | None) -> None:
        """Choose the field of *column* (used by tests and keyboard users alike)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def _changed(self) -> None:
        self.state.mapping = [c.currentData() for c in self.combos]
        self.state.preview = None

    def validatePage(self) -> bool:
        self.state.mapping = [c.currentData() for c in self.combos]
        try:
            check_mapping(self.state.mapping, self.state.table.source if self.state.table else "")
        except ValidationError:
            QMessageBox.warning(
                self,
                self.tr("Which column holds the names?"),
                self.tr(
                    "No column is set to a name. Set one column to “Given names”, "
                    "“Family names” or “Full name”."
                ),
            )
            return False
        single = [f for f in self.state.mapping if f and f not in REPEATABLE]
        if len(set(single)) != len(single):
            QMessageBox.warning(
                self,
                self.tr("A field is set twice"),
                self.tr(
                    "Each field can come from one column only, except names (two family-name "
                    "columns are joined) and notes."
                ),
            )
            return False
        return True
