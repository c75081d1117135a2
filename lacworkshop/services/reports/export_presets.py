"""Named attendee-list presets: columns, their order and filters, kept in Settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lacworkshop.services.audit import record
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.reports.people_export import PeopleFilter, check_columns
from lacworkshop.services.settings import get_setting, read_setting, write_setting
from lacworkshop.storage import Database

SETTING_KEY = "export.people.presets"
VENUE = "for the venue"
FUNDER = "for the funder"


@dataclass(frozen=True)
class Preset:
    name: str
    columns: tuple[str, ...]
    filters: PeopleFilter
    builtin: bool = False


BUILTIN: tuple[Preset, ...] = (
    Preset(VENUE, ("given_names", "family_names", "organisation", "country"), PeopleFilter(), True),
    Preset(
        FUNDER,
        (
            "given_names",
            "family_names",
            "gender",
            "country",
            "organisation",
            "role",
            "attended_hours",
            "share",
            "eligible",
        ),
        PeopleFilter(),
        True,
    ),
)


def _load(db: Database) -> dict[str, dict[str, Any]]:
    return _as_dict(get_setting(db, SETTING_KEY))


def _from_json(name: str, data: dict[str, Any]) -> Preset | None:
    try:
        return Preset(
            name,
            check_columns(data.get("columns") or ()),
            PeopleFilter.from_json(data.get("filters")),
        )
    except (ValidationError, ValueError, TypeError):
        return None  # a preset written by a newer version with fields we do not know


def list_presets(db: Database) -> list[Preset]:
    """Built-in presets first, then the saved ones by name."""
    saved = [p for name, d in sorted(_load(db).items()) if (p := _from_json(name, d))]
    return [*BUILTIN, *saved]


def get_preset(db: Database, name: str) -> Preset:
    """The preset called *name* (case-insensitive), or NotFoundError."""
    for preset in list_presets(db):
        if preset.name.casefold() == name.strip().casefold():
            return preset
    names = ", ".join(repr(p.name) for p in list_presets(db))
    raise NotFoundError("preset.unknown_listed", name=name, names=names)


def save_preset(
    db: Database, name: str, columns: Sequence[str], filters: PeopleFilter | None = None
) -> Preset:
    """Save (or replace) a preset; the built-in ones cannot be overwritten."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("preset.name_missing", "name")
    if any(b.name.casefold() == clean.casefold() for b in BUILTIN):
        raise ValidationError("preset.built_in_name", "name", name=clean)
    preset = Preset(clean, check_columns(columns), filters or PeopleFilter())
    with db.session() as session:
        data = _as_dict(read_setting(session, SETTING_KEY))
        for key in [k for k in data if k.casefold() == clean.casefold()]:
            del data[key]
        data[clean] = {"columns": list(preset.columns), "filters": preset.filters.to_json()}
        write_setting(session, SETTING_KEY, data)
        record(
            session, "save", "export_preset", None, f"Export preset {clean!r} saved", data[clean]
        )
    return preset


def delete_preset(db: Database, name: str) -> None:
    if any(b.name.casefold() == name.strip().casefold() for b in BUILTIN):
        raise ValidationError("preset.built_in_delete", "name", name=name)
    with db.session() as session:
        data = _as_dict(read_setting(session, SETTING_KEY))
        keys = [k for k in data if k.casefold() == name.strip().casefold()]
        if not keys:
            raise NotFoundError("preset.unknown_saved", name=name)
        for key in keys:
            del data[key]
        write_setting(session, SETTING_KEY, data)
        record(session, "delete", "export_preset", None, f"Export preset {name!r} deleted")


def _as_dict(data: Any) -> dict[str, Any]:
    """The stored presets; anything else under the key (damaged, hand-edited) counts as none."""
    return data if isinstance(data, dict) else {}
