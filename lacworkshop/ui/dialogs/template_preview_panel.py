"""The template editor's right side: a live page for a chosen person and language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates import (
    LANGUAGES,
    TemplateInfo,
    candidates,
    longest_name,
    preview_pdf,
)
from lacworkshop.services.errors import ServiceError
from lacworkshop.storage import Database
from lacworkshop.ui.dialogs.template_preview import PagePreview
from lacworkshop.ui.widgets.readiness_note import ReadinessNote


class PreviewPanel(QWidget):
    """Person and language pickers over the rendered page; asks for a redraw on change."""

    choice_changed = Signal()
    longest_requested = Signal()

    def __init__(
        self, db: Database, workshop_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workshop_id = workshop_id
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.person_combo = QComboBox(self)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())
        self.longest_button = QPushButton(self.tr("Longest name"), self)
        self.longest_button.clicked.connect(self.longest_requested.emit)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Person's language"), "auto")
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.language.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())
        row.addWidget(QLabel(self.tr("Preview for:"), self))
        row.addWidget(self.person_combo, 1)
        row.addWidget(self.longest_button)
        row.addWidget(self.language)
        layout.addLayout(row)
        self.readiness = ReadinessNote(self)
        layout.addWidget(self.readiness)
        self.page_view = PagePreview(self)
        layout.addWidget(self.page_view, 1)
        self.note = QLabel(self)
        layout.addWidget(self.note)

    def fill_people(self, kind: CertificateKind) -> None:
        """The people who would receive *kind* in the workshop, without redrawing."""
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        if self.workshop_id is not None:
            for c in candidates(self.db, self.workshop_id, kind):
                self.person_combo.addItem(c.name, c.participation_id)
        self.person_combo.blockSignals(False)

    def choose_longest(self, kind: CertificateKind) -> None:
        """Pick the person whose name is hardest to fit."""
        if self.workshop_id is None:
            return
        i = self.person_combo.findData(longest_name(self.db, self.workshop_id, kind))
        if i >= 0:
            self.person_combo.blockSignals(True)
            self.person_combo.setCurrentIndex(i)
            self.person_combo.blockSignals(False)

    def show_template(self, info: TemplateInfo, kind: CertificateKind) -> None:
        """Draw *info* for the chosen person; problems go in the note under the page."""
        if self.workshop_id is None:
            self.note.setText(self.tr("Add a workshop to see a preview."))
            return
        try:
            pdf = preview_pdf(
                self.db,
                self.workshop_id,
                info,
                kind,
                self.person_combo.currentData(),
                self.language.currentData(),
            )
        except ServiceError as exc:
            self.note.setText(str(exc))
            return
        self.page_view.set_pdf(pdf)
        self.note.setText(self.person_combo.currentText())
        self.readiness.show_for(self.db, self.workshop_id, info)
