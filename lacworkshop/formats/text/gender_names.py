"""A stored gender code as a document in *language* prints it."""

from __future__ import annotations

from lacworkshop.formats.catalogue import keys, text

_CODES = ("female", "male", "non_binary", "undisclosed", "self_described")


def gender_name(code: str | None, language: str, own_words: str | None = None) -> str:
    """``"female"`` -> ``"Femenino"`` in Spanish; a self-description prints its own words
    when *own_words* is given; a value that is no code comes back as it was."""
    if not code:
        return ""
    if code == "self_described" and own_words:
        return own_words
    if code in _CODES and f"gender.{code}" in keys():
        return text(f"gender.{code}", language)
    return code
