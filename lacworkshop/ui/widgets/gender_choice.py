"""Gender as one of a few choices in the interface language, or the person's own words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from lacworkshop.model import Gender
from lacworkshop.ui.widgets.gender_labels import ValueLabels


class GenderChoice(QWidget):
    """A list of the Gender codes (labelled with tr) and a field for a self-description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem("", None)
        for code, label in ValueLabels(self).genders():
            self.combo.addItem(label, code)
        self.combo.setToolTip(self.tr("Optional."))
        self.own_words = QLineEdit()
        self.own_words.setMaxLength(60)
        self.own_words.setPlaceholderText(self.tr("In the person's own words"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.own_words, 1)
        self.combo.currentIndexChanged.connect(self._show_own_words)
        self._show_own_words()

    def _show_own_words(self) -> None:
        self.own_words.setVisible(self.combo.currentData() == Gender.SELF_DESCRIBED.value)

    def set_value(self, code: str | None, own_words: str | None) -> None:
        index = self.combo.findData(code) if code else 0
        if index < 0:  # a value stored before genders were codes: keep it as its words
            index = self.combo.findData(Gender.SELF_DESCRIBED.value)
            own_words = own_words or code
        self.combo.setCurrentIndex(index)
        self.own_words.setText(own_words or "")
        self._show_own_words()

    def code(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def words(self) -> str | None:
        if self.code() != Gender.SELF_DESCRIBED.value:
            return None
        return self.own_words.text().strip() or None
