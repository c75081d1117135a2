"""Gender codes and person languages as the window names them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from lacworkshop.model import Gender, Language


class ValueLabels(QObject):
    """Translated labels for stored codes; one place, so every list says them alike."""

    def gender(self, code: str | None, own_words: str | None = None) -> str:
        if not code:
            return ""
        if code == Gender.SELF_DESCRIBED.value and own_words:
            return own_words
        return {
            Gender.FEMALE.value: self.tr("Female"),
            Gender.MALE.value: self.tr("Male"),
            Gender.NON_BINARY.value: self.tr("Non-binary"),
            Gender.UNDISCLOSED.value: self.tr("Prefers not to say"),
            Gender.SELF_DESCRIBED.value: self.tr("Self-described"),
        }.get(code, code)

    def language(self, code: str | None) -> str:
        if not code:
            return ""
        return {
            Language.ES.value: self.tr("Spanish"),
            Language.PT.value: self.tr("Portuguese"),
            Language.EN.value: self.tr("English"),
            Language.FR.value: self.tr("French"),
        }.get(code, code)

    def genders(self) -> list[tuple[str, str]]:
        """(code, label) of every gender, in the order the lists offer them."""
        return [(g.value, self.gender(g.value)) for g in Gender]

    def languages(self) -> list[tuple[str, str]]:
        return [(lang.value, self.language(lang.value)) for lang in Language]
