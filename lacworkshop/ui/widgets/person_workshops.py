"""Every workshop a person was part of, in any role."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lacworkshop.services.people import PersonWorkshop
from lacworkshop.ui.models.labels import role_label, status_label


class PersonWorkshopsTable(QTableWidget):
    open_workshop = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("person_workshops")
        self.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.setHorizontalHeaderLabels(
            [
                self.tr("Workshop"),
                self.tr("Dates"),
                self.tr("Role"),
                self.tr("Track"),
                self.tr("Status"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._open)
        self.doubleClicked.connect(self._open)

    def set_rows(self, rows: list[PersonWorkshop]) -> None:
        self.setRowCount(len(rows))
        for r, w in enumerate(rows):
            values = [
                f"{w.code} — {w.title}",
                w.start_date.isoformat(),
                role_label(w.role),
                w.track or "",
                status_label(w.status),
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, w.workshop_id)
                self.setItem(r, c, item)

    def _open(self, index: QModelIndex) -> None:
        item = self.item(index.row(), 0)
        if item is not None:
            self.open_workshop.emit(item.data(Qt.ItemDataRole.UserRole))
