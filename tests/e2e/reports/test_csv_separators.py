"""CSV fields that hold a separator of any locale, a quote or a line break are quoted, so
no separator choice in LibreOffice (or Excel in es/pt/fr, which splits on ';') turns a
value into a formula (QUALITY 1 and 19); ``export people --delimiter`` and the BOM
let a spreadsheet open the list in columns."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lacworkshop.formats.writing.csv_file import csv_bytes, delimiter_named
from tests.e2e.reports.conftest import _soffice

SEPARATORS = {",": 44, ";": 59, "\t": 9}
HOSTILE = [
    "x;=2+3",  # a formula after a semicolon: evaluated by a ';' reader if unquoted
    "y,=4+5",
    "z\t=6+7",
    "=1+1",
    "+SUM(1;2)",
    '-3+2 "q"',
    "@A1",
    "línea\n=8+9",
    "Ñandú",
]
# What a spreadsheet shows with the right separator: a ' before whatever would start a
# formula, at the start of the field or after a separator of another locale.
SHOWN = [
    "x;'=2+3",
    "y,'=4+5",
    "z\t'=6+7",
    "'=1+1",
    "'+SUM(1;2)",
    '\'-3+2 "q"',
    "'@A1",
    "línea\n'=8+9",
    "Ñandú",
]


def _open_in_libreoffice(path: Path, separator: str, tmp_path: Path) -> list[list[object]]:
    """Open a CSV in LibreOffice splitting on *separator*, with formulas evaluated (as a
    person opening the file would), save it as xlsx; the cells, formulas as formulas."""
    out = tmp_path / f"lo-{path.stem}-{SEPARATORS[separator]}"
    out.mkdir(parents=True)
    # separator, double quote, UTF-8, from line 1, standard columns, default language,
    # quoted text not forced to text, detect numbers, -, -, keep spaces, -, EVALUATE FORMULAS
    infilter = f"CSV:{SEPARATORS[separator]},34,76,1,,0,false,true,false,false,false,-1,true"
    proc = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            f"--infilter={infilter}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    assert proc.returncode == 0, proc.stderr
    ws = load_workbook(out / f"{path.stem}.xlsx").active
    return [
        [c.value if c.data_type != "f" else ("FORMULA", c.value) for c in row]
        for row in ws.iter_rows()
    ]


def _formulas(rows: list[list[object]]) -> list[object]:
    return [v for row in rows for v in row if isinstance(v, tuple)]


def test_the_check_itself_sees_a_formula(tmp_path: Path) -> None:
    """An unquoted ``x;=2+3`` opened with ';' is evaluated: what the quoting prevents."""
    raw = tmp_path / "crudo.csv"
    raw.write_bytes(b"Nombre,Notas\r\nAna,x;=2+3\r\n")
    assert _formulas(_open_in_libreoffice(raw, ";", tmp_path)) == [("FORMULA", "=2+3")]


@pytest.mark.parametrize("written", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_no_separator_choice_turns_a_value_into_a_formula(tmp_path: Path, written: str) -> None:
    path = tmp_path / "lista.csv"
    path.write_bytes(csv_bytes(["Nombre", "Horas"], [[v, -5] for v in HOSTILE], delimiter=written))
    for opened in SEPARATORS:
        rows = _open_in_libreoffice(path, opened, tmp_path)
        assert _formulas(rows) == [], (repr(written), repr(opened), rows)
        if opened == written:
            # The right separator gives the values back exactly, as text, and -5 a number.
            assert rows[0] == ["Nombre", "Horas"]
            assert [r[0] for r in rows[1:]] == SHOWN
            assert [r[1] for r in rows[1:]] == [-5] * len(HOSTILE)


def test_delimiter_names() -> None:
    assert [delimiter_named(n) for n in ("comma", "semicolon", "tab", ";")] == [",", ";", "\t", ";"]
    with pytest.raises(ValueError, match="use comma, semicolon or tab"):
        delimiter_named("pipe")


@pytest.fixture
def workshop_with_hostile_names(db):  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation, Person, Role, Track, Workshop

    with db.session() as s:
        ws = Workshop(
            code="DNS2026",
            title="DNSSEC",
            start_date=dt.date(2026, 5, 4),
            end_date=dt.date(2026, 5, 6),
        )
        s.add(ws)
        s.flush()
        track = Track(workshop_id=ws.id, name="Única")
        s.add(track)
        s.flush()
        for i, name in enumerate(("x;=2+3", "José María", 'Ana, "la" jefa')):
            p = Person(given_names=name, family_names="Núñez", email=f"p{i}@example.org")
            s.add(p)
            s.flush()
            s.add(
                Participation(
                    workshop_id=ws.id, person_id=p.id, role=Role.ATTENDEE, track_id=track.id
                )
            )
    db.close()
    return db.path


@pytest.mark.parametrize(("option", "separator"), [(";", ";"), ("tab", "\t"), (",", ",")])
def test_export_people_delimiter(
    run_cli, workshop_with_hostile_names: Path, tmp_path: Path, option: str, separator: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "asistentes.csv"
    proc = run_cli(
        "export",
        "people",
        "--workshop",
        "dns2026",
        "--columns",
        "given_names,family_names,email",
        "--delimiter",
        option,
        "-o",
        str(out),
        db=workshop_with_hostile_names,
        check=True,
    )
    assert f"3 people written to {out}" in proc.stdout
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the accents as UTF-8
    header = data[3:].split(b"\r\n")[0].decode("utf-8")
    assert header.split(separator) == ["Nombres", "Apellidos", "Correo electrónico"]
    rows = _open_in_libreoffice(out, separator, tmp_path)
    assert _formulas(rows) == []
    assert sorted(r[0] for r in rows[1:]) == ['Ana, "la" jefa', "José María", "x;'=2+3"]
    assert all(len(r) == 3 for r in rows)


def test_export_people_refuses_an_unknown_delimiter(
    run_cli, workshop_with_hostile_names: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli(
        "export",
        "people",
        "--workshop",
        "dns2026",
        "--delimiter",
        "|",
        "-o",
        str(tmp_path / "x.csv"),
        db=workshop_with_hostile_names,
    )
    assert proc.returncode == 2 and "invalid choice: '|'" in proc.stderr
    assert not (tmp_path / "x.csv").exists()
