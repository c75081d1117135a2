"""One data row of a registration file as a Candidate: its cells cleaned, checked and keyed.

Each check below looks at one field and adds its problems; a row whose mapped
cells are all empty is no registration and gives no candidate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from lacworkshop.errors import message_text
from lacworkshop.formats.export_systems import ExportSystem
from lacworkshop.formats.reading import RawRow, looks_like_mojibake
from lacworkshop.model import Language, Role
from lacworkshop.model.text_keys import fold
from lacworkshop.services.import_plan import registration_state_of
from lacworkshop.services.importing.mapping import Mapping
from lacworkshop.services.importing.person_checks import gender_values, name_problems
from lacworkshop.services.importing.rows import Candidate, Decision, Problem
from lacworkshop.services.importing.text import clean_text_noting
from lacworkshop.services.importing.values import (
    country_code,
    is_email,
    language_from_text,
    role_from_text,
    split_full_name,
)
from lacworkshop.services.people import guess_language
from lacworkshop.services.privacy import consent_values

PERSON_FIELDS = (
    "given_names",
    "family_names",
    "preferred_name",
    "email",
    "phone",
    "organisation",
    "country",
    "gender",
    "gender_text",
    "document_id",
    "language",
)
MAX_LENGTHS = {
    "given_names": 200,
    "family_names": 200,
    "preferred_name": 200,
    "email": 320,
    "phone": 60,
    "organisation": 300,
    "gender": 60,
    "document_id": 60,
}


@dataclass(frozen=True)
class RowContext:
    """What every row of one preview is read against: the columns and the workshop."""

    headers: list[str]
    mapping: Mapping
    role: Role
    track_id: int | None
    track_name: str | None
    tracks_by_name: dict[str, int]
    workshop_languages: str
    imported_at: datetime
    on_duplicate: Decision
    system: ExportSystem | None

    @cached_property
    def col_of(self) -> dict[str, str]:
        """The header of the column mapped to each field."""
        return {f: self.headers[i] for i, f in enumerate(self.mapping) if f}


def _cell_problems(header: str, cell: object) -> tuple[str, list[Problem]]:
    """The cell's text, and what was wrong with it (control characters, mojibake)."""
    text, removed = clean_text_noting(cell)
    problems = []
    if removed:
        problems.append(
            Problem(
                header,
                message_text(
                    "problem.control_characters", column=header, removed=", ".join(removed)
                ),
                False,
                "control_characters",
                text,
            )
        )
    if text and looks_like_mojibake(text):
        problems.append(
            Problem(
                header,
                message_text("problem.garbled", text=text, column=header),
                True,
                "garbled",
                text,
            )
        )
    return text, problems


def row_values(
    cells: tuple[object, ...],
    headers: list[str],
    mapping: Mapping,
    consent: list[tuple[str, str]] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str]], list[Problem]]:
    """The mapped cells of a row by field, its note columns, and the cells' problems."""
    values: dict[str, str] = {}
    notes: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for i, fld in enumerate(mapping):
        if not fld or i >= len(cells):
            continue
        text, found = _cell_problems(headers[i], cells[i])
        problems.extend(found)
        if not text:
            continue
        if fld == "notes":
            notes.append((headers[i], text))
        elif fld == "consent":
            if consent is not None:
                consent.append((headers[i], text))
        elif fld in ("given_names", "family_names") and fld in values:
            values[fld] = f"{values[fld]} {text}"  # paterno + materno, in column order
        elif fld not in values:
            values[fld] = text
    return values, notes, problems


def _not_understood(column: str | None, key: str, code: str, value: str, **more: object) -> Problem:
    """A warning: the cell *value* was not understood and the row goes in without it."""
    return Problem(column, message_text(key, value=value, **more), False, code, value)


def _country(values: dict[str, str], col_of: dict[str, str], problems: list[Problem]) -> str | None:
    raw = values.get("country", "")
    code = country_code(raw) if raw else None
    if raw and code is None:
        problems.append(
            _not_understood(
                col_of.get("country"), "problem.unknown_country", "unknown_country", raw
            )
        )
    return code


