"""Badges and table tents: the stock they print on, the drawing, the check-in code."""

from lacworkshop.formats.badges.badge_pdf import TENT_PAPERS, render_badges, render_tents
from lacworkshop.formats.badges.checkin_code import display as display_code
from lacworkshop.formats.badges.checkin_code import new_code, normalise
from lacworkshop.formats.badges.content import FIELDS, Badge, BadgeDesign, RenderReport
from lacworkshop.formats.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, BadgeLayout, get_layout
from lacworkshop.formats.badges.palette import DEFAULT_COLOURS, ROLES, is_colour

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
