"""The words of a template per language: title, lead and body, empty for the standard ones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lacworkshop.formats import catalogue
from lacworkshop.formats.certificates import PLACEHOLDERS
from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates import LANGUAGES


class TemplateTexts(QGroupBox):
    """Edits ``definition["texts"][language][kind]`` in place; emits ``edited`` on a change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Words (empty: the standard words)"))
        self.definition: dict[str, Any] = {}
        self.kind = CertificateKind.PARTICIPATION
        self._loading = False
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.language.currentIndexChanged.connect(lambda _i: self.show_texts())
        form.addRow(self.tr("Language:"), self.language)
        self.title_edit = QLineEdit(self)
        self.lead_edit = QLineEdit(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setFixedHeight(90)
        for w in (self.title_edit, self.lead_edit):
            w.textEdited.connect(lambda _t: self._store())
        self.body_edit.textChanged.connect(self._store)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Lead:"), self.lead_edit)
        form.addRow(self.tr("Body:"), self.body_edit)
        hint = QLabel(" ".join("{" + p + "}" for p in PLACEHOLDERS), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow(self.tr("Placeholders:"), hint)

    def load(self, definition: dict[str, Any], kind: CertificateKind) -> None:
        self.definition = definition
        self.kind = kind
        self.show_texts()

    def show_texts(self) -> None:
        lang = self.language.currentData()
        kind = self.kind.value
        own = self.definition.get("texts", {}).get(lang, {}).get(kind, {})
        self._loading = True
        self.title_edit.setText(own.get("title", ""))
        self.title_edit.setPlaceholderText(catalogue.text(f"certificates.title.{kind}", lang))
        self.lead_edit.setText(own.get("lead", ""))
        self.lead_edit.setPlaceholderText(catalogue.text("certificates.lead", lang))
        self.body_edit.setPlainText(own.get("body", ""))
        self.body_edit.setPlaceholderText(catalogue.text(f"certificates.body.{kind}", lang))
        self._loading = False

    def _store(self) -> None:
        if self._loading:
            return
        lang = self.language.currentData()
        texts = self.definition.setdefault("texts", {}).setdefault(lang, {})
        own = {
            k: v
            for k, v in (
                ("title", self.title_edit.text().strip()),
                ("lead", self.lead_edit.text().strip()),
                ("body", self.body_edit.toPlainText().strip()),
            )
            if v
        }
        texts[self.kind.value] = own
        self.edited.emit()