def _names(
    values: dict[str, str], col_of: dict[str, str], country: str | None, problems: list[Problem]
) -> None:
    """Given and family names from their columns, or split from a full name."""
    full = values.pop("full_name", "")
    if full and not values.get("given_names") and not values.get("family_names"):
        values["given_names"], values["family_names"] = split_full_name(full, country)
    if not values.get("given_names") and not values.get("family_names"):
        problems.append(
            Problem(
                col_of.get("given_names") or col_of.get("full_name"),
                message_text("problem.missing_name"),
                True,
                "missing_name",
            )
        )
    elif not values.get("given_names"):
        # Only one name known: it is the given name, as on a badge.
        values["given_names"], values["family_names"] = values.get("family_names", ""), ""


def _email(values: dict[str, str], col_of: dict[str, str], problems: list[Problem]) -> None:
    email = values.get("email", "")
    if not email:
        return
    compact = "".join(email.split())
    if not is_email(compact):
        column = col_of.get("email")
        problems.append(
            Problem(
                column,
                message_text("problem.bad_email", value=email, column=column),
                True,
                "bad_email",
                email,
            )
        )
    values["email"] = compact


def _language(
    values: dict[str, str], ctx: RowContext, country: str | None, problems: list[Problem]
) -> Language | None:
    """The language the row names; else the one guessed from the country and workshop."""
    text = values.get("language", "")
    language = language_from_text(text) if text else None
    if text and language is None:
        problems.append(
            _not_understood(
                ctx.col_of.get("language"), "problem.unknown_language", "unknown_language", text
            )
        )
    return language or guess_language(country, ctx.workshop_languages)


def _role(values: dict[str, str], ctx: RowContext, problems: list[Problem]) -> Role:
    text = values.pop("role", "")
    found = role_from_text(text) if text else None
    if text and found is None:
        problems.append(
            _not_understood(
                ctx.col_of.get("role"),
                "problem.unknown_role",
                "unknown_role",
                text,
                role=ctx.role.value,
            )
        )
    return found or ctx.role


def _track(values: dict[str, str], ctx: RowContext, problems: list[Problem]) -> int | None:
    text = values.pop("track", "")
    found = ctx.tracks_by_name.get(fold(text)) if text else None
    if text and found is None:
        problems.append(
            _not_understood(
                ctx.col_of.get("track"),
                "problem.unknown_track",
                "unknown_track",
                text,
                track=ctx.track_name or message_text("problem.no_track"),
            )
        )
    return found or ctx.track_id


def _length_problems(values: dict[str, str], col_of: dict[str, str]) -> list[Problem]:
    return [
        Problem(
            col_of.get(fld),
            message_text(
                "problem.too_long",
                field=fld.replace("_", " "),
                limit=limit,
                column=col_of.get(fld),
            ),
            True,
            "too_long",
            str(limit),
        )
        for fld, limit in MAX_LENGTHS.items()
        if len(values.get(fld) or "") > limit
    ]


def candidate_of(raw: RawRow, ctx: RowContext) -> Candidate | None:
    """Row *raw* checked and keyed; None when only unmapped columns hold anything."""
    col_of = ctx.col_of
    consent: list[tuple[str, str]] = []
    values, notes, problems = row_values(raw.cells, ctx.headers, ctx.mapping, consent)
    if not any(values.values()) and not notes:
        return None
    country = _country(values, col_of, problems)
    external_ref, checked_in = registration_state_of(values, col_of, problems, ctx.system)
    _names(values, col_of, country, problems)
    _email(values, col_of, problems)
    language = _language(values, ctx, country, problems)
    problems.extend(name_problems(values, col_of))
    gender, gender_own, gender_problems = gender_values(
        values.pop("gender", ""), col_of.get("gender")
    )
    problems.extend(gender_problems)
    row_role = _role(values, ctx, problems)
    row_track = _track(values, ctx, problems)
    problems.extend(_length_problems(values, col_of))
    person: dict[str, str | None] = {f: (values.get(f) or None) for f in PERSON_FIELDS}
    person["given_names"] = values.get("given_names", "")
    person["family_names"] = values.get("family_names", "")
    person["country"] = country
    person["language"] = language.value if language else None
    # Always the same keys, consent included: new people are inserted in batches.
    person.update(consent_values(consent, ctx.imported_at, problems))
    person["gender"], person["gender_text"] = gender, gender_own
    candidate = Candidate(
        raw.number,
        person,
        row_role,
        row_track,
        "; ".join(f"{h}: {v}" for h, v in notes) or None,
        problems,
        decision=ctx.on_duplicate,
        external_ref=external_ref,
        checked_in=checked_in,
    )
    candidate.refresh_keys()
    return candidate
