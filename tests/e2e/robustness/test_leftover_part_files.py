"""A write killed halfway leaves a .part file; the next start removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_kill_during_a_write_then_the_next_start_cleans_up(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite3"
    exports = tmp_path / "exports"
    exports.mkdir()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                sys.path.insert(0, {str(REPO)!r})
                from pathlib import Path
                from lacworkshop.formats.writing.atomic import atomic_path
                from lacworkshop.storage import open_database
                db = open_database(Path({str(db)!r}))
                with atomic_path(Path({str(exports / "lista.xlsx")!r})) as tmp:
                    with open(tmp, "wb") as fh:
                        fh.write(b"PK" * 1000)
                        fh.flush()
                        print("writing", flush=True)
                        time.sleep(60)
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
    left = list(exports.glob(".lista.xlsx.*.part"))
    assert len(left) == 1 and left[0].stat().st_size == 2000
    assert not (exports / "lista.xlsx").exists()

    run_cli("workshops", db=db, check=True)

    assert list(exports.iterdir()) == []
