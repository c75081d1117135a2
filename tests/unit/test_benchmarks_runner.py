"""The benchmark runner prints the one line format later cases rely on."""

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_startup_case_prints_the_agreed_line() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "startup"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.match(
        r"^startup: app \d+\.\d{4} s, floor \d+\.\d{4} s, ratio \d+\.\d{2}", proc.stdout
    )


def test_unknown_case_is_refused() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "nope"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "unknown case" in proc.stderr
