"""A choice of workshop by code: filled from the database, keeping the one shown."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from lacworkshop.services.workshops import list_workshops
from lacworkshop.storage import Database


class WorkshopBox(QComboBox):
    """The workshops (newest first); the data is the workshop's id.

    Refilling keeps the workshop shown (or *fallback*) and signals one change at the
    end, not one per item, so a page reloads once.
    """

    def __init__(self, parent: QWidget | None = None, *, with_title: bool = False) -> None:
        super().__init__(parent)
        self._with_title = with_title

    def refill(self, db: Database, fallback: int | None = None) -> None:
        """Read the workshops again; show the same one, else *fallback*, else the first."""
        keep = self.workshop_id() or fallback
        self.blockSignals(True)
        try:
            self.clear()
            for w in list_workshops(db):
                self.addItem(f"{w.code} — {w.title}" if self._with_title else w.code, w.id)
            index = self.findData(keep) if keep else -1
            self.setCurrentIndex(max(0, index))
        finally:
            self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def workshop_id(self) -> int | None:
        """The id of the workshop shown, None when there is none."""
        data = self.currentData()
        return int(data) if data is not None else None

    def select(self, workshop_id: int) -> None:
        """Show *workshop_id* if it is in the list (a change signals as usual)."""
        index = self.findData(workshop_id)
        if index >= 0:
            self.setCurrentIndex(index)
