"""No command writes its output over the database, its companions or a backup."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from lacworkshop.cli.app import run
from tests.conftest import REGISTRATIONS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused(returncode: int, stderr: str) -> None:
    assert returncode == 1, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert "is the database or one of its backups" in lines[0]


@pytest.mark.slow
def test_every_output_option_refuses_the_database_in_a_real_process(
    run_cli, demo_file: Path, tmp_path: Path
) -> None:
    db = demo_file
    before = _digest(db)
    registrations = REGISTRATIONS / "respuestas_formulario.csv"
    for args in (
        ("certificates", "--workshop", "WALC2026", "-o", str(db)),
        ("signin-sheets", "--workshop", "WALC2026", "-o", str(db)),
        ("import", str(registrations), "--workshop", "WALC2026", "--report", str(db)),
        ("certificates", "--workshop", "WALC2026", "--per-person", str(tmp_path / "backups")),
    ):
        proc = run_cli(*args, db=db)
        _assert_refused(proc.returncode, proc.stderr)
    assert _digest(db) == before
    assert "WALC2026" in run_cli("workshops", db=db, check=True).stdout


@pytest.mark.parametrize(
    "target",
    ["hard link", "symbolic link", "wal", "lock", "backup file", "backups folder"],
)
def test_other_names_of_the_database_are_refused(
    run_cli, demo_file: Path, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_file
    backup = next((tmp_path / "backups" / db.name).glob("*.sqlite3"))
    paths = {
        "hard link": tmp_path / "victim.pdf",
        "symbolic link": tmp_path / "alias.pdf",
        "wal": Path(f"{db}-wal"),
        "lock": Path(f"{db}.lock"),
        "backup file": backup,
        "backups folder": tmp_path / "backups" / "new.pdf",
    }
    os.link(db, paths["hard link"])
    paths["symbolic link"].symlink_to(db)
    out = str(paths[target])
    before, backup_before = _digest(db), _digest(backup)
    capsys.readouterr()
    for command in ("certificates", "signin-sheets"):
        code = run(["--db", str(db), command, "--workshop", "WALC2026", "-o", out])
        _assert_refused(code, capsys.readouterr().err)
    assert _digest(db) == before and _digest(backup) == backup_before
    assert not paths["backups folder"].exists()
    # Refused before any work: not one certificate was issued for nothing.
    assert run(["--db", str(db), "certificates", "list", "--workshop", "WALC2026"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[1:] == []


def test_a_wrong_extension_is_refused_before_anything_is_written(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheets.sqlite3"
    capsys.readouterr()
    code = run(["--db", str(demo_file), "signin-sheets", "--workshop", "WALC2026", "-o", str(out)])
    assert code == 1
    assert capsys.readouterr().err.strip() == (
        f"lacworkshop: error: --output {out}: this file is written as .pdf; "
        "give a name that ends in .pdf."
    )
    assert not out.exists()
