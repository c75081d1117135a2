"""A read-only Qt table model over one statistics table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lacworkshop.formats.stats_xlsx import StatTable

Index = QModelIndex | QPersistentModelIndex


def display(value: Any, kind: str) -> str:
    """A cell as the sheet shows it: percentages, hours, dates."""
    if value is None:
        return "—"  # nothing to count yet (no marks): a dash, not a blank that looks lost
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if kind == "percent":
            return f"{value:.0%}"
        if kind == "hours":
            return f"{value:.1f}"
        return f"{value:g}"
    return str(value)


class StatTableModel(QAbstractTableModel):
    def __init__(self, table: StatTable, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, self.table.columns[index.column()].kind)
        numeric = isinstance(value, int | float) or (value is None and index.column() > 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].header
        return None
