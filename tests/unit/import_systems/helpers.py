"""Importing a file as the command line does, and reading back what was stored."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8"))
    return path


def write_xlsx(path: Path, rows: list[list[Any]], title: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def import_file(db, path: Path, workshop_id: int, *, checked_in: bool = False, **kw: Any):  # type: ignore[no-untyped-def]
    """Plan, preview and import *path* as ``lacworkshop import`` does: (plan, summary)."""
    from lacworkshop.formats.reading.spreadsheet import load_table
    from lacworkshop.services.import_plan import plan_columns
    from lacworkshop.services.importing.apply import run_import
    from lacworkshop.services.importing.mapping import layout_for, remember_mapping
    from lacworkshop.services.importing.preview import build_preview

    table = load_table(path)
    layout = layout_for(table)
    plan = plan_columns(db, table, layout)
    preview = build_preview(
        db, table, layout, plan.mapping, workshop_id, track="IPv6", system=plan.system, **kw
    )
    summary = run_import(db, preview, checked_in_attendance=checked_in)
    remember_mapping(db, layout.headers, plan.mapping)
    return plan, layout, summary


def people(db, workshop_id: int) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """(given, family, email, country, document id, role, registration number) per
    participation of the workshop, by email."""
    from lacworkshop.model import Participation, Person

    with db.session() as s:
        rows = s.execute(
            select(
                Person.given_names,
                Person.family_names,
                Person.email,
                Person.country,
                Person.document_id,
                Participation.role,
                Participation.external_ref,
            )
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.workshop_id == workshop_id)
            .order_by(Person.email)
        ).all()
    return [(*r[:5], r[5].value, r[6]) for r in rows]


def present_at_first(db, workshop_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Emails of the people marked present at the workshop's first session."""
    from lacworkshop.model import Attendance, Mark, Participation, Person, Slot

    with db.session() as s:
        first = s.scalars(
            select(Slot.id)
            .where(Slot.workshop_id == workshop_id)
            .order_by(Slot.date, Slot.start_time)
            .limit(1)
        ).one()
        rows = s.scalars(
            select(Person.email)
            .join(Participation, Participation.person_id == Person.id)
            .join(Attendance, Attendance.participation_id == Participation.id)
            .where(Attendance.slot_id == first, Attendance.mark == Mark.PRESENT)
            .order_by(Person.email)
        ).all()
    return list(rows)
