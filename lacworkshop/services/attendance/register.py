"""The attendance register round trip: export an xlsx, read it back, preview, apply.

Rows are matched by the participation id the register carries, never by name,
and a register of another workshop is refused before anything is compared.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from lacworkshop.errors import message_text
from lacworkshop.formats.attendance import (
    Register,
    RegisterFormatError,
    RegisterPolicy,
    RegisterRow,
    RegisterSlot,
    RegisterTrack,
    read_register,
    write_register,
)
from lacworkshop.formats.catalogue import LANGUAGES
from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.model import ExcusedPolicy, LatePolicy, Mark, Workshop
from lacworkshop.services import audit
from lacworkshop.services.attendance.eligibility import Rule
from lacworkshop.services.attendance.grid import (
    EMPTY,
    AttendanceGrid,
    CellKey,
    CellState,
    GridSlot,
    list_tracks,
    load_grid,
    read_cells,
    write_cells,
)
from lacworkshop.services.data_safety import backup_before
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.settings import read_setting, write_setting
from lacworkshop.storage import Database

LETTER_OF = {Mark.PRESENT: "P", Mark.LATE: "L", Mark.EXCUSED: "E", Mark.ABSENT: "A"}
# What a trainer may type: the letters, and the words in the four languages.
MARK_OF: dict[str, Mark] = {
    "P": Mark.PRESENT,
    "L": Mark.LATE,
    "E": Mark.EXCUSED,
    "A": Mark.ABSENT,
    "PRESENT": Mark.PRESENT,
    "PRESENTE": Mark.PRESENT,
    "PRÉSENT": Mark.PRESENT,
    "LATE": Mark.LATE,
    "TARDE": Mark.LATE,
    "EN RETARD": Mark.LATE,
    "EXCUSED": Mark.EXCUSED,
    "EXCUSADO": Mark.EXCUSED,
    "JUSTIFICADO": Mark.EXCUSED,
    "EXCUSÉ": Mark.EXCUSED,
    "ABSENT": Mark.ABSENT,
    "AUSENTE": Mark.ABSENT,
}


@dataclass(frozen=True)
class RegisterChange:
    participation_id: int
    slot_id: int
    person: str
    session: str
    where: str
    before: Mark | None
    after: Mark | None


@dataclass
class ImportPreview:
    workshop_id: int
    workshop_code: str
    file_name: str
    changes: list[RegisterChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    applied: bool = False
    backup: Path | None = None  # the copy of the database made just before applying


def policy_of(rule: Rule, language: str) -> RegisterPolicy:
    """The rule as the register's formulas need it, with a sentence describing it."""
    late_credit = 1.0 if rule.late_policy is LatePolicy.PRESENT else rule.late_fraction
    excused_credit = 1.0 if rule.excused_policy is ExcusedPolicy.PRESENT else 0.0
    t = lambda key, **kw: doc_text(key, language, **kw)  # noqa: E731
    late = (
        t("register.policy.present")
        if rule.late_policy is LatePolicy.PRESENT
        else t("register.policy.fraction", share=f"{rule.late_fraction:.0%}")
    )
    excused = t(f"register.policy.{rule.excused_policy.value}")
    return RegisterPolicy(
        min_share=rule.min_share,
        late_credit=late_credit,
        excused_credit=excused_credit,
        excused_counts=rule.excused_policy is not ExcusedPolicy.EXCLUDE,
        description=t("register.rule", share=f"{rule.min_share:.0%}", late=late, excused=excused),
    )


def document_language(db: Database, workshop_id: int, language: str | None = None) -> str:
    if language in LANGUAGES:
        return language
    with db.session() as session:
        w = require_workshop(session, workshop_id)
        if w.certificate_language in LANGUAGES:
            return w.certificate_language
        first = (w.languages or "es").split(",")[0].strip()
        return first if first in LANGUAGES else "es"


def _grids(db: Database, workshop_id: int) -> list[AttendanceGrid]:
    return [load_grid(db, workshop_id, t.id) for t in list_tracks(db, workshop_id)]


def _token_key(workshop_id: int) -> str:
    return f"attendance.register_token.{workshop_id}"


def workshop_token(db: Database, workshop_id: int, create: bool = True) -> str:
    """A random token naming this workshop in this database, kept in settings.

    Codes repeat across databases (every organiser has a WALC2026), and ids
    repeat too; rows are matched by participation id, so a register must come
    from the very database it is imported into.
    """
    with db.session() as session:
        stored = read_setting(session, _token_key(workshop_id))
        if stored is not None:
            return str(stored)
        if not create:
            return ""
        token = secrets.token_hex(12)
        write_setting(session, _token_key(workshop_id), token)
        return token


def build_register(db: Database, workshop_id: int, language: str | None = None) -> Register:
    lang = document_language(db, workshop_id, language)
    grids = _grids(db, workshop_id)
    if not grids:
        raise ValidationError("track.none_yet")
    tracks = []
    for g in grids:
        slots = [
            RegisterSlot(s.id, s.date, s.start_time, s.end_time, s.topic, s.hours) for s in g.slots
        ]
        rows = [
            RegisterRow(
                id=p.participation_id,
                family_names=p.family_names,
                given_names=p.preferred_name or p.given_names,
                marks={
                    sid: LETTER_OF[st.mark]
                    for (pid, sid), st in g.cells.items()
                    if pid == p.participation_id and st.mark is not None
                },
                override=p.override,
            )
            for p in g.people
        ]
        name = g.track_name or doc_text("register.no_track", lang)
        tracks.append(RegisterTrack(name, slots, rows))
    first = grids[0]
    return Register(
        workshop_id=first.workshop_id,
        workshop_code=first.workshop_code,
        workshop_title=first.workshop_title,
        language=lang,
        policy=policy_of(first.rule, lang),
        tracks=tracks,
        token=workshop_token(db, workshop_id),
    )


