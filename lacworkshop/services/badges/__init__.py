"""Badges and table tents: what a workshop prints for the first morning.

Printing (and the PDF libraries with it) is loaded only when asked for, so
check-in, which reads only the settings, starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from lacworkshop.services.badges.logo import set_badge_logo
from lacworkshop.services.badges.selection import BadgeSelection
from lacworkshop.services.badges.settings import (
    BadgeSettings,
    badge_settings,
    save_badge_settings,
)

if TYPE_CHECKING:
    from lacworkshop.services.badges.printing import PrintResult, print_badges, print_tents

_LAZY = {"PrintResult", "print_badges", "print_tents"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("lacworkshop.services.badges.printing"), name)
    raise AttributeError(name)


__all__ = [
    "BadgeSelection",
    "BadgeSettings",
    "PrintResult",
    "badge_settings",
    "print_badges",
    "print_tents",
    "save_badge_settings",
    "set_badge_logo",
]
