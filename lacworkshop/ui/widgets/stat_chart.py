"""Qt Charts drawn from a statistics table: the same chart the workbook carries."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from lacworkshop.formats.stats_xlsx import StatTable
from lacworkshop.ui.widgets.stat_table_model import display


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def build_chart(table: StatTable) -> QChart | None:
    """A QChart for *table*'s chart spec, or None when it has nothing to draw."""
    spec = table.chart
    if spec is None or not table.rows:
        return None
    rows = list(table.rows[: spec.max_rows] if spec.max_rows else table.rows)
    labels = [display(r[spec.label_column], table.columns[spec.label_column].kind) for r in rows]
    chart = QChart()
    chart.setTitle(spec.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    if spec.kind == "pie":
        pie = QPieSeries()
        col = spec.value_columns[0]
        for label, row in zip(labels, rows, strict=True):
            value = _number(row[col])
            if value > 0:
                pie.append(f"{label} ({display(row[col], table.columns[col].kind)})", value)
        pie.setLabelsVisible(True)
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart
    # Qt elides column labels to the column's width; past a dozen columns they would all
    # read "…", so such charts lie on their side, where each label has the full margin.
    horizontal = spec.kind == "bar" or len(rows) > 12
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    percent = all(table.columns[c].kind == "percent" for c in spec.value_columns)
    top = 0.0
    for col in spec.value_columns:
        bar_set = QBarSet(table.columns[col].header)
        values = [_number(r[col]) * (100 if percent else 1) for r in rows]
        if horizontal:
            values.reverse()  # Qt draws the first category at the bottom
        bar_set.append(values)
        top = max([top, *values])
        series.append(bar_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(reversed(labels)) if horizontal else labels)
    values_axis = QValueAxis()
    if percent:
        values_axis.setRange(0, 100)
        values_axis.setLabelFormat("%.0f%%")
    else:
        _count_axis(values_axis, top)
    if spec.y_title:
        values_axis.setTitleText(spec.y_title)
    cat_side, val_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(categories, cat_side)
    chart.addAxis(values_axis, val_side)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    if len(spec.value_columns) == 1:
        chart.legend().hide()
    return chart


def chart_view(table: StatTable) -> QChartView | None:
    chart = build_chart(table)
    if chart is None:
        return None
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    rows = len(
        table.rows[: table.chart.max_rows] if table.chart and table.chart.max_rows else table.rows
    )
    # A label needs about 24 pixels of height; long charts scroll rather than elide.
    view.setMinimumHeight(max(320, 26 * rows + 140) if rows > 12 else 320)
    return view


def _count_axis(axis: QValueAxis, top: float) -> None:
    """Whole-number ticks for counts and hours, so no tick reads "1" twice."""
    ceiling = max(1, math.ceil(top))
    if ceiling <= 10:
        axis.setRange(0, ceiling)
        axis.setTickCount(ceiling + 1)
    else:
        axis.setRange(0, top * 1.05)
        axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
