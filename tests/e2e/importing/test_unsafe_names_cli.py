"""Names with control characters and bidirectional overrides (QUALITY 2, issue 10 item 6):
removed on import with a warning naming row and column, so nothing of them reaches
the terminal, the database or a certificate's file name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.unit.importing.helpers import write_csv

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Ana\u202eetneserP" shows as "AnaPresente"
ESC = "\x1b"  # starts a terminal escape sequence


def _people(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT given_names, family_names, email FROM person"))


def test_unsafe_characters_are_removed_with_a_warning(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    src = write_csv(
        tmp_path / "inscripciones.csv",
        [
            ["Nombre", "Apellido", "Correo"],
            [f"Ana{RLO}etneserP", "Pérez", "ana@example.org"],
            [f"Luis{ESC}[31m", "Gómez\x07", "luis@example.org"],
            ["\u2066Eve\u2069", "O'Neill\u200f", "eve@example.org"],
            ["João", "da Conceição", "joao@example.org"],
        ],
    )
    proc = run_cli(
        "import", str(src), "--workshop", "walc2026", "--track", "none", db=walc_db, check=True
    )
    out = proc.stdout + proc.stderr
    for ch in (RLO, ESC, "\x07", "\u2066", "\u2069", "\u200f"):
        assert ch not in out
    assert (
        "warning row 2: removed from column 'Nombre': U+202E RIGHT-TO-LEFT OVERRIDE "
        "(invisible characters that can disguise a name)"
    ) in out
    assert "warning row 3: removed from column 'Nombre': U+001B" in out
    assert "warning row 3: removed from column 'Apellido': U+0007" in out
    assert "warning row 4: removed from column 'Nombre': U+2066 LEFT-TO-RIGHT ISOLATE, " in out
    assert "created 4" in out
    assert _people(walc_db) == [
        ("AnaetneserP", "Pérez", "ana@example.org"),
        ("Eve", "O'Neill", "eve@example.org"),
        ("João", "da Conceição", "joao@example.org"),
        ("Luis[31m", "Gómez", "luis@example.org"),
    ]
    listing = run_cli("people", db=walc_db, check=True).stdout
    assert RLO not in listing and ESC not in listing and "AnaetneserP" in listing
