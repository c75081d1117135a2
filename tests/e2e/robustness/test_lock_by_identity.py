"""Hard links and symbolic links to one database share its single-writer lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_a_hard_link_and_a_symlink_are_already_open(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite3"
    run_cli("workshops", db=db, check=True)
    hard = tmp_path / "other-name.sqlite3"
    os.link(db, hard)
    soft_folder = tmp_path / "elsewhere"
    soft_folder.mkdir()
    soft = soft_folder / "alias.sqlite3"
    soft.symlink_to(db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                sys.path.insert(0, {str(REPO)!r})
                from pathlib import Path
                from lacworkshop.storage import open_database
                db = open_database(Path({str(db)!r}))
                print("ready", flush=True)
                time.sleep(60)
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for other in (hard, soft):
            proc = run_cli("workshops", db=other)
            assert proc.returncode == 1, proc.stderr
            assert "already open in another lacworkshop window" in proc.stderr
            assert len(proc.stderr.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait(timeout=10)
    # Once the holder is gone, the hard link opens (the lock was the OS's, now dropped).
    assert run_cli("workshops", db=hard).returncode == 0
