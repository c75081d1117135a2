"""Every export, written by the command line, opened by LibreOffice: text stays text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from lacworkshop.formats.writing.cell_safety import csv_safe, strip_illegal
from tests.e2e.reports.conftest import read_csv_text
from tests.unit.reports.builders import (
    CONTROL_NAMES,
    FORMULA_NAMES,
    NASTY_GENDER,
    NASTY_ORG,
    NASTY_TRACK,
    build_nasty_workshop,
)

ALL = FORMULA_NAMES + CONTROL_NAMES
STORED = [strip_illegal(n)[0] for n in ALL]  # what the file holds after replacement
FORMULA = re.compile(rb"<f[ >]")


@pytest.fixture
def nasty_file(tmp_path: Path) -> Path:
    from lacworkshop.storage import open_database

    path = tmp_path / "nasty.sqlite3"
    db = open_database(path)
    try:
        build_nasty_workshop(db)
        build_nasty_workshop(db, code="NASTY-2027")
    finally:
        db.close()
    return path


def _number(cell: str) -> float:
    """A number as LibreOffice prints it (a percentage keeps its sign)."""
    return float(cell[:-1]) / 100 if cell.endswith("%") else float(cell)


def _as_number_or_text(cell: str) -> object:
    # "3.0" written by us reads back as "3": same number, same cell. LibreOffice's CSV
    # import turns a bare CR inside a quoted field into LF (its line-end handling);
    # the cell is still text, never evaluated.
    try:
        return float(cell)
    except ValueError:
        return cell.replace("\r", "\n")


def _no_formulas(xlsx: Path) -> None:
    z = zipfile.ZipFile(xlsx)
    sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets
    for name in sheets:
        assert not FORMULA.search(z.read(name)), f"a formula in {name}"


def test_attendee_list_xlsx(run_cli, nasty_file: Path, tmp_path: Path, libreoffice) -> None:
    out = tmp_path / "people.xlsx"
    cols = "given_names,family_names,organisation,gender,track,attended_hours,share"
    proc = run_cli(
        "export",
        "people",
        "--workshop",
        "nasty-2026",
        "--columns",
        cols,
        "--role",
        "attendee",
        "-o",
        str(out),
        db=nasty_file,
        check=True,
    )
    assert "11 people written" in proc.stdout
    assert "control characters replaced" in proc.stderr  # the warning, not a crash
    _no_formulas(out)
    (rows,) = libreoffice(out).values()
    assert rows[0][:2] == ["Nombres", "Apellidos"]
    body = rows[1:]
    assert sorted(r[0] for r in body) == sorted(STORED)
    assert sorted(r[1] for r in body) == sorted(
        strip_illegal(f"{n} {i:02d}")[0] for i, n in enumerate(ALL)
    )
    assert {r[2] for r in body} == set(STORED)
    assert {r[3] for r in body} == {NASTY_GENDER, "hombre", ""}
    assert {r[4] for r in body} == {NASTY_TRACK, "Routing"}
    for r in body:  # hours and share are numbers LibreOffice can add up
        assert _number(r[5]) >= 0 and 0 <= _number(r[6]) <= 1


def test_attendee_list_csv(run_cli, nasty_file: Path, tmp_path: Path, libreoffice) -> None:
    out = tmp_path / "people.csv"
    run_cli(
        "export",
        "people",
        "--workshop",
        "NASTY-2026",
        "--preset",
        "for the funder",
        "--language",
        "en",
        "-o",
        str(out),
        db=nasty_file,
        check=True,
    )
    ours = read_csv_text(out)
    assert ours[0][:3] == ["Given names", "Family names", "Gender"]
    assert sorted(r[0] for r in ours[1:]) == sorted([csv_safe(n) for n in STORED] + ["'@Trainer"])
    assert all(r[0].startswith("'") for r in ours[1:] if r[0] not in STORED[-2:])
    # LibreOffice shows every cell of our CSV exactly as written: nothing is evaluated.
    (seen,) = libreoffice(out).values()
    assert len(seen) == len(ours)
    for mine, theirs in zip(ours, seen, strict=True):
        assert [_as_number_or_text(c) for c in theirs] == [_as_number_or_text(c) for c in mine]


def test_statistics_workbook(run_cli, nasty_file: Path, tmp_path: Path, libreoffice) -> None:
    one = tmp_path / "stats.xlsx"
    series = tmp_path / "series.xlsx"
    run_cli(
        "export",
        "stats",
        "--workshop",
        "NASTY-2026",
        "--language",
        "en",
        "-o",
        str(one),
        db=nasty_file,
        check=True,
    )
    run_cli(
        "export",
        "stats",
        "--series",
        "nasty",
        "--language",
        "en",
        "-o",
        str(series),
        db=nasty_file,
        check=True,
    )
    for path, editions in ((one, 1), (series, 2)):
        _no_formulas(path)
        sheets = libreoffice(path)
        orgs = sheets["By organisation"]
        assert orgs[0][0] == "Organisation"
        assert {r[0] for r in orgs[1:]} == set(STORED)
        assert all(r[1 : 1 + editions] == ["1"] * editions for r in orgs[1:])
        assert {r[0] for r in sheets["By gender"][1:]} == {NASTY_GENDER, "hombre", "(not stated)"}
        assert {r[0] for r in sheets["By track"][1:]} == {NASTY_TRACK, "Routing"}
        trainers = sheets["Trainers"]
        assert trainers[1][:2] == ["@Trainer =Formula", NASTY_ORG]
        assert trainers[1][2:] == ["2", "7.5"]  # numbers, unquoted
        summary = {r[0]: r[1:] for r in sheets["Summary"][1:]}
        assert summary["Active participants"] == ["12"] * editions


def test_a_negative_number_stays_a_number(tmp_path: Path, libreoffice) -> None:
    from lacworkshop.formats.writing.xlsx_file import Column, Sheet, write_xlsx

    out = tmp_path / "n.xlsx"
    write_xlsx(
        out,
        [
            Sheet(
                "S",
                [Column("name"), Column("n", "int"), Column("t")],
                [["-5", -5, "-5"], ["=1+2", 3, "+1"]],
            )
        ],
    )
    path = out.with_suffix(".csv")
    (rows,) = libreoffice(out).values()
    assert rows[1:] == [["-5", "-5", "-5"], ["=1+2", "3", "+1"]]
    raw = next((tmp_path / "lo-out" / "n").glob("*.csv")).read_text(encoding="utf-8")
    # Text cells come back quoted, the number bare: -5 in a numeric column is a number.
    assert raw.splitlines()[1] == '"-5",-5,"-5"'
    assert not path.exists()
