"""The first rows of a sheet as read, for the person to check the header and encoding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lacworkshop.formats.reading import RawRow, column_letter
from lacworkshop.services.importing import clean_text

HEADER_BRUSH = QBrush(QColor("#dde7f0"))
Index = QModelIndex | QPersistentModelIndex


class RawRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RawRow] = []
        self.width = 0
        self.header_index = -1
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, rows: list[RawRow], width: int, header_index: int) -> None:
        self.beginResetModel()
        self.rows, self.width, self.header_index = rows, width, header_index
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        # The sheet's own row numbers: blank rows are left out of the list.
        return str(self.rows[section].number)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = row.cells
            return clean_text(cells[index.column()]) if index.column() < len(cells) else ""
        if index.row() == self.header_index:
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADER_BRUSH
        return None
