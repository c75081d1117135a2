"""A damaged database is refused at open in one line (exit 4), naming its latest good backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

EXIT_DAMAGED = 4


def _flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    # One byte in the b-tree header of every few pages after the first: what a bad
    # sector or a cosmic ray does, leaving the file header itself intact.
    for offset in range(page * 2, len(data), page * 3):
        data[offset + 5] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _overwritten(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)


@pytest.mark.slow
@pytest.mark.parametrize(
    "damage", [_flip_bytes, _truncate, _empty, _overwritten], ids=lambda f: f.__name__
)
def test_damage_is_refused_with_the_latest_good_backup(
    run_cli, demo_file: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    db = demo_file
    backups = sorted((tmp_path / "backups" / db.name).glob("*-manual.sqlite3"))
    assert len(backups) == 1
    damage(db)
    damaged_bytes = hashlib.sha256(db.read_bytes()).hexdigest()

    proc = run_cli("workshops", db=db)
    assert proc.returncode == EXIT_DAMAGED, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert str(db) in lines[0] and str(backups[0]) in lines[0]
    assert "restore latest" in lines[0]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == damaged_bytes  # left untouched

    restored = run_cli("restore", "latest", "--yes", db=db)
    assert restored.returncode == 0, restored.stderr
    assert "1 workshop(s), 20 people" in restored.stdout
    listing = run_cli("workshops", db=db, check=True).stdout
    assert "WALC2026" in listing
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM person").fetchone() == (20,)
    con.close()
    # What was there before the restore is kept, marked damaged, never used as a good one.
    kept = list((tmp_path / "backups" / db.name).glob("*before-restore.damaged.sqlite3"))
    assert len(kept) == (0 if damage is _empty else 1)  # an empty file has nothing to keep


def test_restore_round_trip_undoes_a_change(run_cli, demo_file: Path, tmp_path: Path) -> None:
    db = demo_file
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM workshop")
    con.commit()
    con.close()
    assert "WALC2026" not in run_cli("workshops", db=db, check=True).stdout
    refused = run_cli("restore", "latest", db=db)  # no terminal to ask, no --yes
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert "WALC2026" not in run_cli("workshops", db=db, check=True).stdout
    proc = run_cli("restore", "latest", "--yes", db=db, check=True)
    assert "kept as" in proc.stdout
    assert "WALC2026" in run_cli("workshops", db=db, check=True).stdout
    listing = run_cli("backup", "--list", db=db, check=True).stdout.splitlines()
    reasons = [line.split("\t")[2:4] for line in listing[1:]]
    assert ["manual", "ok"] in reasons and ["before restore", "ok"] in reasons
