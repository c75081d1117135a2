"""Preview (problems, duplicates) and the one-transaction import (bad inputs 9 and 10)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lacworkshop.model import AuditLog, Participation, Person, Role
from lacworkshop.model.text_keys import email_key, name_key, search_key, sort_key
from lacworkshop.services.importing.apply import run_import, write_summary_report
from lacworkshop.services.importing.preview import Decision
from tests.unit.importing.helpers import preview_of, write_csv

HEADER = ["Nombre", "Apellido", "Correo", "País", "Institución"]


def _counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return (
            s.scalar(select(func.count(Person.id))) or 0,
            s.scalar(select(func.count(Participation.id))) or 0,
        )


def _add_person(db, **values) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        p = Person(**values)
        s.add(p)
        s.flush()
        return p.id


def test_problems_are_shown_and_nothing_is_written(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "a.csv",
        [
            HEADER,
            ["Ana", "Pérez", "ana@example.org", "Perú", "UNI"],
            ["", "", "nadie@example.org", "Chile", "X"],
            ["Luis", "Gómez", "luis(at)example.org", "Chile", "X"],
            ["Zoé", "Martin", "zoe@example.fr", "Narnia", "X"],
            ["JosÃ©", "PÃ©rez", "jp@example.org", "Perú", "X"],
        ],
    )
    before = _counts(db)
    preview = preview_of(db, path, workshop_id)
    assert _counts(db) == before
    by_row = {c.row: c for c in preview.candidates}
    assert not by_row[2].problems and by_row[2].values["country"] == "PE"
    assert [p.message for p in by_row[3].problems] == ["missing name"]
    assert by_row[4].blocked and "bad email 'luis(at)example.org'" in by_row[4].problems[0].message
    assert not by_row[5].blocked
    assert by_row[5].problems[0].message == "unknown country 'Narnia' (left empty)"
    assert by_row[5].values["country"] is None
    assert by_row[6].blocked and "garbled text" in by_row[6].problems[0].message
    assert preview.counts() == {"rows": 5, "new": 2, "duplicates": 0, "blocked": 3, "warnings": 1}
    assert preview.track_name == "Operadores" or preview.track_id is None


def test_duplicates_within_the_file_and_against_the_database(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = _add_person(
        db, given_names="Núria", family_names="Soler", email="Nuria.Soler@Example.org", country="ES"
    )
    same_name = _add_person(db, given_names="Andrés", family_names="López Díaz", country="CO")
    path = write_csv(
        tmp_path / "dups.csv",
        [
            HEADER,
            ["Nuria", "Soler", " nuria.soler@EXAMPLE.org ", "España", "UPC"],
            ["ANDRES", "lopez-diaz", "", "Colombia", "UdeA"],
            ["Andrés", "López Díaz", "", "México", "UNAM"],  # another country: another person
            ["Ana", "Pérez", "ana@example.org", "Perú", "UNI"],
            ["Ana María", "Ruiz", "ANA@example.org", "Perú", "UNI"],  # same email as row 5
            ["Ana", "Perez", "", "Peru", "UNI"],  # same name and country as row 5
        ],
    )
    preview = preview_of(db, path, workshop_id)
    rows = {c.row: c for c in preview.candidates}
    assert rows[2].match is not None and rows[2].match.person_id == existing
    assert rows[2].match.reason == "same email"
    assert rows[3].match is not None and rows[3].match.person_id == same_name
    assert rows[3].match.reason == "same name and country"
    assert rows[4].match is None
    assert (rows[6].same_as_row, rows[6].same_reason) == (5, "same email")
    assert (rows[7].same_as_row, rows[7].same_reason) == (5, "same name and country")
    assert rows[6].decision is Decision.SKIP

    rows[2].decision = Decision.UPDATE
    rows[3].decision = Decision.SKIP
    rows[6].decision = Decision.UPDATE  # merge row 6 into row 5
    summary = run_import(db, preview)
    assert (summary.created, summary.linked, summary.updated) == (2, 0, 1)
    reasons = {o.row: o.reason for o in summary.skipped}
    assert reasons[3].startswith(
        "already in the database as Andrés López Díaz (same name and country)"
    )
    assert reasons[6] == "merged into row 5 (same email)"
    assert reasons[7] == "same person as row 5 (same name and country)"
    with db.session() as s:
        nuria = s.get(Person, existing)
        assert nuria.organisation == "UPC" and nuria.email == "nuria.soler@EXAMPLE.org"
        assert nuria.email_key == "nuria.soler@example.org"
        merged = s.scalars(select(Person).where(Person.email_key == "ana@example.org")).one()
        assert (merged.given_names, merged.family_names) == ("Ana María", "Ruiz")
        enrolled = s.scalar(
            select(func.count(Participation.id)).where(Participation.workshop_id == workshop_id)
        )
        assert enrolled == 3  # Núria, Andrés from México, Ana María


def test_link_is_the_default_and_reimport_adds_nothing(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "l.csv", [HEADER, ["Ana", "Pérez", "ana@example.org", "Perú", "UNI"]]
    )
    first = run_import(db, preview_of(db, path, workshop_id))
    assert (first.created, first.participations) == (1, 1)
    second = run_import(db, preview_of(db, path, workshop_id))
    assert (second.created, second.linked, second.participations) == (0, 1, 0)
    assert "already registered in DNSSEC2026 as attendee" in second.outcomes[0].reason
    trainer = run_import(db, preview_of(db, path, workshop_id, role=Role.TRAINER))
    assert trainer.participations == 1  # the same person can also teach
    assert _counts(db) == (1, 2)


def test_core_inserted_people_carry_the_same_keys_as_the_orm(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "k.csv",
        [HEADER, ["María José", "de la Fuente-Núñez", "MJ@Example.org", "Chile", "Łódź Uni"]],
    )
    run_import(db, preview_of(db, path, workshop_id))
    with db.session() as s:
        p = s.scalars(select(Person)).one()
        assert p.email_key == email_key("MJ@Example.org")
        assert p.name_key == name_key("María José", "de la Fuente-Núñez")
        assert p.sort_key == sort_key("María José", "de la Fuente-Núñez")
        assert p.search_key == search_key(
            "María José", "de la Fuente-Núñez", None, "MJ@Example.org", "Łódź Uni", None
        )
        assert s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "import")) == 1


def test_dry_run_writes_nothing(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "d.csv", [HEADER, ["Ana", "Pérez", "ana@example.org", "Perú", "UNI"]]
    )
    summary = run_import(db, preview_of(db, path, workshop_id), dry_run=True)
    assert summary.created == 1 and summary.dry_run
    assert _counts(db) == (0, 0)


def test_a_failure_halfway_leaves_the_database_unchanged(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [HEADER] + [
        [f"Nombre{i}", f"Apellido{i}", f"p{i}@example.org", "Perú", "X"] for i in range(2500)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    _add_person(db, given_names="Ya", family_names="Estaba", email="ya@example.org")
    before = _counts(db)
    preview = preview_of(db, path, workshop_id)
    calls = {"n": 0}

    def fail_after_first_batch() -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        run_import(db, preview, check_cancel=fail_after_first_batch)
    assert _counts(db) == before
    assert db.integrity_ok()


def test_summary_report_is_an_xlsx_with_every_row(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = write_csv(
        tmp_path / "r.csv",
        [HEADER, ['=HYPERLINK("x")', "Pérez", "a@example.org", "Perú", "X"], ["", "", "", "", "Y"]],
    )
    summary = run_import(db, preview_of(db, path, workshop_id))
    out = write_summary_report(summary, tmp_path / "report.xlsx", language="es")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Resumen", "Filas", "Avisos"]
    rows = list(wb["Filas"].iter_rows(values_only=True))
    assert rows[1][:4] == (2, '=HYPERLINK("x") Pérez', "a@example.org", "creadas")
    assert wb["Filas"]["B2"].data_type == "s"  # a name is never a formula
    assert rows[2][3] == "omitidas" and rows[2][4] == "missing name"


KILL_SCRIPT = r"""
import sys, time
from pathlib import Path
from lacworkshop.storage import open_database
from tests.unit.importing.helpers import preview_of

