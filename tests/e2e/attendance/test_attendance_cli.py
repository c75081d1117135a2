"""Attendance from the command line, on real files: register, LibreOffice, sheets."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from lacworkshop.formats.attendance.register_xlsx import FIRST_PERSON, ID_SHEET


def eligibility(run_cli, db: Path) -> dict[int, dict[str, str]]:  # type: ignore[no-untyped-def]
    lines = run_cli("eligibility", "--workshop", "WALC2026", db=db, check=True).stdout.splitlines()
    header = lines[0].split("\t")
    assert header[:1] == ["participation_id"]
    assert {"name", "attended_hours", "scheduled_hours", "share", "eligible"} <= set(header)
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    return {int(r["participation_id"]): r for r in rows}


def soffice_recalculated(path: Path, tmp_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "recalculated"
    out.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    return out / path.name


@pytest.mark.slow
def test_libreoffice_computes_the_same_hours_and_shares(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    register = tmp_path / "register.xlsx"
    run_cli(
        "export",
        "attendance",
        "--workshop",
        "WALC2026",
        "-o",
        str(register),
        db=walc_db,
        check=True,
    )
    expected = eligibility(run_cli, walc_db)
    assert any(r["eligible"] == "yes" for r in expected.values())
    assert any(r["eligible"] == "no" for r in expected.values())
    recalculated = soffice_recalculated(register, tmp_path)
    wb = CalamineWorkbook.from_path(str(recalculated))
    seen: set[int] = set()
    for sheet in wb.sheet_names:
        if sheet == ID_SHEET:
            continue
        rows = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        header = rows[FIRST_PERSON - 4]
        att, sched, share, _over, elig = (len(header) - 5 + i for i in range(5))
        for row in rows[FIRST_PERSON - 1 :]:
            if not isinstance(row[0], float | int) or row[0] == "":
                continue
            pid = int(row[0])
            want = expected[pid]
            assert row[att] == pytest.approx(float(want["attended_hours"]), abs=1e-9), (sheet, pid)
            assert row[sched] == pytest.approx(float(want["scheduled_hours"]), abs=1e-9)
            assert row[share] == pytest.approx(float(want["share"]), abs=5e-5)
            assert (row[elig] == "sí") == (want["eligible"] == "yes"), (sheet, pid, row[elig])
            seen.add(pid)
    assert seen == set(expected)
    # A register a trainer saved from LibreOffice still imports: nothing changed.
    check = run_cli(
        "attendance", "import", str(recalculated), "--workshop", "WALC2026", "--dry-run", db=walc_db
    )
    assert check.returncode == 0, check.stderr
    assert "0 mark(s) would change" in check.stderr


def test_round_trip_through_the_command_line(run_cli, walc_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register = tmp_path / "register.xlsx"
    run_cli(
        "export",
        "attendance",
        "--workshop",
        "walc2026",
        "-o",
        str(register),
        db=walc_db,
        check=True,
    )
    before = eligibility(run_cli, walc_db)
    wb = openpyxl.load_workbook(register)
    ws = wb.worksheets[0]
    ids_row = next(r for r in ws.iter_rows() if r[0].value == "#slot")
    slot_cols = [c.column for c in ids_row[3:] if isinstance(c.value, int)]
    person_rows = [
        r for r in range(FIRST_PERSON, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)
    ]
    target = person_rows[0]
    pid = ws.cell(target, 1).value
    for c in slot_cols:
        ws.cell(target, c).value = "A"
    wb.save(register)

    dry = run_cli(
        "attendance", "import", str(register), "--workshop", "WALC2026", "--dry-run", db=walc_db
    )
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0].split("\t") == ["cell", "name", "session", "before", "after"]
    assert len(lines) > 1 and all(line.endswith("\tabsent") for line in lines[1:])
    assert eligibility(run_cli, walc_db) == before, "a dry run changes nothing"

    done = run_cli("attendance", "import", str(register), "--workshop", "WALC2026", db=walc_db)
    assert done.returncode == 0, done.stderr
    after = eligibility(run_cli, walc_db)
    assert after[pid]["attended_hours"] == "0"
    assert {k: v for k, v in after.items() if k != pid} == {
        k: v for k, v in before.items() if k != pid
    }

    refused = run_cli(
        "attendance", "import", str(register), "--workshop", "DNSSEC-2026", db=walc_db
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "lacworkshop: error: register.xlsx is the attendance register of workshop WALC2026, "
        "not DNSSEC-2026; nothing was imported."
    )
    missing = run_cli("export", "attendance", "--workshop", "NOPE", "-o", "x.xlsx", db=walc_db)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_signin_sheets_list_every_person_of_the_track(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    out = tmp_path / "sheets.pdf"
    proc = run_cli(
        "signin-sheets",
        "--workshop",
        "WALC2026",
        "--track",
        "Network security",
        "--date",
        "2026-10-13",
        "--paper",
        "letter",
        "-o",
        str(out),
        db=walc_db,
        check=True,
    )
    assert "2 session(s)" in proc.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    people = [r for r in eligibility(run_cli, walc_db).values() if r["track"] == "Network security"]
    assert people
    from lacworkshop.storage import open_database

    db = open_database(walc_db)
    try:
        from lacworkshop.services.attendance.grid import list_tracks, load_grid
        from lacworkshop.services.workshops.listing import workshop_id_for_code

        wid = workshop_id_for_code(db, "WALC2026")
        track = next(t for t in list_tracks(db, wid) if t.name == "Network security")
        grid = load_grid(db, wid, track.id)
    finally:
        db.close()
    for p in grid.people:
        assert text.count(f"{p.family_names}, {p.given_names}") == 2, p
    bad = run_cli(
        "signin-sheets", "--workshop", "WALC2026", "--date", "13/10/2026", "-o", "x.pdf", db=walc_db
    )
    assert bad.returncode == 2 and "is not a date like 2026-10-12" in bad.stderr
