"""What a real workshop needs before its certificates may go out, said in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from lacworkshop.services.certificates import (
    Readiness,
    TemplateInfo,
    certificate_readiness,
    template_readiness,
)
from lacworkshop.storage import Database


class ReadinessNote(QLabel):
    """A warning line over a preview: hidden when the workshop is ready (or a demo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness_note")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#readiness_note { color: #8a4b00; font-weight: bold; }")
        self.hide()

    def describe(self, found: Readiness) -> str:
        """The sentence for *found*, in the interface language; empty when ready."""
        if found.ready:
            return ""
        missing = []
        if found.sample_logo:
            missing.append(self.tr("the organisation's logo (Edit > Preferences)"))
        if found.sample_signatories or found.no_signatory:
            missing.append(self.tr("a signatory of your own (Edit templates… > Signatories…)"))
        return self.tr(
            "These certificates would show the demo's sample logo or signature, or have no "
            "signatory. Certificates of this workshop cannot be issued until you set: {missing}."
        ).format(missing="; ".join(missing))

    def show_for(self, db: Database, workshop_id: int | None, info: TemplateInfo) -> None:
        """Show what is missing for *workshop_id* with *info*, or hide."""
        message = (
            self.describe(template_readiness(db, workshop_id, info))
            if workshop_id is not None
            else ""
        )
        self.setText(message)
        self.setVisible(bool(message))

    def refuse_issue(
        self, parent: QWidget, db: Database, workshop_id: int, template: str | None
    ) -> bool:
        """Tell the organiser what to set first; True when issuing must not go on."""
        message = self.describe(certificate_readiness(db, workshop_id, template))
        if message:
            QMessageBox.warning(parent, self.tr("Certificates"), message)
        return bool(message)


def refuse_if_not_ready(
    parent: QWidget, db: Database, workshop_id: int, template: str | None
) -> bool:
    """Tell the organiser what to set first and return True when issuing must not go on."""
    note = ReadinessNote(parent)
    try:
        return note.refuse_issue(parent, db, workshop_id, template)
    finally:
        note.deleteLater()
