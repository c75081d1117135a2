"""``lacworkshop backup``: a checked copy of the database, now; or the list of them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.storage.backup_listing import BackupEntry


def register(registry: Registry) -> None:
    p = registry.command(
        "backup",
        "back up the database now (checked, kept in backups/<database file name>/ beside it)",
        run,
    )
    p.add_argument(
        "--keep", type=int, metavar="N", help="from now on keep the last N automatic backups"
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list the backups (date, size, reason, check, schema revision, workshops, "
        "people) instead of writing one",
    )


LIST_COLUMNS = ["taken", "bytes", "reason", "check", "revision", "workshops", "people", "path"]


def _row(entry: BackupEntry) -> tuple[object, ...]:
    """One backup's line: the same columns for a SQLite copy and a pg_dump file."""
    taken = f"{entry.taken_at:%Y-%m-%d %H:%M:%S}" if entry.taken_at else None
    check = "ok" if entry.ok else "damaged"
    return (
        taken,
        entry.size,
        entry.reason,
        check,
        entry.revision,
        entry.workshops,
        entry.people,
        str(entry.path),
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.data_safety import backup_now, describe_backups, set_backups_kept

    on_server = ctx.db_url is not None
    if args.keep is not None:
        set_backups_kept(ctx.db, args.keep)
    if args.list:
        # Listing reads the files only: it works on a database too damaged to open.
        print_table(LIST_COLUMNS, (_row(e) for e in describe_backups(ctx.db_path, on_server)))
        return 0
    print(backup_now(ctx.db, "manual"))
    return 0
