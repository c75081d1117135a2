"""A workshop's badge choices, kept as a setting: fields, colours, stock, lateness."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from lacworkshop.formats.badges import (
    DEFAULT_COLOURS,
    DEFAULT_LAYOUT,
    FIELDS,
    LAYOUTS,
    ROLES,
    is_colour,
)
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress
from lacworkshop.services.settings import read_setting, write_setting
from lacworkshop.storage import Database


@dataclass(frozen=True)
class BadgeSettings:
    """What a workshop's badges show and how check-in counts a late arrival."""

    fields: tuple[str, ...] = FIELDS
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    layout: str = DEFAULT_LAYOUT
    late_after_minutes: int = 10  # a scan this long after the start marks late
    logo: str | None = None  # an asset's name; None: the organisation's logo


def setting_key(workshop_id: int) -> str:
    return f"badges.workshop.{workshop_id}"


def _from_json(value: object) -> BadgeSettings:
    base = BadgeSettings()
    if not isinstance(value, dict):
        return base
    fields = tuple(f for f in value.get("fields", base.fields) if f in FIELDS)
    colours = dict(base.colours)
    for role, colour in dict(value.get("colours") or {}).items():
        if role in ROLES and isinstance(colour, str) and is_colour(colour):
            colours[role] = colour
    layout = value.get("layout")
    late = value.get("late_after_minutes", base.late_after_minutes)
    logo = value.get("logo")
    return BadgeSettings(
        fields=fields,
        colours=colours,
        layout=layout if layout in LAYOUTS else base.layout,
        late_after_minutes=late if isinstance(late, int) and 0 <= late <= 600 else 10,
        logo=logo if isinstance(logo, str) and logo else None,
    )


def badge_settings(db: Database, workshop_id: int) -> BadgeSettings:
    """The workshop's badge settings (the defaults until someone changes them)."""
    with db.session() as session:
        require_workshop(session, workshop_id)
        return _from_json(read_setting(session, setting_key(workshop_id)))


def save_badge_settings(
    db: Database,
    workshop_id: int,
    settings: BadgeSettings,
    progress: Progress = NO_PROGRESS,
) -> OpResult[BadgeSettings]:
    """Check and store *settings* for the workshop."""
    del progress
    unknown = [f for f in settings.fields if f not in FIELDS]
    if unknown:
        raise ValidationError(
            "badges.unknown_field", names=", ".join(unknown), fields=", ".join(FIELDS)
        )
    bad = [c for c in settings.colours.values() if not is_colour(c)]
    if bad:
        raise ValidationError("badges.bad_colour", colour=bad[0])
    if settings.layout not in LAYOUTS:
        raise ValidationError(
            "badges.unknown_layout", layout=settings.layout, layouts=", ".join(LAYOUTS)
        )
    if not 0 <= settings.late_after_minutes <= 600:
        raise ValidationError("badges.late_minutes", minutes=settings.late_after_minutes)
    with db.session() as session:
        require_workshop(session, workshop_id)
        write_setting(session, setting_key(workshop_id), asdict(settings))
    return OpResult(settings, frozenset({Change.SETTINGS}))
