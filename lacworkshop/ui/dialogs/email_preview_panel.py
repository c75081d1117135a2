"""The preview side of the email dialog: one person's message as it would be sent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.email import Preview, Recipient


class EmailPreviewPanel(QWidget):
    """A person to preview for, the Preview button, and the text shown."""

    def __init__(self, people: list[Recipient], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.person.setObjectName("preview_person")
        for r in people:
            self.person.addItem(r.name, r.person_id)
        self.button = QPushButton(self.tr("Pre&view"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("preview")
        self.text.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)

    def person_id(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None

    def show_message(self, p: Preview, attached: bool) -> None:
        """The message's head (to, subject, language, attachment), then its body."""
        lines = [
            self.tr("To: {to}").format(to=p.to),
            self.tr("Subject: {subject}").format(subject=p.subject),
            self.tr("Language: {language}").format(language=p.language),
        ]
        if p.attachment and attached:
            lines.append(self.tr("Attached: certificate {code}").format(code=p.attachment))
        self.text.setPlainText("\n".join(lines) + "\n\n" + p.body)
