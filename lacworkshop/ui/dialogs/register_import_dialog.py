"""What importing a filled-in attendance register would change, before it does."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model.enums import Mark
from lacworkshop.services.attendance import ImportPreview
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


class RegisterImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import attendance register"))
        fit_to_screen(self, QSize(760, 480))
        names = {
            None: self.tr("not marked"),
            Mark.PRESENT: self.tr("present"),
            Mark.LATE: self.tr("late"),
            Mark.EXCUSED: self.tr("excused"),
            Mark.ABSENT: self.tr("absent"),
        }
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("%1: %2 mark(s) change, %3 unchanged, %4 problem(s).")
            .replace("%1", preview.file_name)
            .replace("%2", str(len(preview.changes)))
            .replace("%3", str(preview.unchanged))
            .replace("%4", str(len(preview.problems)))
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(preview.changes), 5, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cell"), self.tr("Name"), self.tr("Session"), self.tr("Now"), self.tr("After")]
        )
        for r, c in enumerate(preview.changes):
            for col, value in enumerate(
                (c.where, c.person, c.session, names[c.before], names[c.after])
            ):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        if preview.problems:
            layout.addWidget(QLabel(self.tr("Not read:")))
            self.problems = QPlainTextEdit("\n".join(preview.problems))
            self.problems.setReadOnly(True)
            layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(bool(preview.changes))
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
