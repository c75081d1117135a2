"""Import bundle: the conflicts found, both values, who and when, with a choice for each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.bundles import MergeConflict, MergeReport, Side


def _when(stamp: str | None) -> str:
    # To the minute: enough to tell two edits apart for a person, and it fits the column.
    return stamp[:16].replace("T", " ") if stamp else "?"


def _value(field: str, value: object) -> str:
    if value is None and field == "mark":  # that side cleared the mark
        return QCoreApplication.translate("BundleConflictsDialog", "(mark cleared)")
    return "" if value is None else str(value)


def _values(values: dict[str, object]) -> str:
    return "; ".join(f"{k}: {_value(k, v)}" for k, v in values.items())


class BundleConflictsDialog(QDialog):
    """One row per conflict; a choice per row, or one for all. ``choices()`` after OK."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts in the bundle"))
        self.resize(900, 420)
        self.conflicts: list[MergeConflict] = list(report.conflicts)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These records were changed both here and in the bundle. Choose, for each, "
                "which value to keep; everything else in the bundle merges as it is."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.conflicts), 4, self)
        self.table.setObjectName("conflicts")
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Here"), self.tr("In the bundle"), self.tr("Keep")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.choosers: list[QComboBox] = []
        for row, c in enumerate(self.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(c.what))
            mine = f"{_values(c.mine)}\n{c.mine_by or '?'}, {_when(c.mine_at)}"
            theirs = f"{_values(c.theirs)}\n{c.theirs_by or '?'}, {_when(c.theirs_at)}"
            self.table.setItem(row, 1, QTableWidgetItem(mine))
            self.table.setItem(row, 2, QTableWidgetItem(theirs))
            chooser = QComboBox(self.table)
            chooser.addItem(self.tr("Here (mine)"), Side.MINE.value)
            chooser.addItem(self.tr("The bundle's"), Side.THEIRS.value)
            chooser.addItem(self.tr("The newest"), Side.NEWEST.value)
            chooser.setCurrentIndex(2)
            self.table.setCellWidget(row, 3, chooser)
            self.choosers.append(chooser)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        everyone = QHBoxLayout()
        everyone.addWidget(QLabel(self.tr("For all:")))
        for side, text in (
            (Side.MINE, self.tr("Keep mine")),
            (Side.THEIRS, self.tr("Take the bundle's")),
            (Side.NEWEST, self.tr("Keep the newest")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"all_{side.value}")
            button.clicked.connect(lambda _=False, s=side: self.choose_all(s))
            everyone.addWidget(button)
        everyone.addStretch(1)
        layout.addLayout(everyone)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_all(self, side: Side) -> None:
        for chooser in self.choosers:
            chooser.setCurrentIndex(chooser.findData(side.value))

    def choices(self) -> dict[str, Side]:
        """The choice for each conflict, by its key (see services.bundles.MergeConflict)."""
        return {
            c.key: Side(chooser.currentData())
            for c, chooser in zip(self.conflicts, self.choosers, strict=True)
        }
