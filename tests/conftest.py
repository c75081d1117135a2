"""Shared fixtures: a real SQLite file per test, the registration files organisers receive."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
REGISTRATIONS = REPO / "tests" / "data" / "registrations"
TEST_DATA = REPO / "tests" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    from lacworkshop.storage import open_database

    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate

    populate(db, people=60, workshops=3)
    return db


@pytest.fixture
def shared_data() -> Path:
    """The registration files as organisers receive them (copied into the repository)."""
    if not REGISTRATIONS.is_dir():
        pytest.fail(f"registration files missing at {REGISTRATIONS}")
    return REGISTRATIONS


@pytest.fixture
def run_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``python -m lacworkshop`` as a separate process, as a user would."""
    import subprocess

    def _run(*args: str, db: Path | None = None, input: str | None = None, check: bool = False):  # type: ignore[no-untyped-def]
        cmd = [sys.executable, "-m", "lacworkshop"]
        if db is not None:
            cmd += ["--db", str(db)]
        cmd += list(args)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("LACWORKSHOP_DB", None)
        # Messages follow the locale; tests read them in English unless they choose.
        for name in ("LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        env["LANG"] = "C.UTF-8"
        proc = subprocess.run(
            cmd, capture_output=True, text=True, input=input, env=env, cwd=tmp_path, timeout=600
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"{cmd} failed ({proc.returncode}):\n{proc.stderr}")
        return proc

    return _run
