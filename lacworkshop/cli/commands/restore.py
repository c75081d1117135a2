"""``lacworkshop restore FILE|latest``: put a backup in the database's place."""

from __future__ import annotations

import argparse
import sys

from lacworkshop.cli.context import Context

HELP = (
    "replace the database by one of its backups ('latest': the newest that passes its "
    "check); the current database is backed up first"
)


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command("restore", HELP, run)
    p.add_argument("backup", metavar="FILE|latest", help="a backup file (see backup --list)")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.backups import describe_backup, find_backup, restore
    from lacworkshop.services.errors import ValidationError

    # The database is not opened here: restoring is what a damaged one needs.
    db_path = ctx.db_path.expanduser().resolve()
    chosen = find_backup(db_path, args.backup)
    about = describe_backup(chosen)
    when = f"{about.taken_at:%Y-%m-%d %H:%M}" if about.taken_at else "unknown date"
    print(
        f"backup {chosen} of {when}{f' ({about.reason})' if about.reason else ''}: "
        f"{about.workshops} workshop(s), {about.people} people, "
        f"{about.certificates} certificate(s); check {'ok' if about.ok else 'FAILED'}"
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("add --yes to replace the database without being asked")
        answer = input(f"Replace {db_path} with this backup? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "s", "si", "sí", "o", "oui"):
            print("nothing was changed")
            return 1
    result = restore(db_path, str(chosen))
    if result.previous is not None:
        print(f"the database as it was is kept as {result.previous}")
    # Opened once now: an older backup is migrated (after its own backup) right away.
    ctx.db  # noqa: B018
    print(f"restored {db_path} from {chosen}")
    return 0