db = open_database(Path(sys.argv[1]))
preview = preview_of(db, Path(sys.argv[2]), int(sys.argv[3]))
from lacworkshop.services.importing.apply import run_import

def progress(done, total, message):
    if done >= 2000:
        print("HALFWAY", flush=True)
        time.sleep(60)

run_import(db, preview, progress=progress)
print("FINISHED", flush=True)
"""


@pytest.mark.slow
def test_kill_9_halfway_leaves_the_database_unchanged(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [HEADER] + [
        [f"Nombre{i}", f"Apellido{i}", f"p{i}@example.org", "Perú", "X"] for i in range(5000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    _add_person(db, given_names="Ya", family_names="Estaba", email="ya@example.org")
    before = _counts(db)
    db_path = db.path
    db.close()  # the child takes the single-writer lock
    repo = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(repo))
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(db_path), str(path), str(workshop_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=repo,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "HALFWAY"
        # 2,000 people are inserted in the open transaction at this point.
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = (
            con.execute("SELECT count(*) FROM person").fetchone()[0],
            con.execute("SELECT count(*) FROM participation").fetchone()[0],
        )
    finally:
        con.close()
    assert after == before
    # The lock the killed process left is recovered; the database opens and imports.
    from lacworkshop.storage import open_database

    again = open_database(db_path)
    try:
        summary = run_import(again, preview_of(again, path, workshop_id))
        assert summary.created == 5000
    finally:
        again.close()


def test_tricky_workbook_imports_dates_into_notes(db, workshop_id, import_data) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.reading.spreadsheet import load_table
    from lacworkshop.services.importing.mapping import apply_overrides, initial_mapping, layout_for
    from lacworkshop.services.importing.preview import build_preview

    table = load_table(import_data / "tricky.ods")
    layout = layout_for(table)
    mapping, _ = initial_mapping(db, layout.headers)
    assert mapping == ["given_names", "family_names", "email", "country", None, None]
    mapping = apply_overrides(layout.headers, mapping, ["E=notes"], "tricky.ods")
    preview = build_preview(db, table, layout, mapping, workshop_id, track="registradores")
    summary = run_import(db, preview)
    assert summary.created == 4
    with db.session() as s:
        rows = s.execute(
            select(
                Person.given_names,
                Person.family_names,
                Person.email,
                Person.country,
                Participation.notes,
            )
            .join(Participation)
            .order_by(Person.id)
        ).all()
    assert rows[0] == (
        "María José",
        "Fernández Núñez",
        "mjfernandez@example.org",
        "AR",
        "Fecha de inscripción: 2026-03-01",
    )
    assert [r[3] for r in rows] == ["AR", "BR", "HT", "PE"]
    assert rows[2][:2] == ("Renée", "L'Écuyer")
