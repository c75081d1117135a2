"""A layout that wraps its widgets onto the next line when the row runs out of room.

After Qt's own Flow Layout example: filters stay whole on a narrow screen
instead of being squeezed until their texts are cut.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch: dict[int, int] = {}

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add *widget*; on each line, spare room goes to widgets by their *stretch*."""
        self.addWidget(widget)
        self._stretch[id(widget)] = stretch

    # ----- QLayout's interface ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # As wide as everything on one line; as tall as one line.
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._gap(Qt.Orientation.Horizontal) * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # ----- placing -----------------------------------------------------------------------
    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        return gap if gap >= 0 else 6

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        gap = self._gap(Qt.Orientation.Horizontal)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + gap + w > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap_x = self._gap(Qt.Orientation.Horizontal)
        gap_y = self._gap(Qt.Orientation.Vertical)
        y = area.y()
        for line in self._lines(area.width()):
            hints = [i.sizeHint().width() for i in line]
            spare = max(0, area.width() - sum(hints) - gap_x * (len(line) - 1))
            weights = [self._weight(i) for i in line]
            total = sum(weights)
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, hint, weight in zip(line, hints, weights, strict=True):
                width = hint + (spare * weight // total if total else 0)
                width = min(width, area.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap_x
            y += height + gap_y
        return y - gap_y - rect.y() + margins.bottom() if self._items else 0

    def _weight(self, item: QLayoutItem) -> int:
        widget = item.widget()
        if widget is None:
            return 0
        if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed:
            return 0
        return self._stretch.get(id(widget), 0)
