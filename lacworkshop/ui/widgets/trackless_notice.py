"""A visible notice naming the attendees without a track in a workshop with parallel tracks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lacworkshop.services.workshops import TracklessPerson, attendees_without_track
from lacworkshop.storage import Database

_NAMED = 6


class TracklessNotice(QLabel):
    """Hidden when everyone has a track; otherwise says who has none and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackless_notice")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#trackless_notice { background: #FFF4CE; color: #5C4400; "
            "border: 1px solid #E0B84D; border-radius: 3px; padding: 4px 8px; }"
        )
        self.people: list[TracklessPerson] = []
        self.hide()

    def show_for(self, db: Database, workshop_id: int | None) -> None:
        self.people = attendees_without_track(db, workshop_id) if workshop_id else []
        if not self.people:
            self.hide()
            return
        names = ", ".join(p.name for p in self.people[:_NAMED])
        if len(self.people) > _NAMED:
            names += self.tr(" and {n} more").format(n=len(self.people) - _NAMED)
        self.setText(
            self.tr(
                "%n attendee(s) have no track, so only the plenary sessions count for their "
                "certificate: {names}. Give them a track under Workshops › Participants.",
                "",
                len(self.people),
            ).format(names=names)
        )
        self.show()
