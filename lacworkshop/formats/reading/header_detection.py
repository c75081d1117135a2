"""Find the header row of a table that may start with titles, blank rows or notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lacworkshop.formats.reading.table_model import RawRow

_LOOK_AT = 30


def _texts(row: RawRow) -> list[str]:
    return [c.strip() for c in row.cells if isinstance(c, str) and c.strip()]


def _filled(row: RawRow) -> int:
    return sum(1 for c in row.cells if not (isinstance(c, str) and not c.strip()))


def find_header_row(rows: Sequence[RawRow], recognised: Callable[[str], bool] | None = None) -> int:
    """Index in *rows* of the likeliest header row.

    A header has several distinct text cells, none of them numbers or dates, and is
    as wide as the data under it; a title (one merged cell) is not. Cells that
    *recognised* knows as column names weigh most.
    """
    if not rows:
        return 0
    widest = max(_filled(r) for r in rows[: _LOOK_AT * 2])
    best_index, best_score = 0, float("-inf")
    for index, row in enumerate(rows[:_LOOK_AT]):
        texts = _texts(row)
        filled = _filled(row)
        if filled < 2 and widest >= 2:
            continue
        score = float(len(set(t.casefold() for t in texts)))
        score -= 2 * (filled - len(texts))  # numbers and dates are data, not names of columns
        if recognised is not None:
            score += 3 * sum(1 for t in texts if recognised(t))
        if filled < widest / 2:
            score -= widest / 2
        if score > best_score:
            best_index, best_score = index, score
    return best_index