def export_register(
    db: Database, workshop_id: int, path: Path | str, language: str | None = None
) -> list[str]:
    """Write the register of *workshop_id* to *path*; returns warnings."""
    return write_register(path, build_register(db, workshop_id, language)).warnings


def _session_label(grid_slot: GridSlot) -> str:
    return f"{grid_slot.date.isoformat()} {grid_slot.start_time:%H:%M} {grid_slot.topic}".strip()


def _compare(
    db: Database, workshop_id: int, path: Path | str, clear_blanks: bool
) -> tuple[ImportPreview, dict[CellKey, Mark | None]]:
    name = Path(path).name
    try:
        read = read_register(path)
    except RegisterFormatError as exc:
        raise ValidationError(exc.key, **exc.values) from exc
    with db.session() as session:
        workshop = require_workshop(session, workshop_id)
        code = workshop.code
        same_code = session.scalar(select(Workshop.id).where(Workshop.code == read.workshop_code))
    if read.workshop_code.casefold() != code.casefold():
        raise ValidationError(
            "register.other_workshop", name=name, found=read.workshop_code, code=code
        )
    token = workshop_token(db, workshop_id, create=False)
    if read.workshop_id != workshop_id or same_code != workshop_id or read.token != token:
        raise ValidationError("register.other_database", name=name, found=read.workshop_code)
    preview = ImportPreview(workshop_id, code, name, problems=list(read.problems))
    allowed: dict[CellKey, tuple[str, str]] = {}
    for g in _grids(db, workshop_id):
        labels = {s.id: _session_label(s) for s in g.slots}
        for p in g.people:
            for sid, label in labels.items():
                allowed[(p.participation_id, sid)] = (p.display_name, label)
    with db.session() as session:
        current = read_cells(session, workshop_id)
    wanted: dict[CellKey, Mark | None] = {}
    seen_where: dict[CellKey, str] = {}
    unknown_rows: set[int] = set()
    for cell in read.cells:
        key = (cell.row_id, cell.slot_id)
        if key not in allowed:
            if not any(k[0] == cell.row_id for k in allowed):
                if cell.row_id not in unknown_rows:
                    unknown_rows.add(cell.row_id)
                    who = read.row_names.get(cell.row_id, "")
                    preview.problems.append(
                        message_text(
                            "marks.not_participant",
                            sheet=cell.where.split("!")[0],
                            row=cell.row_id,
                            who=who,
                            code=code,
                        )
                    )
            elif cell.value:
                preview.problems.append(message_text("marks.other_track", where=cell.where))
            continue
        if not cell.value:
            if not clear_blanks:
                continue
            mark: Mark | None = None
        else:
            found = MARK_OF.get(cell.value.upper())
            if found is None:
                preview.problems.append(
                    message_text("marks.bad_mark", where=cell.where, value=cell.value)
                )
                continue
            mark = found
        if key in wanted and wanted[key] != mark:
            preview.problems.append(
                message_text("marks.conflict", where=cell.where, other=seen_where[key])
            )
            continue
        wanted[key] = mark
        seen_where[key] = cell.where
    for key, mark in wanted.items():
        before = current.get(key, EMPTY).mark
        if before == mark:
            preview.unchanged += 1
            continue
        person, label = allowed[key]
        preview.changes.append(
            RegisterChange(key[0], key[1], person, label, seen_where[key], before, mark)
        )
    return preview, {(c.participation_id, c.slot_id): c.after for c in preview.changes}


def preview_import(
    db: Database, workshop_id: int, path: Path | str, clear_blanks: bool = False
) -> ImportPreview:
    """What importing *path* would change, without changing anything.

    Blank cells leave marks alone unless *clear_blanks*: a register printed on
    Monday and typed in on Friday must not erase what was marked in between.
    """
    return _compare(db, workshop_id, path, clear_blanks)[0]


def apply_import(
    db: Database, workshop_id: int, path: Path | str, clear_blanks: bool = False
) -> ImportPreview:
    """Apply the register's marks in one transaction; returns what changed."""
    preview, marks = _compare(db, workshop_id, path, clear_blanks)
    if not marks:
        return preview
    preview.backup = backup_before(db, "attendance import")
    with db.session() as session:
        current = read_cells(session, workshop_id, list(marks))
        changes = {
            key: CellState(mark, current.get(key, EMPTY).note if mark else None)
            for key, mark in marks.items()
        }
        write_cells(session, workshop_id, changes)
        audit.record(
            session,
            "import",
            "workshop",
            workshop_id,
            f"{len(changes)} attendance mark(s) imported from {preview.file_name}",
            {"file": preview.file_name, "cells": len(changes), "problems": len(preview.problems)},
        )
    preview.applied = True
    return preview


def planned_cells(
    db: Database, workshop_id: int, preview: ImportPreview
) -> dict[CellKey, CellState]:
    """The cells a previewed import would write, each keeping the note it has now.

    The window applies these through its undo stack (one undo takes the whole
    import back); a cleared mark drops its note, as in :func:`apply_import`.
    """
    keys = [(c.participation_id, c.slot_id) for c in preview.changes]
    with db.session() as session:
        notes = read_cells(session, workshop_id, keys)
    return {
        (c.participation_id, c.slot_id): CellState(
            c.after, notes.get((c.participation_id, c.slot_id), EMPTY).note if c.after else None
        )
        for c in preview.changes
    }
