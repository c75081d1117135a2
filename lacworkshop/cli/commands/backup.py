"""``lacworkshop backup``: a consistent copy of the database, now."""

from __future__ import annotations

import argparse

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command(
        "backup", "back up the database now (kept in a backups folder beside it)", run
    )
    p.add_argument(
        "--keep", type=int, metavar="N", help="from now on keep the last N automatic backups"
    )
    p.add_argument("--list", action="store_true", help="list the backups instead of writing one")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.backups import backup_now, list_backups, set_backups_kept

    if args.keep is not None:
        set_backups_kept(ctx.db, args.keep)
    if args.list:
        rows = [(p.name, p.stat().st_size, str(p)) for p in list_backups(ctx.db)]
        print_table(["file", "bytes", "path"], rows)
        return 0
    print(backup_now(ctx.db, "manual"))
    return 0
