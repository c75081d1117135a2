"""Badges and table tents: what a workshop prints for the first morning.

Printing (and the PDF libraries with it) is loaded only when asked for, so
check-in, which reads only the settings, starts quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.badges.logo import set_badge_logo
    from lacworkshop.services.badges.printing import PrintResult, print_badges, print_tents
    from lacworkshop.services.badges.selection import BadgeSelection
    from lacworkshop.services.badges.settings import (
        BadgeSettings,
        badge_settings,
        save_badge_settings,
    )

_WHERE = {
    "BadgeSelection": "selection",
    "BadgeSettings": "settings",
    "PrintResult": "printing",
    "badge_settings": "settings",
    "print_badges": "printing",
    "print_tents": "printing",
    "save_badge_settings": "settings",
    "set_badge_logo": "logo",
}
__getattr__ = lazy_names(__name__, _WHERE)

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
