"""The preview: every row as it would be imported, with its problems and duplicates.

Nothing is written here. Duplicates are found within the file and against the
people already in the database (same email in any case or spacing; same
normalised name and country), each with a decision the person can change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lacworkshop.errors import message_text
from lacworkshop.formats.export_systems import ExportSystem
from lacworkshop.formats.reading import RawTable, looks_like_mojibake
from lacworkshop.model import Role, Track
from lacworkshop.model.base import utcnow
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.import_plan import registration_state_of
from lacworkshop.services.importing.duplicates import mark_duplicates_in_file, match_database
from lacworkshop.services.importing.mapping import Layout, Mapping
from lacworkshop.services.importing.person_checks import gender_values, name_problems
from lacworkshop.services.importing.rows import Candidate, Decision, Match, Problem
from lacworkshop.services.importing.text import clean_text_noting
from lacworkshop.services.importing.values import (
    country_code,
    is_email,
    language_from_text,
    role_from_text,
    split_full_name,
)
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.people import guess_language
from lacworkshop.services.privacy import consent_values
from lacworkshop.storage import Database

__all__ = ["Candidate", "Decision", "Match", "Preview", "Problem", "build_preview"]

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
    system_name: str = ""  # the registration system that wrote the file, when known

    def counts(self) -> dict[str, int]:
        new = sum(1 for c in self.candidates if not c.blocked and not c.is_duplicate)
        return {
            "rows": len(self.candidates),
            "new": new,
            "duplicates": sum(1 for c in self.candidates if not c.blocked and c.is_duplicate),
            "blocked": sum(1 for c in self.candidates if c.blocked),
            "warnings": sum(1 for c in self.candidates if c.problems and not c.blocked),
        }

    def unknown_genders(self) -> list[str]:
        """Genders written in the file that are none of the known spellings, once each."""
        seen: dict[str, None] = {}
        for c in self.candidates:
            for p in c.problems:
                if p.code == "unknown_gender":
                    seen.setdefault(p.value)
        return list(seen)

    def map_gender(self, written: str, code: str) -> int:
        """Store *code* (a Gender value) for every row whose gender was *written*; how many."""
        from lacworkshop.model import Gender

        gender = Gender(code)
        changed = 0
        for c in self.candidates:
            if not any(p.code == "unknown_gender" and p.value == written for p in c.problems):
                continue
            c.values["gender"] = gender.value
            c.values["gender_text"] = written if gender is Gender.SELF_DESCRIBED else None
            c.problems = [
                p for p in c.problems if not (p.code == "unknown_gender" and p.value == written)
            ]
            changed += 1
        return changed

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
        ws = require_workshop(session, workshop_id)
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
            raise ValidationError("track.unknown_in", "track", code=code, track=track, tracks=names)
        return code, tid, next(n for t, n in tracks if t == tid), by_name
    if len(tracks) == 1:
        return code, tracks[0][0], tracks[0][1], by_name
    return code, None, None, by_name


def _row_values(
    cells: tuple[object, ...],
    headers: list[str],
    mapping: Mapping,
    consent: list[tuple[str, str]] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str]], list[Problem]]:
    values: dict[str, str] = {}
    notes: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for i, fld in enumerate(mapping):
        if not fld or i >= len(cells):
            continue
        text, removed = clean_text_noting(cells[i])
        if removed:
            problems.append(
                Problem(
                    headers[i],
                    message_text(
                        "problem.control_characters", column=headers[i], removed=", ".join(removed)
                    ),
                    False,
                    "control_characters",
                    text,
                )
            )
        if not text:
            continue
        if looks_like_mojibake(text):
            problems.append(
                Problem(
                    headers[i],
                    message_text("problem.garbled", text=text, column=headers[i]),
                    True,
                    "garbled",
                    text,
                )
            )
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


def _workshop_languages(db: Database, workshop_id: int) -> str:
    with db.session() as session:
        return require_workshop(session, workshop_id).languages or "es"


def build_preview(
    db: Database,
    table: RawTable,
    layout: Layout,
    mapping: Mapping,
    workshop_id: int,
    role: Role = Role.ATTENDEE,
    track: str | None = None,
    on_duplicate: Decision = Decision.LINK,
    system: ExportSystem | None = None,
) -> Preview:
    """Every data row under the header, checked and matched; nothing is written."""
    from lacworkshop.model.text_keys import fold

    code, track_id, track_name, tracks_by_name = resolve_workshop(db, workshop_id, track)
    workshop_languages = _workshop_languages(db, workshop_id)
    headers = layout.headers
    col_of = {f: headers[i] for i, f in enumerate(mapping) if f}
    candidates: list[Candidate] = []
    imported_at = utcnow()
    for raw in table.rows[layout.header_index + 1 :]:
        if raw.is_blank():
            continue
        consent: list[tuple[str, str]] = []
        values, notes, problems = _row_values(raw.cells, headers, mapping, consent)
        if not any(v for f, v in values.items()) and not notes:
            continue  # only unmapped columns hold anything: not a registration
        raw_country = values.get("country", "")
        code_iso = country_code(raw_country) if raw_country else None
        if raw_country and code_iso is None:
            problems.append(
                Problem(
                    col_of.get("country"),
                    message_text("problem.unknown_country", value=raw_country),
                    False,
                    "unknown_country",
                    raw_country,
                )
            )
        external_ref, checked_in = registration_state_of(values, col_of, problems, system)
        full = values.pop("full_name", "")
        if full and not values.get("given_names") and not values.get("family_names"):
            given, family = split_full_name(full, code_iso)
            values["given_names"], values["family_names"] = given, family
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
        email = values.get("email", "")
        if email:
            compact = "".join(email.split())
            if not is_email(compact):
                problems.append(
                    Problem(
                        col_of.get("email"),
                        message_text("problem.bad_email", value=email, column=col_of.get("email")),
                        True,
                        "bad_email",
                        email,
                    )
                )
            values["email"] = compact
        lang_text = values.get("language", "")
        language = language_from_text(lang_text) if lang_text else None
        if lang_text and language is None:
            problems.append(
                Problem(
                    col_of.get("language"),
                    message_text("problem.unknown_language", value=lang_text),
                    False,
                    "unknown_language",
                    lang_text,
                )
            )
        problems.extend(name_problems(values, col_of))
        gender, gender_own, gender_problems = gender_values(
            values.pop("gender", ""), col_of.get("gender")
        )
        problems.extend(gender_problems)
        if language is None:
            language = guess_language(code_iso, workshop_languages)
        row_role = role
        role_text = values.pop("role", "")
        if role_text:
            found = role_from_text(role_text)
            if found is None:
                problems.append(
                    Problem(
                        col_of.get("role"),
                        message_text("problem.unknown_role", value=role_text, role=role.value),
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
                        message_text(
                            "problem.unknown_track",
                            value=track_text,
                            track=track_name or message_text("problem.no_track"),
                        ),
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
                )
        person: dict[str, str | None] = {f: (values.get(f) or None) for f in PERSON_FIELDS}
        person["given_names"] = values.get("given_names", "")
        person["family_names"] = values.get("family_names", "")
        person["country"] = code_iso
        person["language"] = language.value if language else None
        # Always the same keys, consent included: new people are inserted in batches.
        person.update(consent_values(consent, imported_at, problems))
        person["gender"], person["gender_text"] = gender, gender_own
        note_text = "; ".join(f"{h}: {v}" for h, v in notes) or None
        candidate = Candidate(
            raw.number,
            person,
            row_role,
            row_track,
            note_text,
            problems,
            decision=on_duplicate,
            external_ref=external_ref,
            checked_in=checked_in,
        )
        candidate.refresh_keys()
        candidates.append(candidate)
    mark_duplicates_in_file(candidates)
    match_database(db, workshop_id, candidates)
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
        system_name=system.name if system is not None else "",
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
