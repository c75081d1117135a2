"""The attendance grid's right edge: hours, share and standing, frozen beside the sessions.

A second view over the same model shows only the summary columns and shares the
grid's selection and vertical scrolling, so on a small screen the sessions scroll
sideways while every person's standing stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from lacworkshop.ui.models.attendance_grid_model import SUMMARY_COLUMNS
from lacworkshop.ui.widgets.attendance_grid_view import AttendanceGridView, DayHeader

# Room around a cell's text (margins and the focus frame), as Qt's own size hints leave it.
CELL_PADDING = 20


def standing_texts() -> list[str]:
    """Every text the standing column can show, in the language of the window."""
    return [
        QCoreApplication.translate("AttendanceGridModel", "Eligible"),
        QCoreApplication.translate("AttendanceGridModel", "On track"),
        QCoreApplication.translate("AttendanceGridModel", "At risk"),
        QCoreApplication.translate("AttendanceGridModel", "Not eligible"),
        QCoreApplication.translate("AttendanceGridModel", "Eligible (by hand)"),
        QCoreApplication.translate("AttendanceGridModel", "Withheld (by hand)"),
        QCoreApplication.translate("AttendanceGridModel", "Certificate"),
    ]


class SummaryColumnsView(QTableView):
    """Shows the grid's last SUMMARY_COLUMNS columns; scrolls and selects with the grid."""

    def __init__(self, grid: AttendanceGridView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setObjectName("attendance_summary")
        self.setHorizontalHeader(DayHeader(self))
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        # Marks are typed in the grid; this side is read and clicked, not typed into.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # One vertical bar, at the far right of the pair; both views keep a horizontal bar
        # so their rows stay level down to the last one.
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionsClickable(False)
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        self.clicked.connect(lambda index: grid.setFocus())

    def follow_model(self) -> None:
        """Share the grid's model and selection; call after the grid's model is set."""
        model = self.grid.model()
        self.setModel(model)
        self.setSelectionModel(self.grid.selectionModel())
        model.modelReset.connect(self.split_columns)
        model.layoutChanged.connect(self.split_columns)
        self.split_columns()

    def split_columns(self) -> None:
        """Sessions in the grid, the summary here; each side hides the other's columns."""
        model = self.model()
        if model is None:
            return
        total = model.columnCount()
        first = max(0, total - SUMMARY_COLUMNS)
        for col in range(total):
            summary = col >= first
            self.grid.setColumnHidden(col, summary)
            self.setColumnHidden(col, not summary)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their longest possible text, so no standing is cut short."""
        model = self.model()
        total = model.columnCount() if model is not None else 0
        first = max(0, total - SUMMARY_COLUMNS)
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        width = 0
        for col in range(first, total):
            self.resizeColumnToContents(col)
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "") if model else ""
            least = header_metrics.horizontalAdvance(title) + CELL_PADDING
            if col == total - 1:
                least = max(
                    least, *(metrics.horizontalAdvance(t) + CELL_PADDING for t in standing_texts())
                )
            self.setColumnWidth(col, max(self.columnWidth(col), least))
            width += self.columnWidth(col)
        frame = 2 * self.frameWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setFixedWidth(width + frame + bar if total else 0)
        self.setVisible(bool(total))
