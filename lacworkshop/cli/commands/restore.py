"""``lacworkshop restore FILE|latest``: put a backup in the database's place."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, text_for

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

HELP = (
    "replace the database by one of its backups ('latest': the newest that passes its "
    "check); the current database is backed up first"
)


def register(registry: Registry) -> None:
    p = registry.command("restore", HELP, run)
    p.add_argument("backup", metavar="FILE|latest", help="a backup file (see backup --list)")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.data_safety import describe_backup, find_backup, restore
    from lacworkshop.services.errors import ValidationError

    if ctx.db_url is not None:
        return _restore_server(args, ctx)
    # The database is not opened here: restoring is what a damaged one needs.
    db_path = ctx.db_path.expanduser().resolve()
    chosen = find_backup(db_path, args.backup)
    about = describe_backup(chosen)
    when = (
        f"{about.taken_at:%Y-%m-%d %H:%M}" if about.taken_at else text_for("restore.unknown_date")
    )
    say(
        "restore.summary",
        backup=str(chosen),
        when=when,
        reason=f" ({about.reason})" if about.reason else "",
        workshops=about.workshops,
        people=about.people,
        certificates=about.certificates,
        check=text_for("restore.check_ok" if about.ok else "restore.check_failed"),
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("restore.need_yes")
        answer = input(text_for("restore.ask", path=str(db_path)))
        if answer.strip().lower() not in ("y", "yes", "s", "si", "sí", "sim", "o", "oui"):
            say("restore.nothing_changed")
            return 1
    result = restore(db_path, str(chosen))
    if result.previous is not None:
        say("restore.previous_kept", path=str(result.previous))
    # Opened once now: an older backup is migrated (after its own backup) right away.
    ctx.db  # noqa: B018
    say("restore.done", path=str(db_path), backup=str(chosen))
    return 0


def _restore_server(args: argparse.Namespace, ctx: Context) -> int:
    """On PostgreSQL: pg_restore of a pg_dump backup, the database dumped first."""
    from lacworkshop.services.data_safety import restore_server
    from lacworkshop.services.errors import ValidationError

    url = ctx.db_url
    assert url is not None
    if not args.yes:
        raise ValidationError("restore.need_yes")
    chosen = restore_server(url, ctx.db_path, args.backup)
    ctx.db  # noqa: B018  (migrates an older dump right away)
    say("restore.done", path=ctx.db_path.name, backup=str(chosen))
    return 0
