"""What a badge prints and how a workshop wants it: plain data for the drawing."""

from __future__ import annotations

from dataclasses import dataclass, field

from lacworkshop.formats.badges.palette import DEFAULT_COLOURS

# What a workshop may show or hide; the preferred name is always there.
FIELDS = ("family_name", "organisation", "country", "role", "track", "logo", "title", "qr")


@dataclass(frozen=True)
class Badge:
    """One person's badge, every text already in the document's language."""

    key: int  # the participation's id
    preferred_name: str
    family_name: str
    organisation: str
    country: str
    role: str  # attendee, trainer, organiser, staff
    role_label: str
    track: str  # the whole printed line ("Track: Routing"), or ""
    qr_text: str  # what the QR holds: the check-in code
    code_label: str  # the code printed under the QR, for typing
    person: str  # the full name, for warnings


@dataclass(frozen=True)
class BadgeDesign:
    """A workshop's choices: which fields, which colours, its logo and title."""

    fields: frozenset[str] = frozenset(FIELDS)
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    logo: bytes | None = None  # PNG or JPEG
    title: str = ""  # the workshop's code or short title, beside the logo


@dataclass
class RenderReport:
    """What was drawn, and who was left out because a glyph is missing."""

    badges: int = 0
    pages: int = 0
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # key, person, chars
