"""Before issuing: the attendees without a track, listed, with Issue anyway / Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.services.workshops import TracklessPerson


class TracklessWarningBox(QMessageBox):
    def __init__(self, people: Sequence[TracklessPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackless_warning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Attendees without a track"))
        self.setText(
            self.tr(
                "%n attendee(s) have no track: only the plenary sessions count for them, so "
                "a few sessions may earn a certificate. Issue anyway?",
                "",
                len(people),
            )
        )
        self.setInformativeText(
            "\n".join(f"• {p.name}" + (f" <{p.email}>" if p.email else "") for p in people[:15])
        )
        if len(people) > 15:
            self.setDetailedText("\n".join(f"{p.name}\t{p.email or ''}" for p in people))
        self.issue_button = self.addButton(
            self.tr("&Issue anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)


def accept_trackless(people: Sequence[TracklessPerson], parent: QWidget | None = None) -> bool:
    """True when everyone has a track, or the organiser chose to issue anyway."""
    if not people:
        return True
    box = TracklessWarningBox(people, parent)
    box.exec()
    return box.clickedButton() is box.issue_button
