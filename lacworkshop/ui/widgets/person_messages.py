"""A person's sent log: when, which message, which certificate version, and how it went."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lacworkshop.services.email import OutboxRow
from lacworkshop.ui.dialogs.email_labels import EmailLabels


class PersonMessagesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.labels = EmailLabels(self)
        self.setObjectName("person_messages")
        self.setTabKeyNavigation(False)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Message"),
                self.tr("Certificate"),
                self.tr("State"),
                self.tr("When"),
                self.tr("Reason"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_rows(self, rows: list[OutboxRow]) -> None:
        self.setRowCount(len(rows))
        for r, m in enumerate(rows):
            when = m.sent_at or m.queued_at
            cert = f"{m.certificate_code} v{m.certificate_version}" if m.certificate_code else ""
            values = [
                self.labels.template(m.template),
                cert,
                self.labels.state(m.state),
                when.replace(microsecond=0).isoformat(" "),
                m.last_error or "",
            ]
            for c, value in enumerate(values):
                self.setItem(r, c, QTableWidgetItem(value))
