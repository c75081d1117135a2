"""Temporary files of killed writers are removed; those a live writer may be writing stay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from lacworkshop.storage.leftovers import remove_noted_leftovers


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_only_stale_writers_leftovers_go(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    out = tmp_path / "exports"
    out.mkdir()
    old = out / ".lista.xlsx.abcd1234.part"
    recent = out / ".otra.xlsx.wxyz5678.part"
    not_ours = out / ".notes.part"  # another program's name: never touched
    kept_doc = out / "lista.xlsx"
    for p in (old, recent, not_ours, kept_doc):
        p.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    (notes / f"{_dead_pid()}-aaaa.txt").write_text(str(out), encoding="utf-8")
    # This very process writes there too, and is alive.
    (notes / f"{os.getpid()}-bbbb.txt").write_text(str(out), encoding="utf-8")

    removed = remove_noted_leftovers(notes)

    assert removed == [old]
    assert recent.exists() and not_ours.exists() and kept_doc.exists()
    assert [n.name for n in notes.iterdir()] == [f"{os.getpid()}-bbbb.txt"]
