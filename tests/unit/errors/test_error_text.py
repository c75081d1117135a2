"""One translation from an exception to what a person reads; None means a bug."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from lacworkshop.errors import Invalid
from lacworkshop.services.error_text import apology, user_message


def test_user_error_in_each_language() -> None:
    exc = Invalid("person.name_missing", "given_names")
    assert user_message(exc, "es") == "Escriba al menos un nombre o un apellido."
    assert user_message(exc, "fr") == "Saisissez au moins un prénom ou un nom."


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only disk"),
        (errno.ENOENT, "no such file"),
    ],
)
def test_what_the_system_refuses_is_one_line(code: int, fragment: str) -> None:
    exc = OSError(code, "system words", "/data/out.csv")
    line = user_message(exc, "en")
    assert line is not None and fragment in line and "/data/out.csv" in line
    assert "\n" not in line


def test_disk_full_in_spanish() -> None:
    line = user_message(OSError(errno.ENOSPC, "No space left on device", "x.pdf"), "es")
    assert (
        line
        == "el disco está lleno; no se pudo escribir x.pdf. Libere espacio e inténtelo de nuevo."
    )


def test_a_read_only_database_as_sqlite_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    # mode=ro makes SQLite itself refuse the write, as a read-only file does.
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", hide_parameters=True)
    with pytest.raises(OperationalError) as info, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "ana@example.org"})
    engine.dispose()
    assert "ana@example.org" not in str(info.value)
    assert user_message(info.value, "en") == (
        "The database is read-only; nothing was saved. Check the permissions of the file "
        "and its folder."
    )
    assert user_message(info.value, "pt").startswith("O banco de dados é somente leitura")


def test_a_bug_has_no_user_message_and_the_apology_names_the_log() -> None:
    assert user_message(RuntimeError("boom")) is None
    assert user_message(KeyError("x")) is None
    assert user_message(BrokenPipeError(errno.EPIPE, "Broken pipe")) is None
    assert "/logs/lacworkshop.log" in apology("/logs/lacworkshop.log", "en")
    assert "Sus datos están a salvo" in apology("/logs/lacworkshop.log", "es")


def test_a_failed_rename_names_the_file_the_person_chose(tmp_path: Path) -> None:
    import os

    (tmp_path / "out.csv").mkdir()
    tmp = tmp_path / ".out.csv.part"
    tmp.write_text("x")
    with pytest.raises(OSError) as info:
        os.replace(tmp, tmp_path / "out.csv")
    line = user_message(info.value, "en")
    assert line is not None and line.startswith(str(tmp_path / "out.csv")) and ".part" not in line
