"""A database with one workshop (WALC2026, three tracks), made through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def walc_db(run_cli, tmp_path: Path) -> Path:
    db = tmp_path / "walc.sqlite3"
    run_cli("demo", "--people", "0", "--workshops", "1", db=db, check=True)
    return db
