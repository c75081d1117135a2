"""One statistics table beside its chart, which can be copied or saved as PNG."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.formats.stats_xlsx import StatTable
from lacworkshop.formats.writing import atomic_path
from lacworkshop.ui.widgets.save_path import ask_save_path, suggested_path
from lacworkshop.ui.widgets.stat_chart import chart_view
from lacworkshop.ui.widgets.stat_table_model import StatTableModel


class StatPanel(QWidget):
    def __init__(self, table: StatTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(self)
        self.view = QTableView(split)
        self.view.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.model = StatTableModel(table, self.view)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        split.addWidget(self.view)
        self.chart = chart_view(table)
        # Beside a chart the table fills its part; alone (the summary) a stretched value
        # column would push the numbers a screen away from their labels.
        self.view.horizontalHeader().setStretchLastSection(self.chart is not None)
        self.copy_button = QPushButton(self.tr("Copy chart"), self)
        self.save_button = QPushButton(self.tr("Save chart as PNG…"), self)
        if self.chart is not None:
            right = QWidget(split)
            rl = QVBoxLayout(right)
            rl.setContentsMargins(0, 0, 0, 0)
            scroll = QScrollArea(right)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.chart)
            rl.addWidget(scroll)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.copy_button)
            buttons.addWidget(self.save_button)
            rl.addLayout(buttons)
            split.addWidget(right)
            split.setStretchFactor(0, 2)
            split.setStretchFactor(1, 3)
            self.copy_button.clicked.connect(self.copy_chart)
            self.save_button.clicked.connect(self.save_chart)
        else:
            self.copy_button.hide()
            self.save_button.hide()
        layout.addWidget(split)
        if not table.rows:
            layout.addWidget(QLabel(self.tr("Nothing to count yet."), self))

    def pixmap(self) -> QPixmap:
        assert self.chart is not None
        return self.chart.grab()

    def copy_chart(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.pixmap())

    def save_chart(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Save chart"),
            suggested_path(f"{self.table.key}.png"),
            self.tr("PNG images (*.png)"),
            ".png",
        )
        if path is None:
            return
        try:
            with atomic_path(path) as tmp:
                if not self.pixmap().save(str(tmp), "PNG"):
                    raise OSError(self.tr("The image could not be written."))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save chart"), str(exc))
