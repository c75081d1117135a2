"""A read-only table model over the certificate register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lacworkshop.model import CertificateStatus
from lacworkshop.services.certificates import CertificateRow

_Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {
    CertificateStatus.VALID: "#1B7F3B",
    CertificateStatus.SUPERSEDED: "#7A7A7A",
    CertificateStatus.REVOKED: "#B3261E",
}


class CertificateTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CertificateRow] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Version"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Hours"),
            self.tr("Language"),
            self.tr("Template"),
            self.tr("Issued"),
            self.tr("Status"),
        ]
        self._kinds = {
            "participation": self.tr("Participation"),
            "completion": self.tr("Completion"),
            "trainer": self.tr("Trainer"),
            "organiser": self.tr("Organiser"),
        }
        self._statuses = {
            CertificateStatus.VALID: self.tr("Valid"),
            CertificateStatus.SUPERSEDED: self.tr("Superseded"),
            CertificateStatus.REVOKED: self.tr("Revoked"),
        }

    def set_rows(self, rows: list[CertificateRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[CertificateRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CertificateRow:
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

    def _status_text(self, r: CertificateRow) -> str:
        text = self._statuses[r.status]
        if r.status is CertificateStatus.REVOKED and r.revoked_reason:
            text += f": {r.revoked_reason}"
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == self.ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                r.code,
                r.version,
                r.name,
                self._kinds.get(r.kind.value, r.kind.value),
                "" if r.hours is None else f"{r.hours:g}",
                r.language,
                r.template_name or "",
                r.issued_at.strftime("%Y-%m-%d %H:%M"),
                self._status_text(r),
            ]
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 8:
            return QBrush(QColor(_STATUS_COLOURS[r.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 8 and r.revoked_reason:
            return r.revoked_reason
        return None
