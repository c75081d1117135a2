"""The people of one workshop: name, contact, role, track and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lacworkshop.services.participation import ParticipantRow
from lacworkshop.ui.models.labels import role_label, status_label

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._headers = [
            self.tr("Family names"),
            self.tr("Given names"),
            self.tr("Email"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Track"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

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
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self._rows[index.row()]
        return [
            p.family_names,
            p.given_names if not p.preferred_name else f"{p.given_names} ({p.preferred_name})",
            p.email or "",
            p.organisation or "",
            role_label(p.role),
            p.track_name or "",
            status_label(p.status),
        ][index.column()]
