"""Badges and table tents: the stock they print on, the drawing, the check-in code.

The drawing (and reportlab with it) is loaded only when asked for, so that
check-in, which needs only the codes, starts quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.badges.badge_pdf import TENT_PAPERS, render_badges, render_tents
    from lacworkshop.formats.badges.checkin_code import display as display_code
    from lacworkshop.formats.badges.checkin_code import new_code, normalise
    from lacworkshop.formats.badges.content import FIELDS, Badge, BadgeDesign, RenderReport
    from lacworkshop.formats.badges.layouts import (
        DEFAULT_LAYOUT,
        LAYOUTS,
        LETTER,
        BadgeLayout,
        get_layout,
    )
    from lacworkshop.formats.badges.palette import DEFAULT_COLOURS, ROLES, ink_on, is_colour

_WHERE = {
    "LETTER": "layouts",
    "Badge": "content",
    "BadgeDesign": "content",
    "BadgeLayout": "layouts",
    "DEFAULT_COLOURS": "palette",
    "DEFAULT_LAYOUT": "layouts",
    "FIELDS": "content",
    "LAYOUTS": "layouts",
    "ROLES": "palette",
    "RenderReport": "content",
    "TENT_PAPERS": "badge_pdf",
    "display_code": "checkin_code:display",
    "get_layout": "layouts",
    "ink_on": "palette",
    "is_colour": "palette",
    "new_code": "checkin_code",
    "normalise": "checkin_code",
    "render_badges": "badge_pdf",
    "render_tents": "badge_pdf",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_COLOURS",
    "DEFAULT_LAYOUT",
    "FIELDS",
    "LAYOUTS",
    "LETTER",
    "ROLES",
    "TENT_PAPERS",
    "Badge",
    "BadgeDesign",
    "BadgeLayout",
    "RenderReport",
    "display_code",
    "get_layout",
    "ink_on",
    "is_colour",
    "new_code",
    "normalise",
    "render_badges",
    "render_tents",
]
