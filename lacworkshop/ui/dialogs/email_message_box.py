"""The message part of the email dialog: which message, its text in one language, a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lacworkshop.services.email import MessageTemplate
from lacworkshop.ui.dialogs.email_labels import EmailLabels
from lacworkshop.ui.widgets.document_language_box import DocumentLanguageBox


class EmailMessageBox(QGroupBox):
    """The template, the language of its text, subject, body and note; save or go back."""

    def __init__(self, names: list[str], chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Message"))
        self.template = QComboBox()
        self.template.setObjectName("template")
        labels = EmailLabels(self)
        for name in names:
            self.template.addItem(labels.template(name), name)
        self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
        self.language = DocumentLanguageBox()
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Your own words, shown where the text says {note}"))
        self.note.setMaximumHeight(80)
        self.save_text = QPushButton(self.tr("Save &text"))
        self.builtin_text = QPushButton(self.tr("&Built-in text"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_text)
        buttons.addWidget(self.builtin_text)
        form = QFormLayout(self)
        form.addRow(self.tr("&Message:"), self.template)
        form.addRow(self.tr("Text in &language:"), self.language)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow(self.tr("Your n&ote:"), self.note)
        form.addRow("", buttons)

    def name(self) -> str:
        """The chosen template's name."""
        return str(self.template.currentData())

    def language_code(self) -> str:
        """The language of the text being edited."""
        return str(self.language.code())

    def show_text(self, text: MessageTemplate) -> None:
        """Put *text* in the fields."""
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self.note.setPlainText(text.note)
