"""Which sign-in sheets to print: track, day, paper size and language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from lacworkshop.ui.widgets.document_language_box import DocumentLanguageBox
from lacworkshop.ui.widgets.paper_size_box import PaperSizeBox


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
        self.paper_box = PaperSizeBox(self)
        form.addRow(self.tr("Track:"), self.track_box)
        form.addRow(self.tr("Day:"), self.day_box)
        self.language_box = DocumentLanguageBox(self, workshop_default=True)
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
        return self.paper_box.paper()

    def language(self) -> str | None:
        """None: the workshop's own language, as the command line does without --language."""
        return self.language_box.code()
