"""The preview: every row as it would be imported, with its problems and duplicates.

Nothing is written here. Duplicates are found within the file and against the
people already in the database (same email in any case or spacing; same
normalised name and country), each with a decision the person can change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lacworkshop.formats.export_systems import ExportSystem
from lacworkshop.formats.reading import RawTable
from lacworkshop.model import Role, Track
from lacworkshop.model.base import utcnow
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.importing.candidate_rows import RowContext, candidate_of
from lacworkshop.services.importing.duplicates import mark_duplicates_in_file, match_database
from lacworkshop.services.importing.mapping import Layout, Mapping
from lacworkshop.services.importing.rows import Candidate, Decision, Match, Problem
from lacworkshop.services.lookup import require_workshop
from lacworkshop.storage import Database

__all__ = ["Candidate", "Decision", "Match", "Preview", "Problem", "build_preview"]


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
    code, track_id, track_name, tracks_by_name = resolve_workshop(db, workshop_id, track)
    ctx = RowContext(
        headers=layout.headers,
        mapping=mapping,
        role=role,
        track_id=track_id,
        track_name=track_name,
        tracks_by_name=tracks_by_name,
        workshop_languages=_workshop_languages(db, workshop_id),
        imported_at=utcnow(),
        on_duplicate=on_duplicate,
        system=system,
    )
    candidates = [
        c
        for raw in table.rows[layout.header_index + 1 :]
        if not raw.is_blank() and (c := candidate_of(raw, ctx)) is not None
    ]
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
