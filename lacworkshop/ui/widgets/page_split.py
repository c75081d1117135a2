"""The splitter that holds a page's list and its editor, filling the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def split_page(
    page: QWidget,
    first: QWidget,
    second: QWidget,
    orientation: Qt.Orientation,
    stretch: tuple[int, int],
    sizes: tuple[int, int],
) -> QSplitter:
    """Lay *first* and *second* out in a splitter that neither pane can be collapsed in."""
    splitter = QSplitter(orientation)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.addWidget(splitter)
    return splitter
