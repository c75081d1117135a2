"""Role colours: the Okabe-Ito palette, told apart by people with any common colour
blindness, and the text colour (black or white) that reads best on each."""

from __future__ import annotations

ROLES = ("attendee", "trainer", "organiser", "staff")

# Okabe & Ito (2008), "Color Universal Design": blue, orange, bluish green, vermillion.
DEFAULT_COLOURS: dict[str, str] = {
    "attendee": "#0072B2",
    "trainer": "#E69F00",
    "organiser": "#009E73",
    "staff": "#D55E00",
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ink_on(hex_colour: str) -> str:
    """Black or white, whichever has the higher contrast on *hex_colour*."""
    lum = luminance(hex_colour)
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return "#000000" if on_black >= on_white else "#FFFFFF"


def is_colour(text: str) -> bool:
    """Whether *text* is a ``#RRGGBB`` colour."""
    h = text.strip()
    return len(h) == 7 and h[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in h[1:])
