"""The log keeps a bug's traceback and no personal data, in a file only its user reads."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from lacworkshop.storage import log_file
from lacworkshop.storage.engine import make_engine

EMAIL = "eve.one@example.org"
NAME = "Eve"


@pytest.fixture
def private_log(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(log_file.ENV_VAR, str(tmp_path / "logs"))
    path = log_file.setup_logging()
    yield path
    handler = log_file._handlers.pop(path)
    logging.getLogger().removeHandler(handler)
    handler.close()


def _integrity_error(engine) -> IntegrityError:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE person (given TEXT, email TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO person VALUES (:g, :e)"), {"g": "Eve", "e": EMAIL})
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO person VALUES (:g, :e)"), {"g": "Eve", "e": EMAIL})
    except IntegrityError as exc:
        return exc
    raise AssertionError("the duplicate email was accepted")


def test_the_engine_hides_sql_parameters(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.sqlite3")
    exc = _integrity_error(engine)
    engine.dispose()
    assert EMAIL not in str(exc) and "Eve" not in str(exc)


def test_an_integrity_error_with_an_email_leaves_no_email_in_the_log(
    private_log: Path, tmp_path: Path
) -> None:
    # An engine that shows its parameters: the formatter must still mask them.
    engine = create_engine(f"sqlite:///{tmp_path / 'y.sqlite3'}")
    exc = _integrity_error(engine)
    engine.dispose()
    assert EMAIL in str(exc)
    try:
        raise RuntimeError(f"could not save {EMAIL!r} for {NAME!r}") from exc
    except RuntimeError:
        logging.getLogger("lacworkshop").exception("unexpected error for %s", EMAIL)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = private_log.read_text(encoding="utf-8")
    assert "Traceback" in written and "IntegrityError" in written
    assert "UNIQUE constraint failed: person.email" in written
    assert EMAIL not in written and "'Eve'" not in written


def test_the_log_and_its_folder_are_private(private_log: Path) -> None:
    assert stat.S_IMODE(private_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(private_log.parent.stat().st_mode) == 0o700


def test_every_folder_made_for_the_log_is_private(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(log_file.ENV_VAR, str(tmp_path / "state" / "lacworkshop" / "log"))
    path = log_file.log_file()
    for folder in (tmp_path / "state", tmp_path / "state" / "lacworkshop", path.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
