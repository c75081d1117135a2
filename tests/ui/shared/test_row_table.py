"""The base of the read-only list models: counts, headers, row role, alignment, extra roles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from lacworkshop.ui.models.row_table import RIGHT, Column, RowTableModel


@dataclass
class _Row:
    name: str
    hours: float


class _Model(RowTableModel):
    def columns(self) -> list[Column]:
        return [
            Column("Nombre", lambda r: r.name),
            Column("Horas", lambda r: f"{r.hours:g}", numeric=True),
        ]

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"tip {row.name}"
        return None


def test_counts_headers_and_cells(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    rows = [_Row("Núñez", 12.5), _Row("D'Ávila", 3)]
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rows() == rows and model.rows() is not rows
    assert model.row_at(1) is rows[1]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Horas"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(0, 0)) == "Núñez"
    assert model.data(model.index(0, 1)) == "12.5"
    # A child index never has rows: these are flat tables.
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_row_role_alignment_and_extra_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    model.set_rows([_Row("Ana", 1)])
    assert model.data(model.index(0, 1), model.ROW_ROLE) == _Row("Ana", 1)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "tip Ana"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) is None


def test_set_rows_resets_views(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_rows([_Row("Ana", 1)])
