"""The words the window uses for the email's own codes: message templates, outbox states."""

from __future__ import annotations

from PySide6.QtCore import QObject

from lacworkshop.services.email import Planned


class EmailLabels(QObject):
    """Says a template name (``certificate``…) or an outbox state in the interface language."""

    def template(self, name: str) -> str:
        """*name* as the window shows it; a workshop's own template keeps its own name."""
        return {
            "certificate": self.tr("Your certificate"),
            "welcome": self.tr("Welcome and practical information"),
            "reminder": self.tr("Reminder"),
        }.get(name, name)

    def state(self, state: str) -> str:
        """An outbox state (queued, sending, sent, failed) as a word."""
        return {
            "queued": self.tr("queued"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
        }.get(state, state)

    def planned(self, p: Planned) -> str:
        """A planned message: the template's name, and the certificate with its version."""
        if p.certificate_code:
            return self.tr("{template} {code} v{version}").format(
                template=self.template(p.template),
                code=p.certificate_code,
                version=p.certificate_version,
            )
        return self.template(p.template)
