from __future__ import annotations

import sqlite3
from pathlib import Path

from lacworkshop.storage.migrate import HEAD_REVISION


def test_backup_command_writes_and_lists(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    run_cli("demo", "--people", "20", "--workshops", "1", db=db, check=True)
    out = run_cli("backup", "--keep", "3", db=db, check=True).stdout.strip()
    copy = Path(out)
    assert copy.exists() and copy.parent == tmp_path / "backups" / "b.sqlite3"
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM person").fetchone() == (20,)
    con.close()
    for _ in range(4):
        run_cli("backup", db=db, check=True)
    listing = run_cli("backup", "--list", db=db, check=True).stdout.splitlines()
    assert listing[0].split("\t") == [
        "taken",
        "bytes",
        "reason",
        "check",
        "revision",
        "workshops",
        "people",
        "path",
    ]
    assert len(listing) == 1 + 3
    assert all(
        line.split("\t")[2:7] == ["manual", "ok", HEAD_REVISION, "1", "20"] for line in listing[1:]
    )


def test_backup_keep_must_be_positive(run_cli, tmp_path: Path) -> None:
    proc = run_cli("backup", "--keep", "0", db=tmp_path / "c.sqlite3")
    assert proc.returncode == 1 and "Keep at least one backup" in proc.stderr
