"""``lacworkshop attendance import``: read a filled-in register back."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lacworkshop.cli.commands.attendance_mark import GROUP_HELP
from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say, warn

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.model import Mark


def register(registry: Registry) -> None:
    group = registry.group("attendance", GROUP_HELP)
    p = group.add_parser(
        "import",
        help="apply the marks of an attendance register (xlsx) exported earlier",
        description="Compare the register with the database, list what changes, and apply it. "
        "Rows are matched by the register's id column.",
    )
    p.add_argument("file", metavar="FILE.xlsx", help="the filled-in register")
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    p.add_argument(
        "--clear-blanks",
        action="store_true",
        help="an empty cell removes the mark (by default empty cells leave marks alone)",
    )
    p.set_defaults(handler=run)


def _letter(mark: Mark | None) -> str:
    return mark.value if mark is not None else "(not marked)"


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import import_attendance_register
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    result = import_attendance_register(
        ctx.db, workshop_id, args.file, args.clear_blanks, dry_run=args.dry_run
    ).value
    print_table(
        ["cell", "name", "session", "before", "after"],
        (
            (c.where, c.person, c.session, _letter(c.before), _letter(c.after))
            for c in result.changes
        ),
    )
    for problem in result.problems:
        warn(problem)
    say(
        "cli.marks_would_change" if args.dry_run else "cli.marks_changed",
        sys.stderr,
        changed=len(result.changes),
        unchanged=result.unchanged,
        problems=len(result.problems),
    )
    return 0
