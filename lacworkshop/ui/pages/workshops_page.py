"""The Workshops page: every workshop in the database."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.models.workshop_table import WorkshopTableModel


class WorkshopsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Workshops')}</h2>"))
        self.model = WorkshopTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_workshops(self.ctx.db))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _on_changed(self, what: set[str]) -> None:
        if what & {"workshops", "participations", "database"}:
            self.refresh()

    def _selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            self.ctx.workshop_selected.emit(self.model.row_at(current.row()).id)


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return WorkshopsPage(ctx, parent)
