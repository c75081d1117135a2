"""Backups through the service: the kept count is a setting; daily backups are not repeated."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from lacworkshop.services.data_safety.backups import (
    backup_now,
    backups_kept,
    daily_backup,
    list_backups,
    set_backups_kept,
)
from lacworkshop.services.errors import ValidationError


def test_keep_setting_rotates(demo_db) -> None:
    assert backups_kept(demo_db) == 10
    set_backups_kept(demo_db, 2)
    made = [backup_now(demo_db, f"b{i}") for i in range(4)]
    assert list_backups(demo_db) == made[-2:]
    con = sqlite3.connect(made[-1])
    assert con.execute("SELECT count(*) FROM workshop").fetchone()[0] == 3
    con.close()
    with pytest.raises(ValidationError):
        set_backups_kept(demo_db, 0)


def test_daily_backup_once_a_day(demo_db) -> None:
    first = daily_backup(demo_db)
    assert first is not None and first.exists()
    assert daily_backup(demo_db) is None
    assert daily_backup(demo_db, now=datetime.now() + timedelta(days=1)) is not None
