"""A country chooser showing names in the interface language; the value is the ISO code."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from lacworkshop.model.text_keys import fold

# Not real countries in CLDR: unknown region, pseudo-locales, the EU and the UN.
_NOT_COUNTRIES = {"ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"}


def ui_language() -> str:
    return QLocale().name().split("_")[0] or "en"


@lru_cache(maxsize=8)
def country_names(language: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> name in *language*, sorted by name without accents."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    names = {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    return dict(sorted(names.items(), key=lambda kv: fold(kv[1])))


def country_name(code: str | None, language: str | None = None) -> str:
    if not code:
        return ""
    return country_names(language or ui_language()).get(code, code)


class CountryCombo(QComboBox):
    """Editable, with type-ahead that ignores case; the first entry means "none"."""

    def __init__(self, parent: QWidget | None = None, none_text: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names ("South Georgia & South Sandwich Islands") must not widen every form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem(none_text, None)
        for code, name in country_names(ui_language()).items():
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        # A bare code or a name typed without choosing from the list.
        upper = text.upper()
        if self.findData(upper) >= 0:
            return upper
        folded = fold(text)
        for i in range(1, self.count()):
            if fold(self.itemText(i)).startswith(folded):
                return self.itemData(i)
        return text  # left for validation to refuse with a message at the field

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0:
            self.setEditText(code or "")
        else:
            self.setCurrentIndex(index)
