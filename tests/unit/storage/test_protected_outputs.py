"""The one low point every write passes through refuses the database and its backups."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lacworkshop.formats.writing.atomic import ProtectedFileError, atomic_write_bytes
from lacworkshop.storage import open_database


def test_writer_refuses_every_name_of_the_open_database(db, db_path: Path) -> None:
    backup = Path(db.backup_now("test"))
    os.link(db_path, db_path.with_name("hard.pdf"))
    db_path.with_name("soft.pdf").symlink_to(db_path)
    before = db_path.read_bytes()
    for target in (
        db_path,
        db_path.with_name("hard.pdf"),
        db_path.with_name("soft.pdf"),
        Path(f"{db_path}-wal"),
        Path(f"{db_path}-shm"),
        Path(f"{db_path}.lock"),
        backup,
        backup.parent / "new.pdf",
        backup.parent.parent / "other.pdf",
    ):
        with pytest.raises(ProtectedFileError, match="database or one of its backups"):
            atomic_write_bytes(target, b"%PDF-1.4 not a database")
    assert db_path.read_bytes() == before
    assert not (backup.parent / "new.pdf").exists()
    assert db.integrity_ok()


def test_services_writing_documents_are_refused_too(demo_db) -> None:
    from lacworkshop.services.attendance.signin_sheets import write_signin_sheets
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    wid = workshop_id_for_code(demo_db, "WALC2026")
    with pytest.raises(ProtectedFileError):
        write_signin_sheets(demo_db, wid, demo_db.path, None, None, "a4", None)
    assert demo_db.integrity_ok()


def test_once_closed_the_file_is_no_longer_guarded(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    elsewhere = tmp_path / "copy.bin"
    atomic_write_bytes(elsewhere, b"ok")
    atomic_write_bytes(db_path, b"the person chose to, with the program closed")
    assert db_path.read_bytes().startswith(b"the person")
