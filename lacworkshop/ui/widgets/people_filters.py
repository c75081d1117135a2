"""The People page's filters: country, organisation, workshop and role."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from lacworkshop.model import Role
from lacworkshop.services.people import distinct_organisations
from lacworkshop.services.workshops import list_workshops
from lacworkshop.storage import Database
from lacworkshop.ui.models.labels import role_label
from lacworkshop.ui.widgets.country_combo import CountryCombo
from lacworkshop.ui.widgets.flow_layout import FlowLayout


class FilterValues(TypedDict):
    """The filters' part of a PeopleFilter (all but the search text)."""

    country: str | None
    organisation: str | None
    workshop_id: int | None
    role: Role | None


class PeopleFilters(QWidget):
    changed = Signal()  # a choice changed: filter at once
    typed = Signal()  # text typed: filter after a short pause

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = CountryCombo(self, none_text=self.tr("Any country"))
        self.country.setObjectName("country_filter")
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.organisation.setClearButtonEnabled(True)
        self.workshop = QComboBox()
        self.workshop.setObjectName("workshop_filter")
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop.setMinimumContentsLength(12)
        self.role = QComboBox()
        self.role.addItem(self.tr("Any role"), None)
        for r in Role:
            self.role.addItem(role_label(r), r)
        # The filters wrap onto a second line rather than being clipped on a small screen.
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.add_widget(self.country, 2)
        # Wide enough to show its placeholder and what is typed, even on a small screen.
        self.organisation.setMinimumWidth(
            self.organisation.fontMetrics().horizontalAdvance(self.organisation.placeholderText())
            + 24
        )
        row.add_widget(self.organisation, 2)
        row.add_widget(self.workshop, 2)
        row.add_widget(self.role, 1)
        self.organisation.textChanged.connect(self._typed)
        self.country.currentIndexChanged.connect(self._changed)
        country_line = self.country.lineEdit()
        assert country_line is not None  # the country box is editable
        country_line.editingFinished.connect(self._changed)
        self.workshop.currentIndexChanged.connect(self._changed)
        self.role.currentIndexChanged.connect(self._changed)

    def _typed(self, _text: str) -> None:
        self.typed.emit()

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def fill(self, db: Database) -> None:
        """Workshops to choose from, and organisations to complete."""
        self.fill_workshops(db)
        completer = QCompleter(distinct_organisations(db), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)

    def fill_workshops(self, db: Database) -> None:
        current = self.workshop.currentData()
        self.workshop.blockSignals(True)
        self.workshop.clear()
        self.workshop.addItem(self.tr("Any workshop"), None)
        for w in list_workshops(db):
            self.workshop.addItem(f"{w.code} — {w.title}", w.id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))
        self.workshop.blockSignals(False)

    def values(self) -> FilterValues:
        """Keyword arguments for PeopleFilter (besides the search text)."""
        return FilterValues(
            country=self.country.code() if self.country.currentIndex() != 0 else None,
            organisation=self.organisation.text().strip() or None,
            workshop_id=self.workshop.currentData(),
            role=self.role.currentData(),
        )

    def reset(self) -> None:
        for w in (self.country, self.workshop, self.role):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.blockSignals(False)
