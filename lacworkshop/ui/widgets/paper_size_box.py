"""A choice of paper size: A4 or Letter, named in the reader's language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class PaperSizeBox(QComboBox):
    """A4 or Letter; the data is the name the documents take (a4, letter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("A4"), "a4")
        self.addItem(self.tr("Letter"), "letter")

    def paper(self) -> str:
        """The chosen paper's name."""
        return str(self.currentData())
