"""A one-line certificate verifier: type or paste a code or the QR text, see the verdict."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lacworkshop.services.certificates.verify import verify
from lacworkshop.ui.app_context import AppContext


class VerifyBar(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("A certificate code (7KQ2-M9XD-4HBR) or QR text"))
        self.edit.returnPressed.connect(self.check)
        self.button = QPushButton(self.tr("Verify"), self)
        self.button.clicked.connect(self.check)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Verify:"), self))
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        row.addWidget(self.result, 2)

    def check(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        outcome = verify(self.ctx.db, text)
        colour = "#1B7F3B" if outcome.ok else "#B3261E"
        message = outcome.message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.result.setText(f'<span style="color:{colour}">{message}</span>')
