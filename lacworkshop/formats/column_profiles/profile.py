"""A column summed up by what its values look like."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from lacworkshop.formats.column_profiles.value_kinds import (
    fold,
    is_country,
    is_date,
    is_email,
    is_number,
    is_phone,
    name_words,
)
from lacworkshop.formats.reading import CellValue, RawRow

# Enough rows to know a column; a 20,000-row file is not read twice over.
SAMPLE = 400


@dataclass(frozen=True)
class ColumnProfile:
    """Shares (0..1) of the non-empty values of one column that look like each kind."""

    filled: int  # non-empty values looked at
    distinct: int
    email: float = 0.0
    full_name: float = 0.0  # name-like with two words or more
    name: float = 0.0  # name-like, any number of words
    long_name: float = 0.0  # name-like with three words or more
    nameable: float = 0.0  # neither an email, a date nor a bare number
    country: float = 0.0
    phone: float = 0.0
    date: float = 0.0
    number: float = 0.0
    common: str = ""  # the folded value most rows hold

    @property
    def empty(self) -> bool:
        return self.filled == 0

    @property
    def constant(self) -> bool:
        """The same value on every row (with rows enough for that to mean something)."""
        return self.filled >= 2 and self.distinct == 1


def _text(cell: CellValue) -> str:
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return "2000-01-01"  # any date: only its kind matters here
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, int | float):
        return str(int(cell)) if float(cell).is_integer() else str(cell)
    return " ".join(str(cell).split())


def _nameable(text: str) -> bool:
    bare_number = any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)
    return not (bare_number or is_email(text) or is_date(text))


def profile_column(values: Sequence[CellValue]) -> ColumnProfile:
    """What the values of one column look like."""
    texts = [t for t in (_text(v) for v in values[:SAMPLE] if v is not None) if t]
    if not texts:
        return ColumnProfile(0, 0)
    n = len(texts)
    counts: dict[str, int] = {}
    for t in texts:
        key = fold(t)
        counts[key] = counts.get(key, 0) + 1
    words = [name_words(t) for t in texts]
    return ColumnProfile(
        filled=n,
        distinct=len(counts),
        email=sum(is_email(t) for t in texts) / n,
        full_name=sum(w >= 2 for w in words) / n,
        name=sum(w >= 1 for w in words) / n,
        long_name=sum(w >= 3 for w in words) / n,
        nameable=sum(_nameable(t) for t in texts) / n,
        country=sum(is_country(t) for t in texts) / n,
        phone=sum(is_phone(t) for t in texts) / n,
        date=sum(is_date(t) for t in texts) / n,
        number=sum(is_number(t) for t in texts) / n,
        common=max(counts, key=lambda k: counts[k]),
    )


def profile_table(rows: Sequence[RawRow], width: int) -> list[ColumnProfile]:
    """One profile per column of the data *rows* (the rows under the header)."""
    sample = [r for r in rows[: SAMPLE * 2] if not r.is_blank()][:SAMPLE]
    return [
        profile_column([r.cells[i] if i < len(r.cells) else "" for r in sample])
        for i in range(width)
    ]
