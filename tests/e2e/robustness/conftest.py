"""A demo database written by the command line, and a state folder of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Locks by identity and notes of pending writes live in the user's state folder.
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state


@pytest.fixture
def demo_file(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A database with one demo workshop (WALC2026, 20 people) and one manual backup."""
    db = tmp_path / "class.sqlite3"
    run_cli("demo", "--people", "20", "--workshops", "1", db=db, check=True)
    run_cli("backup", db=db, check=True)
    return db
