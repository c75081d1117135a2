"""The week of one track as a table: time blocks by day, hours per day and in total."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.workshops import WeekTable


def _hours_text(hours: float) -> str:
    return f"{hours:.1f} h".replace(".0 h", " h")


class WeekTableView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: WeekTable | None = None
        self.track = QComboBox()
        self.total = QLabel()
        self.table = QTableWidget()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setObjectName("week_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Track:")))
        top.addWidget(self.track, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.track.currentIndexChanged.connect(self._show)

    def set_week(self, week: WeekTable) -> None:
        self.week = week
        current = self.track.currentData()
        self.track.blockSignals(True)
        self.track.clear()
        for tid, name in week.tracks:
            self.track.addItem(name, tid)
        index = self.track.findData(current)
        self.track.setCurrentIndex(index if index >= 0 else 0)
        self.track.blockSignals(False)
        self._show()

    def _show(self) -> None:
        week, tid = self.week, self.track.currentData()
        self.table.clear()
        if week is None or tid is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.total.setText("")
            return
        by_day = week.slots.get(tid, {})
        blocks: list[tuple[time, time]] = sorted(
            {(s.start_time, s.end_time) for day in by_day.values() for s in day}
        )
        locale = QLocale()
        self.table.setColumnCount(len(week.days) + 1)
        self.table.setRowCount(len(blocks) + 1)
        headers = [
            f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d:%d/%m}"
            for d in week.days
        ]
        self.table.setHorizontalHeaderLabels([*headers, self.tr("Total")])
        self.table.setVerticalHeaderLabels(
            [f"{a:%H:%M}–{b:%H:%M}" for a, b in blocks] + [self.tr("Hours")]
        )
        for r, (a, b) in enumerate(blocks):
            for c, day in enumerate(week.days):
                found = [s for s in by_day.get(day, []) if (s.start_time, s.end_time) == (a, b)]
                if not found:
                    continue
                lines = []
                for s in found:
                    text = s.topic or self.tr("(no topic)")
                    if s.track_id is None:
                        text = self.tr("{topic} (all tracks)").format(topic=text)
                    if s.trainer_names:
                        text += "\n" + ", ".join(s.trainer_names)
                    lines.append(text)
                item = QTableWidgetItem("\n".join(lines))
                item.setToolTip("\n".join(lines))
                self.table.setItem(r, c, item)
        bold = QFont()
        bold.setBold(True)
        hours = week.hours.get(tid, {})
        last = len(blocks)
        for c, day in enumerate(week.days):
            item = QTableWidgetItem(_hours_text(hours.get(day, 0.0)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setFont(bold)
            self.table.setItem(last, c, item)
        total = QTableWidgetItem(_hours_text(week.total(tid)))
        total.setFont(bold)
        total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(last, len(week.days), total)
        self.total.setText(self.tr("Total: {hours}").format(hours=_hours_text(week.total(tid))))
        self.table.resizeRowsToContents()

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
