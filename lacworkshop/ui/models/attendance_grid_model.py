"""The attendance grid as a Qt table: people down, sessions across, standings at the right.

The model holds the grid data handed over by the attendance service and
recomputes a row's standing with the one rule (``AttendanceGrid.result_for``)
when its cells change, updating only the changed cells and that row's summary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lacworkshop.model.enums import Mark
from lacworkshop.services.attendance import (
    EMPTY,
    AttendanceGrid,
    CellKey,
    CellState,
    GridPerson,
    GridSlot,
    Result,
    Standing,
)
from lacworkshop.ui.models.name_labels import told_apart

_Index = QModelIndex | QPersistentModelIndex

LETTERS = {Mark.PRESENT: "P", Mark.LATE: "L", Mark.EXCUSED: "E", Mark.ABSENT: "A"}
CYCLE: list[Mark | None] = [None, Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT]
MARK_COLOURS = {
    Mark.PRESENT: QColor("#b9e4bc"),
    Mark.LATE: QColor("#fde9a0"),
    Mark.EXCUSED: QColor("#b8d8f8"),
    Mark.ABSENT: QColor("#f7b9bf"),
}
STANDING_COLOURS = {
    Standing.AT_RISK: QColor("#fde9a0"),
    Standing.NOT_ELIGIBLE: QColor("#f7b9bf"),
}
DAY_TINT = QColor(0, 0, 0, 10)
SUMMARY_COLUMNS = 3  # hours, share, eligibility


def next_in_cycle(mark: Mark | None) -> Mark | None:
    return CYCLE[(CYCLE.index(mark) + 1) % len(CYCLE)]


class AttendanceGridModel(QAbstractTableModel):
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (participation id, slot id) of a mark cell
    DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # header: the day label of a slot column
    DAY_INDEX_ROLE = Qt.ItemDataRole.UserRole + 3  # header: 0, 1, 2 ... per day
    STANDING_ROLE = Qt.ItemDataRole.UserRole + 4  # Standing of the row

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self._results: list[Result] = []
        self._row_of: dict[int, int] = {}
        self._col_of: dict[int, int] = {}
        self._day_index: list[int] = []
        self._first_of_day: set[int] = set()
        self._labels: dict[int, str] = {}  # participation id -> name as listed
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- data in -----------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._row_of = {p.participation_id: r for r, p in enumerate(grid.people)} if grid else {}
        self._col_of = {s.id: c for c, s in enumerate(grid.slots)} if grid else {}
        self._results = [grid.result_for(p) for p in grid.people] if grid else []
        self._labels = (
            told_apart(
                (p.participation_id, p.listed_name, p.email or p.organisation) for p in grid.people
            )
            if grid
            else {}
        )
        self._day_index, self._first_of_day = [], set()
        if grid:
            day = -1
            for c, s in enumerate(grid.slots):
                if c == 0 or grid.slots[c - 1].date != s.date:
                    day += 1
                    self._first_of_day.add(c)
                self._day_index.append(day)
        self.endResetModel()

    def update_cells(self, changes: Mapping[CellKey, CellState]) -> None:
        """Show *changes* (already saved) and refresh the standings of the rows they touch."""
        if self.grid is None:
            return
        spans: dict[int, tuple[int, int]] = {}
        for (pid, sid), state in changes.items():
            row, col = self._row_of.get(pid), self._col_of.get(sid)
            if row is None or col is None:
                continue
            if state.mark is None:
                self.grid.cells.pop((pid, sid), None)
            else:
                self.grid.cells[(pid, sid)] = state
            lo, hi = spans.get(row, (col, col))
            spans[row] = (min(lo, col), max(hi, col))
        n = len(self.grid.slots)
        for row, (lo, hi) in spans.items():
            self._results[row] = self.grid.result_for(self.grid.people[row])
            self.dataChanged.emit(self.index(row, lo), self.index(row, hi))
            self.dataChanged.emit(self.index(row, n), self.index(row, n + SUMMARY_COLUMNS - 1))

    def update_person(self, person: GridPerson) -> None:
        """A changed override: recompute the row's standing."""
        if self.grid is None or person.participation_id not in self._row_of:
            return
        row = self._row_of[person.participation_id]
        self.grid.people[row] = person
        self._results[row] = self.grid.result_for(person)
        n = len(self.grid.slots)
        self.dataChanged.emit(self.index(row, n), self.index(row, n + SUMMARY_COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def set_override(
        self, participation_id: int, eligible: bool | None, reason: str | None
    ) -> None:
        if self.grid is None or participation_id not in self._row_of:
            return
        person = self.grid.people[self._row_of[participation_id]]
        self.update_person(replace(person, override=eligible, override_reason=reason))

    # ----- data out ----------------------------------------------------------
    def slot_at(self, column: int) -> GridSlot | None:
        if self.grid is None or not 0 <= column < len(self.grid.slots):
            return None
        return self.grid.slots[column]

    def person_at(self, row: int) -> GridPerson:
        assert self.grid is not None
        return self.grid.people[row]

    def result_at(self, row: int) -> Result:
        return self._results[row]

    def state_at(self, row: int, column: int) -> CellState:
        if self.grid is None:
            return EMPTY
        key = (self.grid.people[row].participation_id, self.grid.slots[column].id)
        return self.grid.cells.get(key, EMPTY)

    def key_at(self, row: int, column: int) -> CellKey | None:
        slot = self.slot_at(column)
        if slot is None or self.grid is None:
            return None
        return (self.grid.people[row].participation_id, slot.id)

    def slot_count(self) -> int:
        return len(self.grid.slots) if self.grid else 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.slots) + SUMMARY_COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_label(self, person: GridPerson) -> str:
        """The name as listed; where two people share it, their email or organisation too."""
        return self._labels.get(person.participation_id, person.listed_name)

    def _day_label(self, slot: GridSlot) -> str:
        return self._locale.toString(
            QDate(slot.date.year, slot.date.month, slot.date.day), "ddd d MMM"
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.grid.people):
                return None
            person = self.grid.people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                mark = "  *" if person.override is not None else ""
                return self.row_label(person) + mark
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [person.display_name, person.organisation or ""]
                if person.override is not None:
                    lines.append(
                        self.tr("Eligibility set by hand: %s") % (person.override_reason or "")
                    )
                return "\n".join(x for x in lines if x)
            return None
        n = len(self.grid.slots)
        if section < n:
            slot = self.grid.slots[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{slot.start_time:%H:%M}"
            if role == self.DAY_ROLE:
                return self._day_label(slot)
            if role == self.DAY_INDEX_ROLE:
                return self._day_index[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [
                    f"{self._day_label(slot)} {slot.start_time:%H:%M}–{slot.end_time:%H:%M}",
                    slot.topic,
                ]
                if slot.plenary:
                    lines.append(self.tr("Plenary session (every track)"))
                if slot.trainers:
                    lines.append(self.tr("Trainers: %s") % ", ".join(slot.trainers))
                return "\n".join(x for x in lines if x)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Hours"), self.tr("Share"), self.tr("Certificate")][section - n]
        return None

    def _standing_text(self, result: Result) -> str:
        if result.overridden:
            return (
                self.tr("Eligible (by hand)") if result.eligible else self.tr("Withheld (by hand)")
            )
        return {
            Standing.ELIGIBLE: self.tr("Eligible"),
            Standing.ON_TRACK: self.tr("On track"),
            Standing.AT_RISK: self.tr("At risk"),
            Standing.NOT_ELIGIBLE: self.tr("Not eligible"),
        }[result.standing]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, col = index.row(), index.column()
        n = len(self.grid.slots)
        if col < n:
            return self._mark_data(row, col, role)
        result = self._results[row]
        which = col - n
        if role == Qt.ItemDataRole.DisplayRole:
            if which == 0:
                return f"{result.attended_hours:g} / {result.scheduled_hours:g}"
            if which == 1:
                return self._locale.toString(result.share * 100, "f", 0) + " %"
            return self._standing_text(result)
        if role == Qt.ItemDataRole.BackgroundRole and which == 2:
            colour = STANDING_COLOURS.get(result.standing)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and which == 2:
            person = self.grid.people[row]
            lines = [self._standing_text(result)]
            if result.overridden:
                rule_says = self.tr("eligible") if result.by_rule else self.tr("not eligible")
                lines.append(self.tr("By the rule alone: %s") % rule_says)
                lines.append(self.tr("Reason: %s") % (person.override_reason or ""))
            return "\n".join(lines)
        if role == self.STANDING_ROLE:
            return result.standing
        return None

    def _mark_data(self, row: int, col: int, role: int) -> Any:
        assert self.grid is not None
        person, slot = self.grid.people[row], self.grid.slots[col]
        state = self.grid.cells.get((person.participation_id, slot.id), EMPTY)
        if role == Qt.ItemDataRole.DisplayRole:
            if state.mark is None:
                return ""
            return LETTERS[state.mark] + ("•" if state.note else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if state.mark is not None:
                return QBrush(MARK_COLOURS[state.mark])
            return QBrush(DAY_TINT) if self._day_index[col] % 2 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            names = {
                None: self.tr("Not yet marked"),
                Mark.PRESENT: self.tr("Present"),
                Mark.LATE: self.tr("Late"),
                Mark.EXCUSED: self.tr("Excused"),
                Mark.ABSENT: self.tr("Absent"),
            }
            lines = [
                f"{person.display_name}: {names[state.mark]}",
                f"{self._day_label(slot)} {slot.start_time:%H:%M}–{slot.end_time:%H:%M} {slot.topic}",
            ]
            if state.note:
                lines.append(self.tr("Note: %s") % state.note)
            return "\n".join(lines)
        if role == self.KEY_ROLE:
            return (person.participation_id, slot.id)
        return None


class AttentionFilter(QSortFilterProxyModel):
    """Shows every row, or only people at risk or not eligible."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_attention = False
        # Rows must not vanish under the cursor while someone types marks.
        self.setDynamicSortFilter(False)

    def set_only_attention(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_attention = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_attention = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.only_attention:
            return True
        model = self.sourceModel()
        assert isinstance(model, AttendanceGridModel)
        return model.result_at(source_row).standing in (Standing.AT_RISK, Standing.NOT_ELIGIBLE)
