"""Stretch some columns to fill a table, but never below a readable width.

Qt's Stretch mode squeezes a column to a sliver when the window is narrow
(a 1024-pixel laptop screen): an email column 20 pixels wide shows only "…".
Here the chosen columns stretch while there is room; when there is not, they
keep their least width and the table scrolls sideways instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(self, table: QTableView, least: Mapping[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.least = dict(least)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        if header.count() == 0:
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self.least and not header.isSectionHidden(c)
        )
        room = self.table.viewport().width() - others
        stretch = room >= sum(self.least.values())
        for col, least in self.least.items():
            if col >= header.count():
                continue
            if stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                if header.sectionSize(col) < least:
                    header.resizeSection(col, least)
