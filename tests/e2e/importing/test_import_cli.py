"""``lacworkshop import`` on the shared registration files and on bad input."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.e2e.importing.expected_names import csv_names, read_as_person


def _people(db: Path) -> list[tuple[str, str, str | None, str | None]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT given_names, family_names, email, country FROM person ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def _read(db: Path) -> set[str]:
    return {f"{g} {f}".strip() for g, f, _e, _c in _people(db)}


def _error_line(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("lacworkshop: error: ")
    return lines[0]


def test_google_forms_csv(run_cli, walc_db: Path, shared_data: Path) -> None:
    src = shared_data / "respuestas_formulario.csv"
    proc = run_cli(
        "import", str(src), "--workshop", "walc2026", "--track", "none", db=walc_db, check=True
    )
    assert "encoding utf-8, delimiter comma" in proc.stdout
    backup = next(
        line for line in proc.stdout.splitlines() if line.startswith("backup before import: ")
    )
    assert Path(backup.split(": ", 1)[1]).is_file()
    assert "created 130, linked 0, updated 0, skipped 1" in proc.stdout
    assert "skipped row 132 (Juana Farías): same person as row 5 (same email)" in proc.stdout
    expected = set(csv_names(src, "utf-8-sig", ",", "Nombre(s)", "Apellido(s)"))
    assert _read(walc_db) == expected
    people = _people(walc_db)
    assert ("Joaquín", "Núñez", "x128@example.org", "PE") in people
    assert ("José", "D'Alessandro O'Neill", "x127@example.org", "PE") in people
    assert ("Łukasz Ődön", "Şahin-İlkay", "x124@example.org", "PE") in people
    assert ('=HYPERLINK("http://evil.example","clic")', "Pérez", "x120@example.org", "PE") in people
    listing = run_cli("workshops", db=walc_db, check=True).stdout.splitlines()
    assert listing[1].split("\t")[0] == "WALC2026" and listing[1].split("\t")[-1] == "130"


def test_excel_cp1252_semicolon_csv(run_cli, walc_db: Path, shared_data: Path) -> None:
    src = shared_data / "inscriptos_excel.csv"
    proc = run_cli(
        "import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db, check=True
    )
    assert "encoding cp1252, delimiter semicolon" in proc.stdout
    assert "created 80" in proc.stdout
    assert _read(walc_db) == set(csv_names(src, "cp1252", ";", "Nombre", "Apellido"))
    assert (
        "María de los Ángeles Guadalupe Esperanza",
        "Fernández de la Concepción y Rodríguez-Santibáñez",
        "x126@example.org",
        "PE",
    ) in _people(walc_db)


@pytest.mark.parametrize("name", ["lista_antigua.xls", "participantes.ods"])
def test_old_excel_and_libreoffice_lists(
    run_cli, walc_db: Path, shared_data: Path, name: str
) -> None:
    from python_calamine import CalamineWorkbook

    src = shared_data / name
    proc = run_cli(
        "import",
        str(src),
        "--workshop",
        "WALC2026",
        "--track",
        "routing and bgp",
        db=walc_db,
        check=True,
    )
    assert "created 60" in proc.stdout
    rows = CalamineWorkbook.from_path(str(src)).get_sheet_by_index(0).to_python()[1:]
    assert _read(walc_db) == {read_as_person(f"{r[0]} {r[1]}") for r in rows}
    con = sqlite3.connect(walc_db)
    roles = dict(con.execute("SELECT role, count(*) FROM participation GROUP BY role").fetchall())
    tracks = {
        t
        for (t,) in con.execute(
            "SELECT t.name FROM participation p JOIN track t ON t.id = p.track_id"
        )
    }
    con.close()
    # The Rol column decides per row: "instructor" rows are trainers.
    assert roles["trainer"] == sum(1 for r in rows if r[4] == "instructor") > 0
    assert roles["attendee"] == sum(1 for r in rows if r[4] == "participante")
    assert tracks == {"Routing and BGP"}


def test_xlsx_with_a_title_row_and_full_names(run_cli, walc_db: Path, shared_data: Path) -> None:
    from python_calamine import CalamineWorkbook

    src = shared_data / "inscricoes.xlsx"
    proc = run_cli(
        "import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db, check=True
    )
    assert "header on row 3" in proc.stdout
    assert "Nome completo -> full_name" in proc.stdout
    rows = CalamineWorkbook.from_path(str(src)).get_sheet_by_index(0).to_python()[3:]
    with_names = [r for r in rows if str(r[0]).strip()]
    assert "created 89" in proc.stdout and "skipped row 65 (no name): missing name" in proc.stdout
    assert _read(walc_db) == {read_as_person(r[0]) for r in with_names}
    people = {(g, f) for g, f, _e, _c in _people(walc_db)}
    assert ("Carlos Eduardo", "da Conceição") in people
    assert ("Thiago Leonel", "Alvarez Campos") in people
    assert ("Erick", "da Cunha") in people


def test_all_shared_files_into_one_workshop_link_the_same_people(
    run_cli, walc_db: Path, shared_data: Path
) -> None:
    run_cli(
        "import",
        str(shared_data / "respuestas_formulario.csv"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        db=walc_db,
        check=True,
    )
    again = run_cli(
        "import",
        str(shared_data / "inscriptos_excel.csv"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        db=walc_db,
        check=True,
    )
    # Everyone in the Excel list already registered through the form (matched by email).
    assert "created 0, linked 80" in again.stdout
    assert "added to the workshop 0 (80 were in it already)" in again.stdout
    skip = run_cli(
        "import",
        str(shared_data / "lista_antigua.xls"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--on-duplicate",
        "skip",
        db=walc_db,
        check=True,
    )
    assert "created 0, linked 0, updated 0, skipped 60" in skip.stdout


def test_dry_run_and_report(run_cli, walc_db: Path, shared_data: Path, tmp_path: Path) -> None:
    src = shared_data / "respuestas_formulario.csv"
    dry = run_cli(
        "import",
        str(src),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--dry-run",
        db=walc_db,
        check=True,
    )
    assert "would be created 130" in dry.stdout and "nothing written" in dry.stdout
    assert _people(walc_db) == []
    report = tmp_path / "resumen.xlsx"
    run_cli(
        "import",
        str(src),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--report",
        str(report),
        db=walc_db,
        check=True,
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed here; CI installs it")
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
            "--outdir",
            str(out),
            str(report),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    rows_sheet = next(out.glob("*Rows*.csv")).read_text(encoding="utf-8")
    assert (
        '"=HYPERLINK(""http://evil.example"",""clic"") Pérez"' in rows_sheet
        or "=HYPERLINK" in rows_sheet
    )
    assert "Łukasz Ődön Şahin-İlkay" in rows_sheet


def test_mapping_on_the_command_line(run_cli, walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "raro.csv"
    src.write_text("Col1,Col2,Col3\nAna,Pérez,ana@example.org\n", encoding="utf-8")
    bad = run_cli("import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db)
    assert "raro.csv: no column is mapped to a name" in _error_line(bad)
    ok = run_cli(
        "import",
        str(src),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--map",
        "Col1=given_names",
        "--map",
        "B=family_names",
        "--map",
        "3=email",
        db=walc_db,
        check=True,
    )
    assert "created 1" in ok.stdout
    assert _people(walc_db) == [("Ana", "Pérez", "ana@example.org", None)]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--map", "Correo electrónico=email"],
            "--map 'Correo electrónico=email': respuestas_formulario.csv has no column 'Correo electrónico'",
        ),
        (["--map", "País=nation"], "--map 'País=nation': unknown field 'nation'"),
        (
            ["--track", "Cocina"],
            "Workshop WALC2026 has no track 'Cocina'; its tracks: Routing and BGP, Network security, DNS and DNSSEC.",
        ),
        (["--sheet", "Hoja2"], None),
    ],
)
def test_bad_mappings_are_one_clear_line(
    run_cli, walc_db: Path, shared_data: Path, args, expected
) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli(
        "import",
        str(shared_data / "respuestas_formulario.csv"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        *args,
        db=walc_db,
    )
    if expected is None:  # a CSV has one table; a sheet name is simply not needed
        assert proc.returncode == 0
        return
    assert expected in _error_line(proc)
    assert _people(walc_db) == []


def test_bad_files_are_one_clear_line(
    run_cli, walc_db: Path, shared_data: Path, tmp_path: Path
) -> None:
    missing = run_cli(
        "import",
        str(tmp_path / "nada.csv"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        db=walc_db,
    )
    assert "nada.csv: no such file" in _error_line(missing)
    no_ws = run_cli(
        "import",
        str(shared_data / "participantes.ods"),
        "--workshop",
        "NOPE",
        "--track",
        "none",
        db=walc_db,
    )
    assert "There is no workshop with code 'NOPE'" in _error_line(no_ws)
    sheet = run_cli(
        "import",
        str(shared_data / "participantes.ods"),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--sheet",
        "Hoja9",
        db=walc_db,
    )
    assert "participantes.ods: there is no sheet 'Hoja9'; sheets: Participantes" in _error_line(
        sheet
    )
    bomb = tmp_path / "bomba.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(200):
            member.write(b"\0" * 500_000)
    refused = _error_line(
        run_cli("import", str(bomb), "--workshop", "WALC2026", "--track", "none", db=walc_db)
    )
    assert "bomba.xlsx: part xl/worksheets/sheet1.xml unpacks" in refused and "zip bomb" in refused
    dos = tmp_path / "dos.csv"
    dos.write_bytes(b"Nombre;Apellido\r\nJos\x82;\xb0\xb1\xb2\r\n")
    unsure = _error_line(
        run_cli("import", str(dos), "--workshop", "WALC2026", "--track", "none", db=walc_db)
    )
    assert "dos.csv: cannot tell the text encoding for sure" in unsure and "--encoding" in unsure
    chosen = run_cli(
        "import",
        str(dos),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--encoding",
        "cp850",
        db=walc_db,
        check=True,
    )
    assert "created 1" in chosen.stdout
    assert _people(walc_db) == [("José", "░▒▓", None, None)]
    assert _people(walc_db)[0][0] == "José"


def test_mojibake_is_never_stored(run_cli, walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "reguardado.csv"
    # Saved once as UTF-8 read as cp1252, then saved again as UTF-8: the damage is in the text.
    src.write_text(
        "Nombre,Apellido,Correo\nJosÃ©,NÃºÃ±ez,jn@example.org\nOlga,Cofré,oc@example.org\n",
        encoding="utf-8",
    )
    proc = run_cli(
        "import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db, check=True
    )
    assert "created 1" in proc.stdout
    assert "skipped row 2 (JosÃ© NÃºÃ±ez): garbled text 'JosÃ©' in column 'Nombre'" in proc.stdout
    assert _people(walc_db) == [("Olga", "Cofré", "oc@example.org", None)]


def test_header_row_can_be_chosen(run_cli, walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "dos_cabeceras.csv"
    src.write_text("Given,Family\nNombre,Apellido\nAna,Pérez\n", encoding="utf-8")
    proc = run_cli(
        "import",
        str(src),
        "--workshop",
        "WALC2026",
        "--track",
        "none",
        "--header-row",
        "2",
        db=walc_db,
        check=True,
    )
    assert "header on row 2" in proc.stdout and "created 1" in proc.stdout
    assert _people(walc_db) == [("Ana", "Pérez", None, None)]


def test_row_problems_name_row_and_column(run_cli, walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "errores.csv"
    src.write_text(
        "Nombre,Apellido,E-mail\nAna,Pérez,ana(at)example.org\nLuis,Gómez,luis@example.org\n",
        encoding="utf-8",
    )
    proc = run_cli(
        "import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db, check=True
    )
    assert (
        "skipped row 2 (Ana Pérez): bad email 'ana(at)example.org' in column 'E-mail'"
        in proc.stdout
    )
    assert "created 1" in proc.stdout
