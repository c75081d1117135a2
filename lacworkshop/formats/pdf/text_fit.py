"""Fitting text into boxes on a PDF page: wrap, shrink, and the two-line name.

Lines break only at ordinary spaces: a no-break space (U+00A0, U+202F) holds
"10,5 horas", "«\u00a0titre\u00a0»" and "Parcours\u00a0:" together, as a
print shop would.
"""

from __future__ import annotations

import re
from functools import cache

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.22
NAME_LEADING = 1.12
SMALLEST = 6.0  # below this nothing is legible; a name is cut at no size


def width(text: str, face: str, size: float, char_space: float = 0.0) -> float:
    return stringWidth(text, face, size) + char_space * max(0, len(text) - 1)


_BREAKABLE = re.compile(r"[ \t\r\f\v]+")  # not U+00A0 / U+202F: those hold their words together
HYPHEN = "-"


def words_of(text: str) -> list[str]:
    """*text* split where a line may break: at ordinary spaces, never at a no-break space."""
    return [w for w in _BREAKABLE.split(text) if w]


@cache
def _hyphenator(language: str) -> pyphen.Pyphen | None:
    lang = {"es": "es", "pt": "pt_BR", "en": "en_GB", "fr": "fr"}.get(language, language)
    try:
        return pyphen.Pyphen(lang=lang)
    except KeyError:
        return None


def _break_word(
    word: str, face: str, size: float, limit: float, language: str | None = None
) -> list[str]:
    """*word* in pieces no wider than *limit*: at its syllables with a hyphen where the
    language's dictionary knows them, else by characters (still with a hyphen)."""
    hyphenator = _hyphenator(language) if language else None
    if hyphenator is not None:
        pieces: list[str] = []
        rest = word
        while stringWidth(rest, face, size) > limit:
            for head, tail in hyphenator.iterate(rest):
                if stringWidth(head + HYPHEN, face, size) <= limit:
                    pieces.append(head + HYPHEN)
                    rest = tail
                    break
            else:
                break
        if stringWidth(rest, face, size) <= limit:
            return [*pieces, rest]
        word = "".join(p.removesuffix(HYPHEN) for p in pieces) + rest
    pieces = []
    current = ""
    for ch in word:
        if current and stringWidth(current + ch + HYPHEN, face, size) > limit:
            pieces.append(current + (HYPHEN if current[-1].isalnum() and ch.isalnum() else ""))
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, face: str, size: float, limit: float, language: str | None = None) -> list[str]:
    """Greedy line breaking at spaces (never at no-break spaces); a word wider than the
    line is hyphenated."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in words_of(paragraph):
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, face, size) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            if stringWidth(word, face, size) <= limit:
                current = word
            else:
                *whole, current = _break_word(word, face, size, limit, language)
                lines.extend(whole)
        if current:
            lines.append(current)
    return lines


def fit_block(
    text: str,
    face: str,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    leading: float = LEADING,
) -> tuple[float, list[str]]:
    """The largest size (down to *min_size*, then smaller) at which *text* fits the box."""
    size = max_size
    floor = min(min_size, SMALLEST)
    while True:
        lines = wrap(text, face, size, box_width)
        fits = len(lines) <= max_lines and len(lines) * size * leading <= box_height + 0.01
        if fits or size <= floor:
            return size, lines
        size = max(floor, size - (0.5 if size > min_size else 0.25))
        if size < min_size:
            max_lines = max(max_lines, int(box_height // (size * leading)))


def _two_lines(text: str, face: str) -> tuple[str, str] | None:
    """Split *text* in two lines as even in width as the spaces allow; None for one word."""
    words = words_of(text)
    if len(words) < 2:
        return None
    best = (float("inf"), " ".join(words[:1]), " ".join(words[1:]))
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(stringWidth(first, face, 10), stringWidth(second, face, 10))
        if widest < best[0]:
            best = (widest, first, second)
    return best[1], best[2]


def fit_name(
    text: str,
    face: str,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    floor: float = 12.0,
    language: str | None = None,
) -> tuple[float, list[str]]:
    """Size and lines for a name, as a print shop sets it.

    One line shrunk down to *min_size*; then two balanced lines at *min_size* at
    most (a long name does not outshine the short ones); then lines wrapped at
    sizes down to *floor*, the body text's size; then hyphenated at *floor*. Only
    a name that still does not fit goes smaller (see :func:`name_fits`, which
    says so for a warning). The result always fits inside the box.
    """
    size, lines, _fits = fit_name_checked(
        text, face, box_width, box_height, max_size, min_size, floor, language
    )
    return size, lines


def name_fits(
    text: str,
    face: str,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    floor: float = 12.0,
    language: str | None = None,
) -> bool:
    """Whether the name fits its box at *floor* or larger (else it is set smaller: warn)."""
    return fit_name_checked(text, face, box_width, box_height, max_size, min_size, floor, language)[
        2
    ]


def fit_name_checked(
    text: str,
    face: str,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    floor: float = 12.0,
    language: str | None = None,
) -> tuple[float, list[str], bool]:
    """:func:`fit_name` and whether the size stayed at *floor* or above."""
    text = " ".join(words_of(" ".join(text.splitlines())))
    floor = min(floor, min_size)
    one = stringWidth(text, face, 1.0) or 1.0
    size = min(max_size, box_width / one, box_height / NAME_LEADING)
    if size >= min_size:
        return size, [text], True
    halves = _two_lines(text, face)
    if halves is not None:
        widest = max(stringWidth(h, face, 1.0) for h in halves) or 1.0
        size = min(min_size, box_width / widest, box_height / (2 * NAME_LEADING))
        if size >= min_size - 0.01:
            return size, list(halves), True
    size = min_size
    while size >= floor - 0.01:
        lines = wrap(text, face, size, box_width, language)
        if len(lines) * size * NAME_LEADING <= box_height + 0.01:
            return size, lines, True
        size -= 0.5
    # Nothing fits at the floor: smaller still, so nothing runs off the box; the caller warns.
    size = floor
    while size > 4.0:
        size -= 0.5
        lines = wrap(text, face, size, box_width, language)
        if len(lines) * size * NAME_LEADING <= box_height + 0.01:
            break
    return size, lines, False
