"""The message catalogue: every sentence the app says to a person about a problem.

The sibling of the document-text catalogue (``formats.catalogue``): texts
live in modules of ``formats/message_texts/``, each defining ``TEXTS`` that
maps a key to its text in es, pt, en and fr, with ``{placeholders}`` that are
the same in all four.
"""

from __future__ import annotations

from functools import cache

LANGUAGES = ("es", "pt", "en", "fr")


class Term(str):
    """A word of the catalogue used as a value: rendered as ``term.<it>`` in the message's language."""


@cache
def all_messages() -> dict[str, dict[str, str]]:
    """Every key with its texts, merged from the modules of ``message_texts``."""
    # Imported on first use: a command that says nothing loads no catalogue.
    import importlib
    import pkgutil

    from lacworkshop.formats import message_texts

    merged: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(message_texts.__path__):
        module = importlib.import_module(f"{message_texts.__name__}.{info.name}")
        for key, texts in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"message {key!r} is defined twice")
            merged[key] = texts
    return merged


def _term(value: object, language: str) -> object:
    """A Term in *language*; a term the catalogue lacks stays as written."""
    if isinstance(value, Term) and has_message(f"term.{value}"):
        return message(f"term.{value}", language)
    return value


def has_message(key: str) -> bool:
    return key in all_messages()


def message(key: str, language: str, /, **values: object) -> str:
    """The text of *key* in *language* (English when unknown), placeholders filled.

    A *key* that is not in the catalogue is returned as it is: it is a
    sentence written before the catalogue, and saying it beats saying nothing.
    """
    texts = all_messages().get(key)
    if texts is None:
        return key
    template = texts.get(language) or texts["en"]
    values = {name: _term(value, language) for name, value in values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A missing value must not turn a person's error into a crash.
        return template
