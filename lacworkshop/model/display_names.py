"""How a person's name is shown: the one rule every list, dialog and file uses."""

from __future__ import annotations


def display_name(preferred: str | None, given: str, family: str) -> str:
    """The preferred name when the person gave one, else given and family names."""
    return preferred or f"{given} {family}".strip()


def given_with_preferred(given: str, preferred: str | None) -> str:
    """The given names, with the preferred name after them in brackets when there is one."""
    return f"{given} ({preferred})" if preferred else given
