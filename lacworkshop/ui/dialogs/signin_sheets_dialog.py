"""Which sign-in sheets to print: track, day, paper size and language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget


class SigninSheetsDialog(QDialog):
    def __init__(
        self, tracks: list[str], days: list[date], current_track: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-in sheets"))
        form = QFormLayout(self)
        self.track_box = QComboBox()
        self.track_box.addItem(self.tr("Every track"), None)
        for name in tracks:
            self.track_box.addItem(name, name)
        self.track_box.setCurrentIndex(max(0, self.track_box.findData(current_track)))
        self.day_box = QComboBox()
        self.day_box.addItem(self.tr("Every day"), None)
        locale = QLocale()
        for d in days:
            self.day_box.addItem(
                locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat), d
            )
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("Letter", "letter")
        form.addRow(self.tr("Track:"), self.track_box)
        form.addRow(self.tr("Day:"), self.day_box)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Workshop language"), None)
        for code, name in (
            ("es", self.tr("Spanish")),
            ("pt", self.tr("Portuguese")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
        ):
            self.language_box.addItem(name, code)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow(self.tr("Language:"), self.language_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def track(self) -> str | None:
        return self.track_box.currentData()

    def day(self) -> date | None:
        return self.day_box.currentData()

    def paper(self) -> str:
        return str(self.paper_box.currentData())

    def language(self) -> str | None:
        """None: the workshop's own language, as the command line does without --language."""
        data = self.language_box.currentData()
        return str(data) if data else None
