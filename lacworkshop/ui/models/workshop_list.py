"""The workshop table of the Workshops page, with statuses in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lacworkshop.ui.models.labels import workshop_status_label
from lacworkshop.ui.models.workshop_table import WorkshopTableModel

_STATUS_COLUMN = 4


class WorkshopListModel(WorkshopTableModel):
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            index.isValid()
            and index.column() == _STATUS_COLUMN
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return workshop_status_label(self.row_at(index.row()).status)
        return super().data(index, role)
