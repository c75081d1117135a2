"""The preview: every row as it would be imported, with its problems and duplicates.

Nothing is written here. Duplicates are found within the file and against the
people already in the database (same email in any case or spacing; same
normalised name and country), each with a decision the person can change.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from lacworkshop.formats.table_model import RawTable
from lacworkshop.formats.text_encoding import looks_like_mojibake
from lacworkshop.model import Participation, Person, Role, Track, Workshop
from lacworkshop.model.text_keys import email_key, name_key
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.import_mapping import Layout, Mapping
from lacworkshop.services.import_values import (
    clean_text,
    country_code,
    is_email,
    language_from_text,
    role_from_text,
    split_full_name,
)
from lacworkshop.storage import Database

PERSON_FIELDS = (
    "given_names",
    "family_names",
    "preferred_name",
    "email",
    "phone",
    "organisation",
    "country",
    "gender",
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


class Decision(enum.StrEnum):
    LINK = "link"  # use the existing person, add them to the workshop
    UPDATE = "update"  # fill the existing person with this row's values, then link
    SKIP = "skip"


@dataclass(frozen=True)
class Problem:
    column: str | None  # header of the column, when one is to blame
    message: str  # in English, for the command line and the report
    blocking: bool  # the row cannot be imported
    code: str = ""  # what kind of problem, for the window to say in its own language
    value: str = ""  # the offending text


@dataclass(frozen=True)
class Match:
    person_id: int
    display_name: str
    email: str | None
    country: str | None
    reason: str  # "same email" / "same name and country"
    in_workshop: bool  # already has this role in the workshop


@dataclass
class Candidate:
    row: int  # row number in the file
    values: dict[str, str | None]  # person fields, cleaned
    role: Role
    track_id: int | None
    notes: str | None
    problems: list[Problem] = field(default_factory=list)
    match: Match | None = None
    same_as_row: int | None = None  # an earlier row of the file is the same person
    same_reason: str = ""
    decision: Decision = Decision.LINK
    # Duplicate keys, computed once: folding is the costly part of a large import.
    email_key: str | None = None
    name_key: str = ""

    def refresh_keys(self) -> None:
        self.email_key = email_key(self.values.get("email"))
        self.name_key = name_key(self.values.get("given_names"), self.values.get("family_names"))

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def display_name(self) -> str:
        return f"{self.values.get('given_names') or ''} {self.values.get('family_names') or ''}".strip()

    @property
    def is_duplicate(self) -> bool:
        return self.match is not None or self.same_as_row is not None

    def where(self, source: str) -> str:
        return f"{source}: row {self.row}"


@dataclass
class Preview:
    source: str
    sheet: str
    layout: Layout
    mapping: Mapping
    workshop_id: int
    workshop_code: str
    role: Role
    track_id: int | None
    track_name: str | None
    candidates: list[Candidate]

    def counts(self) -> dict[str, int]:
        new = sum(1 for c in self.candidates if not c.blocked and not c.is_duplicate)
        return {
            "rows": len(self.candidates),
            "new": new,
            "duplicates": sum(1 for c in self.candidates if not c.blocked and c.is_duplicate),
            "blocked": sum(1 for c in self.candidates if c.blocked),
            "warnings": sum(1 for c in self.candidates if c.problems and not c.blocked),
        }

    def set_duplicate_decision(self, decision: Decision) -> None:
        """Apply one decision to every duplicate found in the database."""
        for c in self.candidates:
            if c.match is not None:
                c.decision = decision


def resolve_workshop(
    db: Database, workshop_id: int, track: str | None
) -> tuple[str, int | None, str | None, dict[str, int]]:
    """Workshop code, the chosen track (id, name) and all track ids by folded name."""
    from lacworkshop.model.text_keys import fold

    with db.session() as session:
        ws = session.get(Workshop, workshop_id)
        if ws is None:
            raise NotFoundError(f"There is no workshop with id {workshop_id}.")
        tracks = list(
            session.execute(
                select(Track.id, Track.name)
                .where(Track.workshop_id == ws.id)
                .order_by(Track.position, Track.id)
            )
        )
        code = ws.code
    by_name = {fold(name): tid for tid, name in tracks}
    if track:
        tid = by_name.get(fold(track))
        if tid is None:
            names = ", ".join(name for _tid, name in tracks) or "none"
            raise ValidationError(
                f"Workshop {code} has no track {track!r}; its tracks: {names}.", "track"
            )
        return code, tid, next(n for t, n in tracks if t == tid), by_name
    if len(tracks) == 1:
        return code, tracks[0][0], tracks[0][1], by_name
    return code, None, None, by_name


def _row_values(
    cells: tuple[object, ...], headers: list[str], mapping: Mapping
) -> tuple[dict[str, str], list[tuple[str, str]], list[Problem]]:
    values: dict[str, str] = {}
    notes: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for i, fld in enumerate(mapping):
        if not fld or i >= len(cells):
            continue
        text = clean_text(cells[i])
        if not text:
            continue
        if looks_like_mojibake(text):
            problems.append(
                Problem(
                    headers[i],
                    f"garbled text {text!r} in column {headers[i]!r}: the file's text encoding "
                    "was read wrong; choose another encoding",
                    True,
                    "garbled",
                    text,
                )
            )
        if fld == "notes":
            notes.append((headers[i], text))
        elif fld not in values:
            values[fld] = text
    return values, notes, problems


def build_preview(
    db: Database,
    table: RawTable,
    layout: Layout,
    mapping: Mapping,
    workshop_id: int,
    role: Role = Role.ATTENDEE,
    track: str | None = None,
    on_duplicate: Decision = Decision.LINK,
) -> Preview:
    """Every data row under the header, checked and matched; nothing is written."""
    from lacworkshop.model.text_keys import fold

    code, track_id, track_name, tracks_by_name = resolve_workshop(db, workshop_id, track)
    headers = layout.headers
    col_of = {f: headers[i] for i, f in enumerate(mapping) if f}
    candidates: list[Candidate] = []
    for raw in table.rows[layout.header_index + 1 :]:
        if raw.is_blank():
            continue
        values, notes, problems = _row_values(raw.cells, headers, mapping)
        if not any(v for f, v in values.items()) and not notes:
            continue  # only unmapped columns hold anything: not a registration
        raw_country = values.get("country", "")
        code_iso = country_code(raw_country) if raw_country else None
        if raw_country and code_iso is None:
            problems.append(
                Problem(
                    col_of.get("country"),
                    f"unknown country {raw_country!r} (left empty)",
                    False,
                    "unknown_country",
                    raw_country,
                )
            )
        full = values.pop("full_name", "")
        if full and not values.get("given_names") and not values.get("family_names"):
            given, family = split_full_name(full, code_iso)
            values["given_names"], values["family_names"] = given, family
        if not values.get("given_names") and not values.get("family_names"):
            problems.append(
                Problem(
                    col_of.get("given_names") or col_of.get("full_name"),
                    "missing name",
                    True,
                    "missing_name",
                )
            )
        elif not values.get("given_names"):
            # Only one name known: it is the given name, as on a badge.
            values["given_names"], values["family_names"] = values.get("family_names", ""), ""
        email = values.get("email", "")
        if email:
            compact = "".join(email.split())
            if not is_email(compact):
                problems.append(
                    Problem(col_of.get("email"), f"bad email {email!r}", True, "bad_email", email)
                )
            values["email"] = compact
        lang_text = values.get("language", "")
        language = language_from_text(lang_text) if lang_text else None
        if lang_text and language is None:
            problems.append(
                Problem(
                    col_of.get("language"),
                    f"unknown language {lang_text!r} (left empty)",
                    False,
                    "unknown_language",
                    lang_text,
                )
            )
        row_role = role
        role_text = values.pop("role", "")
        if role_text:
            found = role_from_text(role_text)
            if found is None:
                problems.append(
                    Problem(
                        col_of.get("role"),
                        f"unknown role {role_text!r}; {role.value} used",
                        False,
                        "unknown_role",
                        role_text,
                    )
                )
            else:
                row_role = found
        row_track = track_id
        track_text = values.pop("track", "")
        if track_text:
            tid = tracks_by_name.get(fold(track_text))
            if tid is None:
                problems.append(
                    Problem(
                        col_of.get("track"),
                        f"unknown track {track_text!r}; {track_name or 'no track'} used",
                        False,
                        "unknown_track",
                        track_text,
                    )
                )
            else:
                row_track = tid
        for fld, limit in MAX_LENGTHS.items():
            if len(values.get(fld) or "") > limit:
                problems.append(
                    Problem(
                        col_of.get(fld),
                        f"{fld.replace('_', ' ')} longer than {limit} characters",
                        True,
                        "too_long",
                        str(limit),
                    )
                )
        person: dict[str, str | None] = {f: (values.get(f) or None) for f in PERSON_FIELDS}
        person["given_names"] = values.get("given_names", "")
        person["family_names"] = values.get("family_names", "")
        person["country"] = code_iso
        person["language"] = language.value if language else None
        note_text = "; ".join(f"{h}: {v}" for h, v in notes) or None
        candidate = Candidate(
            raw.number, person, row_role, row_track, note_text, problems, decision=on_duplicate
        )
        candidate.refresh_keys()
        candidates.append(candidate)
    _mark_duplicates_in_file(candidates)
    _match_database(db, workshop_id, candidates)
    return Preview(
        source=table.source,
        sheet=table.sheet,
        layout=layout,
        mapping=list(mapping),
        workshop_id=workshop_id,
        workshop_code=code,
        role=role,
        track_id=track_id,
        track_name=track_name,
        candidates=candidates,
    )


def _mark_duplicates_in_file(candidates: list[Candidate]) -> None:
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for c in candidates:
        if c.blocked:
            continue
        ek = c.email_key
        nk = (c.name_key, c.values.get("country") or "")
        if ek and ek in by_email:
            c.same_as_row, c.same_reason = by_email[ek], "same email"
        elif nk[0] and nk in by_name:
            c.same_as_row, c.same_reason = by_name[nk], "same name and country"
        if c.same_as_row is not None:
            c.decision = Decision.SKIP
            continue
        if ek:
            by_email[ek] = c.row
        if nk[0]:
            by_name[nk] = c.row


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _match_database(db: Database, workshop_id: int, candidates: list[Candidate]) -> None:
    wanted = [c for c in candidates if not c.blocked and c.same_as_row is None]
    emails = sorted({c.email_key for c in wanted if c.email_key})
    names = sorted({c.name_key for c in wanted if c.name_key})
    by_email: dict[str, Any] = {}
    by_name: dict[tuple[str, str], Any] = {}
    cols = (
        Person.id,
        Person.given_names,
        Person.family_names,
        Person.email,
        Person.country,
        Person.email_key,
        Person.name_key,
    )
    with db.session() as session:
        for chunk in _chunks(emails):
            for hit in session.execute(
                select(*cols).where(Person.email_key.in_(chunk)).order_by(Person.id)
            ):
                by_email.setdefault(hit.email_key, hit)
        for chunk in _chunks(names):
            for hit in session.execute(
                select(*cols).where(Person.name_key.in_(chunk)).order_by(Person.id)
            ):
                by_name.setdefault((hit.name_key, hit.country or ""), hit)
        enrolled = {
            (pid, role)
            for pid, role in session.execute(
                select(Participation.person_id, Participation.role).where(
                    Participation.workshop_id == workshop_id
                )
            )
        }
    for c in wanted:
        ek = c.email_key
        nk = (c.name_key, c.values.get("country") or "")
        row: Any = None
        reason = ""
        if ek and ek in by_email:
            row, reason = by_email[ek], "same email"
        elif nk in by_name:
            row, reason = by_name[nk], "same name and country"
        if row is not None:
            c.match = Match(
                person_id=row.id,
                display_name=f"{row.given_names} {row.family_names}".strip(),
                email=row.email,
                country=row.country,
                reason=reason,
                in_workshop=(row.id, c.role) in enrolled,
            )


def workshop_tracks(db: Database, workshop_id: int) -> list[tuple[int, str]]:
    """The tracks of a workshop in their order: (id, name)."""
    with db.session() as session:
        return [
            (tid, name)
            for tid, name in session.execute(
                select(Track.id, Track.name)
                .where(Track.workshop_id == workshop_id)
                .order_by(Track.position, Track.id)
            )
        ]
