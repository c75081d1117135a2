"""A choice of document language: Spanish, Portuguese, English, French, in the reader's words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class DocumentLanguageBox(QComboBox):
    """The four document languages by name; the data is the code (es, pt, en, fr).

    With *workshop_default*, a first item "Workshop language" (data None) leaves the
    choice to the workshop, as the command line does without ``--language``.
    """

    def __init__(self, parent: QWidget | None = None, *, workshop_default: bool = False) -> None:
        super().__init__(parent)
        if workshop_default:
            self.addItem(self.tr("Workshop language"), None)
        for code, name in (
            ("es", self.tr("Spanish")),
            ("pt", self.tr("Portuguese")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
        ):
            self.addItem(name, code)

    def code(self) -> str | None:
        """The chosen language's code, or None for the workshop's own."""
        data = self.currentData()
        return str(data) if data else None
