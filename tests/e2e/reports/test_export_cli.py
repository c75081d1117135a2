"""The export commands: the right rows in the right file, one clear line for mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.reports.conftest import read_csv_text


@pytest.fixture
def demo_file(demo_db) -> Path:  # type: ignore[no-untyped-def]
    demo_db.close()
    return demo_db.path


def test_default_columns_and_filters(run_cli, demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    proc = run_cli(
        "export", "people", "--workshop", "walc2026", "-o", str(out), db=demo_file, check=True
    )
    rows = read_csv_text(out)
    assert rows[0] == [
        "Nombres",
        "Apellidos",
        "Correo electrónico",
        "Organización",
        "País",
        "Rol",
        "Itinerario",
        "Estado",
    ]
    assert f"{len(rows) - 1} people written to {out}" in proc.stdout
    yes = tmp_path / "yes.xlsx"
    no = tmp_path / "no.xlsx"
    for path, flag in ((yes, "yes"), (no, "no")):
        run_cli(
            "export",
            "people",
            "--workshop",
            "WALC2026",
            "--role",
            "attendee",
            "--columns",
            "email,eligible",
            "--eligible",
            flag,
            "--language",
            "en",
            "-o",
            str(path),
            db=demo_file,
            check=True,
        )
    got_yes = [r[1] for r in load_workbook(yes).active.iter_rows(min_row=2, values_only=True)]
    got_no = [r[1] for r in load_workbook(no).active.iter_rows(min_row=2, values_only=True)]
    assert got_yes and set(got_yes) == {"Yes"} and set(got_no) <= {"No"}
    attendees = [r for r in rows[1:] if r[5] == "Participante"]
    assert len(got_yes) + len(got_no) == len(attendees)
    track = tmp_path / "track.csv"
    run_cli(
        "export",
        "people",
        "--workshop",
        "WALC2026",
        "--track",
        "Network security",
        "--columns",
        "track",
        "-o",
        str(track),
        db=demo_file,
        check=True,
    )
    assert {r[0] for r in read_csv_text(track)[1:]} == {"Network security"}


def test_list_columns_and_help(run_cli) -> None:
    proc = run_cli("export", "people", "--list-columns", check=True)
    lines = proc.stdout.splitlines()
    assert lines[0] == "column\theader" and "attended_hours\tHours attended" in lines
    helped = run_cli("export", "--help", check=True).stdout
    assert "people" in helped and "stats" in helped


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["people", "--workshop", "NOPE", "-o", "x.csv"], "no workshop with code 'NOPE'"),
        (
            ["people", "--workshop", "WALC2026", "--columns", "name", "-o", "x.csv"],
            "Unknown column 'name'",
        ),
        (
            ["people", "--workshop", "WALC2026", "--preset", "nope", "-o", "x.csv"],
            "no export preset 'nope'",
        ),
        (["people", "--workshop", "WALC2026", "-o", "x.pdf"], "must end in .xlsx or .csv"),
        (["people", "--workshop", "WALC2026", "-o", "missing/x.csv"], "no such file or folder"),
        (["people", "--workshop", "WALC2026", "--track", "Nope", "-o", "x.csv"], "no track 'Nope'"),
        (["people", "--workshop", "WALC2026"], "-o FILE.xlsx"),
        (["people", "-o", "x.csv"], "--workshop CODE"),
        (["stats", "--series", "Nope", "-o", "s.xlsx"], "no workshop series 'Nope'"),
        (["stats", "--workshop", "WALC2026", "-o", "s.csv"], "written as .xlsx"),
    ],
)
def test_mistakes_are_one_line(run_cli, demo_file: Path, tmp_path: Path, args, message) -> None:
    proc = run_cli("export", *args, db=demo_file)
    assert proc.returncode == 1
    assert proc.stderr.startswith("lacworkshop: error: ") and message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("s.*"))


def test_series_statistics_file(run_cli, demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "walc.xlsx"
    run_cli("export", "stats", "--series", "walc", "-o", str(out), db=demo_file, check=True)
    wb = load_workbook(out)
    assert "Asistencia por edición" in wb.sheetnames
    assert wb.properties.title == "Estadísticas: Serie WALC"
