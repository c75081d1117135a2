"""Column mapping: headers of a table, suggested fields, mappings remembered per header set."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lacworkshop.formats.export_systems import is_system_header
from lacworkshop.formats.reading import RawTable, column_letter, find_header_row
from lacworkshop.model.text_keys import fold
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.importing.fields import (
    FIELDS,
    IGNORE,
    REPEATABLE,
    is_known_header,
    suggest_mapping,
)
from lacworkshop.services.importing.values import clean_text
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database

SETTING_PREFIX = "import.mapping."
Mapping = list[str | None]  # one field key (or None: ignored) per column


@dataclass(frozen=True)
class Layout:
    """Where the table is inside the sheet: its header row and column names."""

    header_index: int  # index into table.rows
    header_row: int  # row number in the file
    headers: list[str]


def _column_name_known(header: str) -> bool:
    return is_known_header(header) or is_system_header(header)


def guess_header_index(table: RawTable) -> int:
    return find_header_row(table.rows, _column_name_known)


def layout_for(table: RawTable, header_index: int | None = None) -> Layout:
    """Headers at *header_index* (guessed when None); blank headers named by column letter."""
    if not table.rows:
        return Layout(0, 1, [])
    index = guess_header_index(table) if header_index is None else header_index
    index = max(0, min(index, len(table.rows) - 1))
    row = table.rows[index]
    headers = []
    for i in range(table.width):
        value = clean_text(row.cells[i]) if i < len(row.cells) else ""
        headers.append(value or f"Column {column_letter(i)}")
    return Layout(index, row.number, headers)


def header_signature(headers: list[str]) -> str:
    """A stable key for a set of headers: same columns in the same order, any case or accents."""
    folded = "\x1f".join(fold(h) for h in headers)
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:20]


def remembered_mapping(db: Database, headers: list[str]) -> Mapping | None:
    """The mapping last confirmed for exactly these headers, if any."""
    key = SETTING_PREFIX + header_signature(headers)
    stored = get_setting(db, key)
    try:
        fields = stored["fields"]
    except (KeyError, TypeError):
        return None
    if not isinstance(fields, list) or len(fields) != len(headers):
        return None
    return [f if f in FIELDS else None for f in fields]


def remember_mapping(db: Database, headers: list[str], mapping: Mapping) -> None:
    key = SETTING_PREFIX + header_signature(headers)
    set_setting(db, key, {"headers": headers, "fields": list(mapping)})


def initial_mapping(db: Database | None, headers: list[str]) -> tuple[Mapping, bool]:
    """The remembered mapping for these headers, else suggestions; True when remembered."""
    if db is not None:
        remembered = remembered_mapping(db, headers)
        if remembered is not None:
            return remembered, True
    return suggest_mapping(headers), False


def find_column(headers: list[str], name: str) -> int | None:
    """A column by its header (any case or accents), its letter (C) or its number (3)."""
    wanted = fold(name)
    for i, header in enumerate(headers):
        if fold(header) == wanted:
            return i
    text = name.strip()
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    if text.isalpha() and text.isascii() and len(text) <= 2:
        for i in range(len(headers)):
            if column_letter(i) == text.upper():
                return i
    return None


def apply_overrides(
    headers: list[str], mapping: Mapping, overrides: list[str], source: str
) -> Mapping:
    """Apply ``COLUMN=field`` overrides from the command line; ValidationError names the bad one."""
    result = list(mapping)
    for item in overrides:
        column, sep, field = item.partition("=")
        column, field = column.strip(), field.strip().lower()
        if not sep or not column:
            raise ValidationError("map.syntax", item=item)
        if field not in FIELDS and field not in (IGNORE, ""):
            raise ValidationError(
                "map.unknown_field",
                item=item,
                field_name=field,
                fields=", ".join([*FIELDS, IGNORE]),
            )
        index = find_column(headers, column)
        if index is None:
            raise ValidationError(
                "map.unknown_column",
                item=item,
                source=source,
                column=column,
                columns=", ".join(headers),
            )
        chosen = None if field in (IGNORE, "") else field
        if chosen is not None and chosen not in REPEATABLE:
            # A field fills one column; the override moves it.
            result = [None if f == chosen else f for f in result]
        result[index] = chosen
    return result


def check_mapping(mapping: Mapping, source: str) -> None:
    """A mapping must say where names come from."""
    fields = set(f for f in mapping if f)
    if not fields & {"given_names", "family_names", "full_name"}:
        raise ValidationError("map.no_name", source=source)
