"""The attendance grid's table view: marking from the keyboard and the mouse.

P, L, E, A set the mark of the selected cells, Delete clears them, Space
cycles; with a single cell the cursor then moves to the next person, so a
session is marked by typing down its column. A plain click cycles a cell.
The view only asks; the page saves through the service and the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from lacworkshop.model.enums import Mark
from lacworkshop.ui.models.attendance_grid_model import SUMMARY_COLUMNS, AttendanceGridModel

KEY_MARKS = {
    Qt.Key.Key_P: Mark.PRESENT,
    Qt.Key.Key_L: Mark.LATE,
    Qt.Key.Key_E: Mark.EXCUSED,
    Qt.Key.Key_A: Mark.ABSENT,
}
CYCLE = "cycle"
# The widest name shown whole in the grid; a realistic long one.
LONG_NAME = "Pérez de la Fuente Rodríguez, María José"


class DayHeader(QHeaderView):
    """A two-level horizontal header: the day over its sessions, the start time below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().height() * 2 + 12)
        return hint

    def _day(self, logical: int, role: int) -> Any:
        model = self.model()
        return model.headerData(logical, Qt.Orientation.Horizontal, role) if model else None

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        day = self._day(logical, AttendanceGridModel.DAY_ROLE)
        if day is None:
            super().paintSection(painter, rect, logical)
            return
        half = rect.height() // 2
        painter.save()
        painter.setClipRect(rect)
        # The day band spans the day's sessions: each section paints its part of it.
        first = last = logical
        index = self._day(logical, AttendanceGridModel.DAY_INDEX_ROLE)
        while first > 0 and self._day(first - 1, AttendanceGridModel.DAY_INDEX_ROLE) == index:
            first -= 1
        count = self.count()
        while last + 1 < count and self._day(last + 1, AttendanceGridModel.DAY_INDEX_ROLE) == index:
            last += 1
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QRect(left, rect.top(), right - left, half)
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = band
        opt.section = logical
        opt.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, opt, painter, self)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), str(day))
        painter.restore()
        super().paintSection(
            painter,
            QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half),
            logical,
        )


class AttendanceGridView(QTableView):
    mark_requested = Signal(object)  # Mark, None (clear) or CYCLE, for the selected cells
    cell_clicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(DayHeader(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # One very long name (four given names, two compound surnames) must not push the
        # sessions and the standings off the screen: longer names are elided, and their
        # tooltip gives them whole.
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance(LONG_NAME) + 24)
        self.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("00:00") + 18
        )
        # Tab goes on to the next control; the arrows move between cells.
        self.setTabKeyNavigation(False)
        self.clicked.connect(self._clicked)

    # ----- column widths --------------------------------------------------------
    def slot_widths(self, available: int | None = None) -> list[int]:
        """Widths for the session columns: each day's label fits over its sessions.

        A day with one session is as wide as "Mon 7 Dec"; spare room in the
        viewport widens the sessions up to a comfortable cap, never squeezes them.
        """
        model = self.model()
        if model is None:
            return []
        n = max(0, model.columnCount() - SUMMARY_COLUMNS)
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        least = header.defaultSectionSize()
        days: list[list[int]] = []
        last_day = None
        for col in range(n):
            day = model.headerData(
                col, Qt.Orientation.Horizontal, AttendanceGridModel.DAY_INDEX_ROLE
            )
            if day != last_day or not days:
                days.append([])
                last_day = day
            days[-1].append(col)
        widths = [least] * n
        for cols in days:
            label = model.headerData(
                cols[0], Qt.Orientation.Horizontal, AttendanceGridModel.DAY_ROLE
            )
            need = metrics.horizontalAdvance(str(label or "")) + 16
            share = -(-need // len(cols))  # ceiling division
            for col in cols:
                widths[col] = max(least, share)
        if available is not None and n:
            cap = max(least * 2, max(widths))
            spare = available - sum(widths)
            if spare > 0:
                extra = spare // n
                widths = [min(cap, w + extra) if w < cap else w for w in widths]
        return widths

    def fit_columns(self) -> None:
        """Size the session columns (see slot_widths) to the room the viewport has.

        The summary columns live in the frozen view beside the grid, not in this viewport.
        """
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        available = self.viewport().width()
        as_needed = self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if as_needed and not self.verticalScrollBar().isVisible():
            # A long list brings the vertical scroll bar only after this layout: leave it room,
            # or a needless horizontal scroll bar appears.
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        for col, width in enumerate(self.slot_widths(available)):
            self.setColumnWidth(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in KEY_MARKS:
                self.mark_requested.emit(KEY_MARKS[Qt.Key(key)])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.mark_requested.emit(None)
                return
            if key == Qt.Key.Key_Space:
                self.mark_requested.emit(CYCLE)
                return
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        if QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.cell_clicked.emit(index)

    def advance(self) -> None:
        """Move the cursor to the next person in the same session."""
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)
