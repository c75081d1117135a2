"""``lacworkshop backup``: a checked copy of the database, now; or the list of them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


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
        help="list the backups (date, size, reason, check) instead of writing one",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.data_safety import backup_now, checked_backups, set_backups_kept

    if args.keep is not None:
        set_backups_kept(ctx.db, args.keep)
    if args.list and ctx.db_url is not None:
        from lacworkshop.services.data_safety import server_backups

        on_server = [(p.stat().st_size, str(p)) for p in server_backups(ctx.db_path)]
        print_table(["bytes", "path"], on_server)
        return 0
    if args.list:
        # Listing reads the files only: it works on a database too damaged to open.
        rows = [
            (
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}",
                info.size,
                info.reason,
                "ok" if ok else "damaged",
                str(info.path),
            )
            for info, ok in checked_backups(ctx.db_path)
        ]
        print_table(["taken", "bytes", "reason", "check", "path"], rows)
        return 0
    print(backup_now(ctx.db, "manual"))
    return 0
