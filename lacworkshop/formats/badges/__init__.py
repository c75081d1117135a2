"""Badges and table tents: the stock they print on, the drawing, the check-in code.

The drawing (and reportlab with it) is loaded only when asked for, so that
check-in, which needs only the codes, starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from lacworkshop.formats.badges.checkin_code import display as display_code
from lacworkshop.formats.badges.checkin_code import new_code, normalise
from lacworkshop.formats.badges.content import FIELDS, Badge, BadgeDesign, RenderReport
from lacworkshop.formats.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, BadgeLayout, get_layout
from lacworkshop.formats.badges.palette import DEFAULT_COLOURS, ROLES, is_colour

if TYPE_CHECKING:
    from lacworkshop.formats.badges.badge_pdf import TENT_PAPERS, render_badges, render_tents

_LAZY = {"TENT_PAPERS", "render_badges", "render_tents"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("lacworkshop.formats.badges.badge_pdf"), name)
    raise AttributeError(name)


__all__ = [
    "DEFAULT_COLOURS",
    "DEFAULT_LAYOUT",
    "FIELDS",
    "LAYOUTS",
    "ROLES",
    "TENT_PAPERS",
    "Badge",
    "BadgeDesign",
    "BadgeLayout",
    "RenderReport",
    "display_code",
    "get_layout",
    "is_colour",
    "new_code",
    "normalise",
    "render_badges",
    "render_tents",
]
