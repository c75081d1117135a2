"""The person editor's consent line: what they agreed to, when, and which notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from lacworkshop.services.privacy import ConsentRecord


class PersonConsentLabel(QLabel):
    """Read-only: consent comes from the registration form the person filled in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_consent")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Never squeezed below its text by the workshops table that takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.set_record(None)

    def _scope_label(self, scope: str) -> str:
        labels = {
            "data": self.tr("processing of their data for the workshop"),
            "listing": self.tr("being listed publicly"),
            "email": self.tr("receiving email"),
            "photos": self.tr("photos and video"),
        }
        return labels.get(scope, scope)

    def set_record(self, record: ConsentRecord | None) -> None:
        """Show *record*; None for a new person."""
        if record is None:
            self.setText(self.tr("Consent: none recorded."))
            return
        if record.erased_at is not None:
            self.setText(
                self.tr("Personal data erased on {date}.").format(
                    date=record.erased_at.date().isoformat()
                )
            )
            return
        if not record.scopes and not record.notice:
            self.setText(self.tr("Consent: none recorded."))
            return
        what = ", ".join(self._scope_label(s) for s in record.scopes) or self.tr("nothing")
        lines = [self.tr("Consent: agreed to {what}.").format(what=what)]
        if record.at is not None:
            lines.append(self.tr("Given: {date}.").format(date=record.at.date().isoformat()))
        if record.notice:
            lines.append(self.tr("Notice: {notice}").format(notice=record.notice))
        self.setText("\n".join(lines))
