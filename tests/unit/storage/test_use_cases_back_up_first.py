"""Import, attendance import and certificate issuing each take a checked backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from lacworkshop.formats.attendance.register_xlsx import FIRST_PERSON
from lacworkshop.services.workshops.listing import workshop_id_for_code
from lacworkshop.storage.backup import backup_infos
from tests.conftest import REGISTRATIONS
from tests.unit.importing.helpers import preview_of


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_issuing_certificates_backs_up_first(demo_db) -> None:
    from lacworkshop.services.certificates.issuing import issue_certificates

    wid = workshop_id_for_code(demo_db, "WALC2026")
    report = issue_certificates(demo_db, wid)
    assert report.issued and report.backup is not None
    assert report.backup.name.endswith("-before-certificates.sqlite3")
    assert _count(report.backup, "certificate") == 0  # the state before issuing
    assert _count(demo_db.path, "certificate") == len(report.issued)


def test_attendance_import_backs_up_first(demo_db, tmp_path: Path) -> None:
    from lacworkshop.services.attendance.register import apply_import, export_register

    wid = workshop_id_for_code(demo_db, "WALC2026")
    register = tmp_path / "register.xlsx"
    export_register(demo_db, wid, register)
    wb = openpyxl.load_workbook(register)
    ws = wb.worksheets[0]
    ids_row = next(r for r in ws.iter_rows() if r[0].value == "#slot")
    slot_cols = [c.column for c in ids_row[3:] if isinstance(c.value, int)]
    target = next(
        r for r in range(FIRST_PERSON, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)
    )
    for c in slot_cols:
        ws.cell(target, c).value = "A"
    wb.save(register)
    before = {i.path for i in backup_infos(demo_db.path)}
    preview = apply_import(demo_db, wid, register)
    assert preview.applied and preview.backup is not None
    assert preview.backup not in before
    assert preview.backup.name.endswith("-before-attendance-import.sqlite3")


def test_registration_import_backs_up_first(db) -> None:
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.importing.apply import run_import

    populate(db, people=5, workshops=1)
    wid = workshop_id_for_code(db, "WALC2026")
    preview = preview_of(db, REGISTRATIONS / "respuestas_formulario.csv", wid)
    summary = run_import(db, preview, backup=True)
    assert summary.backup is not None
    assert summary.backup.name.endswith("-before-import.sqlite3")
    assert _count(summary.backup, "person") == 5
    assert _count(db.path, "person") > 5


def test_a_backup_of_a_database_gone_bad_is_an_error_not_a_good_backup(demo_db) -> None:
    from lacworkshop.services.data_safety.backups import backup_now
    from lacworkshop.storage.backup import list_backups
    from lacworkshop.storage.errors import DamagedBackupError

    good = backup_now(demo_db, "good")
    demo_db.engine.dispose()
    data = bytearray(demo_db.path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 2):
        data[offset + 5] ^= 0xFF
    demo_db.path.write_bytes(bytes(data))
    with pytest.raises(DamagedBackupError, match="failed its check"):
        backup_now(demo_db, "before import")
    assert list_backups(demo_db.path) == [good]  # the good ones only
    assert [i.damaged for i in backup_infos(demo_db.path)] == [False, True]
