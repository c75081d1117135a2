"""A read-only table model over the certificate register.

By default only the valid certificates show: superseded and revoked versions
stay in the register (a verification must still find them) but would crowd
the list an organiser works from; ``set_show_all(True)`` brings them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from lacworkshop.model import CertificateStatus
from lacworkshop.services.certificates import CertificateRow
from lacworkshop.ui.models.row_table import Column, RowTableModel

_STATUS_COLOURS = {
    CertificateStatus.VALID: "#1B7F3B",
    CertificateStatus.SUPERSEDED: "#7A7A7A",
    CertificateStatus.REVOKED: "#B3261E",
}


class CertificateTableModel(RowTableModel):
    STATUS_COLUMN = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._register: list[CertificateRow] = []
        self._show_all = False

    def set_rows(self, rows: list[Any]) -> None:
        """The whole register; the model shows the part the filter lets through."""
        self._register = list(rows)
        super().set_rows(self._visible())

    def set_show_all(self, show_all: bool) -> None:
        if show_all != self._show_all:
            self._show_all = show_all
            super().set_rows(self._visible())

    def shows_all(self) -> bool:
        return self._show_all

    def register(self) -> list[CertificateRow]:
        """Every row given, shown or not."""
        return list(self._register)

    def hidden_count(self) -> int:
        return len(self._register) - len(self._rows)

    def _visible(self) -> list[CertificateRow]:
        if self._show_all:
            return list(self._register)
        return [r for r in self._register if r.status is CertificateStatus.VALID]

    def columns(self) -> list[Column]:
        # Called once from the base class constructor: the labels are made here too.
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
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Version"), lambda r: r.version, numeric=True),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: self._kinds.get(r.kind.value, r.kind.value)),
            Column(
                self.tr("Hours"), lambda r: "" if r.hours is None else f"{r.hours:g}", numeric=True
            ),
            Column(self.tr("Language"), lambda r: r.language),
            Column(self.tr("Template"), lambda r: r.template_name or ""),
            Column(self.tr("Issued"), lambda r: r.issued_at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Status"), self._status_text),
        ]

    def rows(self) -> list[CertificateRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CertificateRow:
        return self._rows[row]

    def _status_text(self, r: CertificateRow) -> str:
        text = self._statuses[r.status]
        if r.status is CertificateStatus.REVOKED and r.revoked_reason:
            text += f": {r.revoked_reason}"
        return text

    def extra_data(self, r: CertificateRow, column: int, role: int) -> Any:
        if column != self.STATUS_COLUMN:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_STATUS_COLOURS[r.status]))
        if role == Qt.ItemDataRole.ToolTipRole and r.revoked_reason:
            return r.revoked_reason
        return None
