"""``lacworkshop import`` on a JSON Lines export of a forms tool, and its help."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from lacworkshop.formats.reading.registry import SUFFIXES


def test_json_lines_from_a_forms_tool(run_cli, walc_db: Path, tmp_path: Path) -> None:
    answers = [
        {
            "submission": {"id": 1},
            "Nombre": "Joaquín",
            "Apellido": "Núñez",
            "Correo": "joaquin@example.org",
            "País": "Perú",
        },
        {
            "submission": {"id": 2},
            "Nombre": "José",
            "Apellido": "D'Alessandro O'Neill",
            "Correo": "jose@example.org",
            "País": "Argentina",
            "Talleres": ["DNS", "BGP"],
        },
        {
            "submission": {"id": 3},
            "Nombre": "Maëlle",
            "Apellido": "Lefèvre",
            "Correo": "JOSE@example.org ",
            "País": "Haïti",
        },
    ]
    src = tmp_path / "respuestas.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in answers), "utf-8")
    proc = run_cli(
        "import", str(src), "--workshop", "WALC2026", "--track", "none", db=walc_db, check=True
    )
    assert "created 2, linked 0, updated 0, skipped 1" in proc.stdout
    assert "skipped row 4 (Maëlle Lefèvre): same person as row 3 (same email)" in proc.stdout
    con = sqlite3.connect(walc_db)
    try:
        people = set(con.execute("SELECT given_names, family_names, country FROM person"))
    finally:
        con.close()
    assert people == {("Joaquín", "Núñez", "PE"), ("José", "D'Alessandro O'Neill", "AR")}


def test_a_broken_json_file_is_one_line(run_cli, walc_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "respuestas.json"
    src.write_text('[{"Nombre": "Ana"},\n {"Nombre": }]', encoding="utf-8")
    proc = run_cli("import", str(src), "--workshop", "WALC2026", db=walc_db)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (
        "lacworkshop: error: respuestas.json: not valid JSON at line 2, column 13 "
        "(Expecting value)."
    )


def test_the_help_names_every_registered_ending(run_cli) -> None:
    helps = " ".join(run_cli("--help", check=True).stdout.split())
    listed = re.search(r"import a registration list \(([^)]*)\)", helps)
    assert listed is not None, helps
    assert listed.group(1).split(", ") == [s.removeprefix(".") for s in SUFFIXES]
