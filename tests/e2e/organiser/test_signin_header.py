"""The sign-in sheet header: no bare labels, the day in words."""

from __future__ import annotations

import subprocess
from pathlib import Path


def _first_page(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_empty_room_and_trainers_are_left_out(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", db=db, check=True)
    out = tmp_path / "sheets.pdf"
    # The demo's sessions have no room; this one has no trainer either.
    run_cli(
        "signin-sheets",
        "--workshop",
        "WALC2026",
        "--date",
        "2026-10-13",
        "--track",
        "Network security",
        "--language",
        "es",
        "-o",
        str(out),
        db=db,
        check=True,
    )
    text = _first_page(out)
    assert "Sala" not in text
    assert "Instructores" not in text and "Formadores" not in text
    assert "Tema: Firewalls" in text
    assert "Fecha: martes, 13 de octubre de 2026" in text


def test_the_day_is_written_in_the_sheet_language(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", db=db, check=True)
    out = tmp_path / "sheets.pdf"
    run_cli(
        "signin-sheets",
        "--workshop",
        "WALC2026",
        "--date",
        "2026-10-13",
        "--language",
        "fr",
        "-o",
        str(out),
        db=db,
        check=True,
    )
    assert "Date : mardi 13 octobre 2026" in _first_page(out).replace("Date:", "Date :")
