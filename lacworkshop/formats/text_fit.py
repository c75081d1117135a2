"""Fitting text into boxes on a PDF page: wrap, shrink, and the two-line name."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.22
NAME_LEADING = 1.12
SMALLEST = 6.0  # below this nothing is legible; a name is cut at no size


def width(text: str, face: str, size: float, char_space: float = 0.0) -> float:
    return stringWidth(text, face, size) + char_space * max(0, len(text) - 1)


def _break_word(word: str, face: str, size: float, limit: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and stringWidth(current + ch, face, size) > limit:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, face: str, size: float, limit: float) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is broken by characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, face, size) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            if stringWidth(word, face, size) <= limit:
                current = word
            else:
                *whole, current = _break_word(word, face, size, limit)
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


def _two_lines(text: str, face: str) -> tuple[str, str]:
    """Split *text* in two lines as even in width as the spaces allow."""
    words = text.split()
    if len(words) < 2:
        half = len(text) // 2
        return text[:half], text[half:]
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
) -> tuple[float, list[str]]:
    """Size and lines for a name: one line shrunk down to *min_size*, then two lines.

    Two lines are never set larger than *min_size*, so a long name does not
    outshine the short ones; only a name too long for two lines at *min_size*
    goes smaller still. The result always fits inside the box.
    """
    text = " ".join(text.split())
    one = stringWidth(text, face, 1.0) or 1.0
    size = min(max_size, box_width / one, box_height / NAME_LEADING)
    if size >= min_size:
        return size, [text]
    first, second = _two_lines(text, face)
    widest = max(stringWidth(first, face, 1.0), stringWidth(second, face, 1.0)) or 1.0
    size = min(min_size, box_width / widest, box_height / (2 * NAME_LEADING))
    return size, [first, second]
