"""The document-language catalogue: every word the app prints into a file.

Texts live in modules of ``formats/doc_texts/``; each defines ``TEXTS`` mapping
a key to its text per language (es, pt, en, fr). One module per document kind
keeps them apart. Unknown languages fall back to English, then Spanish.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from lacworkshop.formats import doc_texts

LANGUAGES = ("es", "pt", "en", "fr")
FALLBACK = ("en", "es")


@cache
def _all_texts() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(doc_texts.__path__):
        module = importlib.import_module(f"{doc_texts.__name__}.{info.name}")
        for key, texts in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"document text {key!r} is defined twice")
            merged[key] = texts
    return merged


def text(key: str, language: str, **values: object) -> str:
    """The text for *key* in *language*, with ``{placeholders}`` filled from *values*."""
    texts = _all_texts()[key]
    template = texts.get(language) or next(texts[f] for f in FALLBACK if f in texts)
    return template.format(**values) if values else template


def keys() -> list[str]:
    return sorted(_all_texts())
