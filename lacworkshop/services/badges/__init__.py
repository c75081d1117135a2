"""Badges and table tents: what a workshop prints for the first morning."""

from lacworkshop.services.badges.printing import PrintResult, print_badges, print_tents
from lacworkshop.services.badges.selection import BadgeSelection
from lacworkshop.services.badges.settings import (
    BadgeSettings,
    badge_settings,
    save_badge_settings,
)

__all__ = [
    "BadgeSelection",
    "BadgeSettings",
    "PrintResult",
    "badge_settings",
    "print_badges",
    "print_tents",
    "save_badge_settings",
]
