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


class PersonMessagesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
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

    def state_text(self, state: str) -> str:
        return {
            "queued": self.tr("queued"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
        }.get(state, state)

    def set_rows(self, rows: list[OutboxRow]) -> None:
        self.setRowCount(len(rows))
        for r, m in enumerate(rows):
            when = m.sent_at or m.queued_at
            cert = f"{m.certificate_code} v{m.certificate_version}" if m.certificate_code else ""
            values = [
                m.template,
                cert,
                self.state_text(m.state),
                when.replace(microsecond=0).isoformat(" "),
                m.last_error or "",
            ]
            for c, value in enumerate(values):
                self.setItem(r, c, QTableWidgetItem(value))
