"""The people directory as a Qt model: windows of rows fetched from SQLite on demand.

Filtering and sorting run in the database (folded search keys, the regional
sort key); the view asks for more rows as it scrolls (canFetchMore/fetchMore),
so 50,000 people never become 50,000 of anything in memory at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from lacworkshop.model.display_names import given_with_preferred
from lacworkshop.services.people import PeopleFilter, PersonRow, count_people, fetch_people
from lacworkshop.storage import Database
from lacworkshop.ui.widgets.country_combo import country_names, ui_language

_Index = QModelIndex | QPersistentModelIndex
BATCH = 200
# Column -> sort name in the people service.
_SORTS = ["name", "given", "email", "organisation", "country"]


class PeopleTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    total_changed = Signal(int)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = PeopleFilter()
        self.sort_name = "name"
        self.descending = False
        self._rows: list[PersonRow] = []
        self._total: int | None = 0  # None: still being counted
        self._exhausted = True  # every matching row is loaded
        # The count runs once the view has its rows; a newer filter restarts the timer.
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._count_now)
        self._countries = country_names(ui_language())
        self._headers = [
            self.tr("Family names"),
            self.tr("Given names"),
            self.tr("Email"),
            self.tr("Organisation"),
            self.tr("Country"),
        ]

    # ----- loading ----------------------------------------------------------
    def set_filter(self, flt: PeopleFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Fetch the first window now; count every match just after the view has it."""
        rows = fetch_people(self.db, self.filter, 0, BATCH, self.sort_name, self.descending)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < BATCH
        self._total = len(rows) if self._exhausted else None
        self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.total_changed.emit(self._total)

    def _count_now(self) -> None:
        if self._total is not None:
            return
        self._total = count_people(self.db, self.filter)
        self.total_changed.emit(self._total)

    @property
    def total(self) -> int:
        """How many people match; counted on demand when the count is still pending."""
        if self._total is None:
            self._count_timer.stop()
            self._count_now()
        assert self._total is not None
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = fetch_people(
            self.db, self.filter, len(self._rows), BATCH, self.sort_name, self.descending
        )
        if len(more) < BATCH:
            self._exhausted = True
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_SORTS):
            return
        self.sort_name = _SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ----- access -----------------------------------------------------------
    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: int) -> int:
        """The row of *person_id* among those loaded, or -1."""
        for i, p in enumerate(self._rows):
            if p.id == person_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == self.ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return p.family_names
            if col == 1:
                return given_with_preferred(p.given_names, p.preferred_name)
            if col == 2:
                return p.email or ""
            if col == 3:
                return p.organisation or ""
            if col == 4:
                return self._countries.get(p.country or "", p.country or "")
        return None
