"""What a status or check-in value means: skip the registration, or the person came."""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lacworkshop.formats.column_profiles import fold, is_date
from lacworkshop.formats.export_systems.catalogue import ExportSystem


class StatusKind(enum.StrEnum):
    SKIP = "skip"
    CHECKED_IN = "checked_in"


@dataclass(frozen=True)
class StatusMeaning:
    kind: StatusKind
    reason: str = ""  # for a skip: cancelled, refunded, rejected...


@dataclass(frozen=True)
class _Words:
    skip: dict[str, str]
    checked_in: frozenset[str]
    yes: frozenset[str]


@cache
def _words() -> _Words:
    text = (resources.files(__package__) / "status_words.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    skip = {fold(v): kind for kind, values in data["skip"].items() for v in values}
    attended = data["attended"]
    return _Words(
        skip,
        frozenset(fold(v) for v in attended["checked_in"]),
        frozenset(fold(v) for v in attended["yes"]),
    )


def status_meaning(value: str, system: ExportSystem | None = None) -> StatusMeaning | None:
    """Skip (with its kind) or checked in, for a status column's *value*; None: an ordinary
    registration."""
    key = fold(value)
    if not key:
        return None
    words = _words()
    kind = (system.skip_values.get(key) if system else None) or words.skip.get(key)
    if kind:
        return StatusMeaning(StatusKind.SKIP, kind)
    if key in words.checked_in or (system is not None and key in system.checked_in_values):
        return StatusMeaning(StatusKind.CHECKED_IN)
    return None


def check_in_says_yes(value: str) -> bool:
    """A check-in column's value says the person came: yes in any language, a mark, a time."""
    key = fold(value)
    words = _words()
    return bool(key) and (key in words.yes or key in words.checked_in or is_date(value.strip()))
