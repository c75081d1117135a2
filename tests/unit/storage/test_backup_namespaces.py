"""Each database's backups are its own: checked, listed, rotated only among themselves."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from lacworkshop.storage import open_database
from lacworkshop.storage.backup import backup_infos, list_backups, take_backup
from lacworkshop.storage.paths import backup_dir_for


def _with_rows(path: Path, n: int) -> None:
    db = open_database(path)
    try:
        from lacworkshop.services.demo.create import populate

        populate(db, people=n, workshops=1)
    finally:
        db.close()


def test_two_databases_in_one_folder_rotate_separately(tmp_path: Path) -> None:
    one, two = tmp_path / "class.sqlite3", tmp_path / "class-2025.sqlite3"
    _with_rows(one, 10)
    _with_rows(two, 10)
    for i in range(3):
        take_backup(one, f"one {i}", keep=5)
    for i in range(4):
        take_backup(two, f"two {i}", keep=2)
    assert [i.reason for i in backup_infos(one)] == ["one 0", "one 1", "one 2"]
    assert [i.reason for i in backup_infos(two)] == ["two 2", "two 3"]
    assert backup_dir_for(one) != backup_dir_for(two)
    assert backup_dir_for(one).parent == backup_dir_for(two).parent == tmp_path / "backups"


def test_flat_backups_of_older_versions_move_to_their_own_database(tmp_path: Path) -> None:
    one, two = tmp_path / "class.sqlite3", tmp_path / "class-2025.sqlite3"
    _with_rows(one, 5)
    _with_rows(two, 5)
    flat = tmp_path / "backups"
    flat.mkdir(exist_ok=True)
    # The names older versions gave, side by side in one folder.
    for db, stamp in ((one, "20250101-120000-000001"), (two, "20250101-120000-000002")):
        src = sqlite3.connect(db)
        out = sqlite3.connect(flat / f"{db.stem}-{stamp}-daily.sqlite3")
        src.backup(out)
        out.close()
        src.close()
    open_database(one).close()
    open_database(two).close()
    assert [p.name for p in list_backups(one)] == ["20250101-120000-000001-daily.sqlite3"]
    assert [p.name for p in list_backups(two)] == ["20250101-120000-000002-daily.sqlite3"]
    assert not [p for p in flat.glob("*.sqlite3") if p.is_file()]


def test_a_damaged_backup_never_pushes_out_a_good_one(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    _with_rows(path, 40)
    good = [take_backup(path, f"good {i}", keep=2).path for i in range(2)]
    # The database goes bad after it was opened and checked (a failing disk): its
    # copies now fail their check too.
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 2):
        data[offset + 5] ^= 0xFF
    path.write_bytes(bytes(data))
    bad = [take_backup(path, f"bad {i}", keep=2) for i in range(3)]
    assert all(b.damaged for b in bad)
    assert all(b.path.name.endswith(".damaged.sqlite3") for b in bad)
    assert list_backups(path) == good  # both good ones are still there
    assert len([i for i in backup_infos(path) if i.damaged]) == 2  # damaged rotate apart


def test_files_and_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "new" / "folder" / "class.sqlite3"
        db = open_database(path)
        try:
            backup = Path(db.backup_now("manual"))
            from sqlalchemy import text

            with db.engine.begin() as conn:
                conn.execute(text("CREATE TABLE scratch (x)"))
            # Checked while open: SQLite removes the WAL when the last connection closes.
            for f in (path, Path(f"{path}-wal"), Path(f"{path}.lock"), backup):
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
            folders = [tmp_path / "new", path.parent, backup.parent, backup.parent.parent]
        finally:
            db.close()
    finally:
        os.umask(old)
    for d in folders:
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    os.chmod(path, 0o644)
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("keep", [1, 3])
def test_rotation_keeps_the_newest(tmp_path: Path, keep: int) -> None:
    path = tmp_path / "class.sqlite3"
    _with_rows(path, 5)
    made = [take_backup(path, f"b {i}", keep=keep).path for i in range(4)]
    assert list_backups(path) == made[-keep:]
