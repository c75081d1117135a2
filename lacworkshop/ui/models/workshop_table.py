"""A read-only table model over workshop rows from the workshops service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lacworkshop.services.workshops import WorkshopRow

_Index = QModelIndex | QPersistentModelIndex


class WorkshopTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopRow] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("City"),
            self.tr("Status"),
            self.tr("Tracks"),
            self.tr("Participants"),
        ]

    def set_rows(self, rows: list[WorkshopRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> WorkshopRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return w
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return w.code
            if col == 1:
                return w.title
            if col == 2:
                return f"{w.start_date.isoformat()} – {w.end_date.isoformat()}"
            if col == 3:
                return ", ".join(x for x in (w.city, w.country) if x)
            if col == 4:
                return w.status.value
            if col == 5:
                return w.tracks
            if col == 6:
                return w.participants
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
