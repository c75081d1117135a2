"""The bundled TrueType fonts: registration with reportlab and glyph coverage.

Every PDF embeds these fonts (never the 14 standard PDF fonts, which cannot
print most names of the region). Before a name is printed, ``missing_glyphs``
tells which of its characters the font cannot draw, so the caller can refuse
to print boxes.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lacworkshop.resource_files import resource_path


@dataclass(frozen=True)
class Family:
    """A font family as registered with reportlab: names of its four faces."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


# family -> (regular, bold, italic, bold italic) file names in resources/fonts
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "DejaVu Sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-Bold.ttf",
    ),
    "DejaVu Sans Condensed": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
    ),
    "DejaVu Serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-Bold.ttf",
    ),
    "DejaVu Serif Condensed": (
        "DejaVuSerifCondensed.ttf",
        "DejaVuSerifCondensed-Bold.ttf",
        "DejaVuSerifCondensed.ttf",
        "DejaVuSerifCondensed-Bold.ttf",
    ),
}
DEFAULT_FAMILY = "DejaVu Sans"
_lock = threading.Lock()
# Characters that draw nothing and need no glyph.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}


def _face_name(file_name: str) -> str:
    return "lw-" + file_name.removesuffix(".ttf")


@cache
def register_family(family: str = DEFAULT_FAMILY) -> Family:
    """Register *family* with reportlab once; returns the face names to use."""
    if family not in FAMILIES:
        raise KeyError(f"unknown font family {family!r}; bundled: {', '.join(FAMILIES)}")
    files = FAMILIES[family]
    names = [_face_name(f) for f in files]
    with _lock:
        for file_name, face in zip(files, names, strict=True):
            if face not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", file_name))))
        addMapping(names[0], 0, 0, names[0])
        addMapping(names[0], 1, 0, names[1])
        addMapping(names[0], 0, 1, names[2])
        addMapping(names[0], 1, 1, names[3])
    return Family(family, *names)


@cache
def _coverage(face: str) -> frozenset[int]:
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str, face: str) -> list[str]:
    """The distinct characters of *text* that the registered *face* cannot draw."""
    covered = _coverage(face)
    missing: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) == "Cc":
            continue
        if ord(ch) not in covered and ch not in missing:
            missing.append(ch)
    return missing


def describe_characters(chars: list[str]) -> str:
    """``'ŉ' (U+0149 LATIN SMALL LETTER N PRECEDED BY APOSTROPHE)``, joined for a message."""
    return ", ".join(f"'{c}' (U+{ord(c):04X} {unicodedata.name(c, 'unnamed')})" for c in chars)
