"""The one message for a database that cannot be opened because it is damaged."""

from __future__ import annotations

from pathlib import Path

from lacworkshop.errors import message_text
from lacworkshop.storage.backup import backup_infos, latest_good_backup
from lacworkshop.storage.errors import DamagedDatabaseError
from lacworkshop.storage.integrity import NOT_SQLITE


def damaged(path: Path, problem: str) -> DamagedDatabaseError:
    """The error for *path*, naming the latest good backup and how to restore it.

    *problem* is a code (empty, cut_short, bad_header, not_sqlite, check_failed,
    unreadable); a file that is no SQLite at all (written over) is said so.
    """
    latest = latest_good_backup(path)
    if latest is not None:
        offer = message_text(
            "db.offer_backup",
            backup=latest.path,
            date=f"{latest.taken_at:%Y-%m-%d %H:%M}",
            path=path,
        )
    elif backup_infos(path):
        offer = message_text("db.offer_none_good")
    else:
        offer = message_text("db.offer_no_backup")
    key = "db.not_ours_at_open" if problem == NOT_SQLITE else "db.damaged_at_open"
    return DamagedDatabaseError(
        key,
        path,
        latest.path if latest else None,
        problem=message_text(f"db.problem.{problem}"),
        offer=offer,
    )
