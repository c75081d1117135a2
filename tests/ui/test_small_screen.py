"""Every page and dialog works on a 1024x600 laptop screen (see small_screen/checks_1024x600.py).

The offscreen platform's screen size is fixed when the application starts, so the
checks run in their own process with a 1024x600 screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "small_screen"
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_page_and_dialog_fits_a_1024x600_screen(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'screen_1024x600.json'}"
    env.pop("LACWORKSHOP_DB", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "checks"),
            str(HERE / "checks_1024x600.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-2000:]
    # The checks ran (none skipped, none deselected): both languages, every page and dialog.
    assert " passed" in proc.stdout and "skipped" not in proc.stdout
