"""Names as shown in lists, told apart where two people share one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


def _same(name: str) -> str:
    return " ".join(name.casefold().split())


def told_apart(entries: Iterable[tuple[Key, str, str | None]]) -> dict[Key, str]:
    """Each (key, name, detail) as its name, with its detail (email or organisation)
    in brackets where another entry has the same name (ignoring case and spacing)."""
    rows = list(entries)
    counts = Counter(_same(name) for _key, name, _detail in rows)
    return {
        key: f"{name} ({detail})" if counts[_same(name)] > 1 and detail else name
        for key, name, detail in rows
    }
