"""The command line as a script would use it, on a real database file."""

from __future__ import annotations

from pathlib import Path


def test_version_is_fast_and_loads_no_qt(run_cli) -> None:
    import subprocess
    import sys

    proc = run_cli("--version", check=True)
    assert proc.stdout.startswith("lacworkshop ")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from lacworkshop.cli import main; main(['--version']);"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','openpyxl','reportlab')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().splitlines()[-1] == "[]"


def test_demo_then_workshops_lists_the_demo(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    out = run_cli("demo", "--people", "80", "--workshops", "3", db=db, check=True)
    assert "3 workshops" in out.stdout and "80 people" in out.stdout
    listing = run_cli("workshops", db=db, check=True).stdout.splitlines()
    header = listing[0].split("\t")
    assert header[0] == "code" and "title" in header
    rows = [line.split("\t") for line in listing[1:]]
    assert {r[0] for r in rows} == {"WALC2026", "DNSSEC-2026", "IXP-2026"}
    assert all(len(r) == len(header) for r in rows)
    walc = next(r for r in rows if r[0] == "WALC2026")
    assert walc[header.index("city")] == "Asunción"
    assert int(walc[header.index("tracks")]) == 3


def test_db_from_environment(run_cli, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    db = tmp_path / "env.sqlite3"
    env = dict(os.environ, LACWORKSHOP_DB=str(db))
    subprocess.run(
        [sys.executable, "-m", "lacworkshop", "demo", "--people", "10", "--workshops", "1"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert db.exists()


def _assert_clear_error(proc, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("lacworkshop: error:")]
    assert len(lines) == 1, proc.stderr
    for f in fragments:
        assert f in lines[0]


def test_error_paths_print_one_clear_line(run_cli, tmp_path: Path) -> None:
    import sqlite3

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite at all" * 100)
    _assert_clear_error(run_cli("workshops", db=junk), "not a lacworkshop database")

    _assert_clear_error(run_cli("demo", "--people", "many", db=tmp_path / "a.sqlite3"), "--people")
    _assert_clear_error(run_cli("no-such-command", db=tmp_path / "a.sqlite3"), "invalid choice")

    newer = tmp_path / "newer.sqlite3"
    run_cli("demo", "--people", "5", "--workshops", "1", db=newer, check=True)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    _assert_clear_error(run_cli("workshops", db=newer), "newer version")

    blocker = tmp_path / "afile"
    blocker.write_text("x")
    _assert_clear_error(run_cli("workshops", db=blocker / "db.sqlite3"))
