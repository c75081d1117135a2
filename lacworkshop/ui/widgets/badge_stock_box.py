"""A choice of badge stock: every layout of the registry, described in the reader's language.

The registry's own descriptions are English (the command line lists them); the
window says the same from the layout's measures, so a new layout is described
without a new string.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from lacworkshop.formats.badges import LAYOUTS, LETTER, BadgeLayout


class BadgeStockBox(QComboBox):
    """The badge layouts by description; the data is the layout's name."""

    def __init__(self, chosen: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for layout in LAYOUTS.values():
            self.addItem(self.describe(layout), layout.name)
        if chosen is not None:
            self.choose(chosen)

    def choose(self, name: str) -> None:
        """Show the layout *name* (the first one when it is unknown)."""
        self.setCurrentIndex(max(0, self.findData(name)))

    def layout_name(self) -> str:
        """The chosen layout's name."""
        return str(self.currentData())

    def describe(self, layout: BadgeLayout) -> str:
        """What *layout* is, in the interface language: stock, count and badge size."""
        paper = self.tr("Letter") if layout.page == LETTER else self.tr("A4")
        width, height = _mm(layout.width), _mm(layout.height)
        if layout.kind == "label":
            product = layout.name.replace("-", " ").title()
            return self.tr("{product}: {count} labels of {width} x {height} mm, {paper}").format(
                product=product, count=layout.per_page, width=width, height=height, paper=paper
            )
        if layout.kind == "card":
            return self.tr("{stock}, one badge per page ({width} x {height} mm)").format(
                stock=layout.name.upper(), width=width, height=height
            )
        if layout.folded:
            return self.tr(
                "{paper}, {count} badges to cut and fold (both faces, {width} x {height} mm)"
            ).format(paper=paper, count=layout.per_page, width=width, height=_mm(layout.height / 2))
        return self.tr("{paper}, {count} badges to cut ({width} x {height} mm)").format(
            paper=paper, count=layout.per_page, width=width, height=height
        )


def _mm(value: float) -> str:
    """A measure in whole millimetres, as the stock's packet states it."""
    return QLocale().toString(float(value), "f", 0)
