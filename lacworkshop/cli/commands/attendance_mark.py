"""``lacworkshop attendance mark``: mark a session for several people, or from stdin."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say
from lacworkshop.cli.subcommands import subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

GROUP_HELP = "attendance marks: mark sessions, import a filled-in register"


def register(registry: Registry) -> None:
    group = registry.group("attendance", GROUP_HELP)
    p = subcommand(
        group,
        "mark",
        "mark one or more sessions for one or more people",
        "lacworkshop attendance mark --session 12 --person ana@example.org 31 --mark P\n"
        "printf 'ana@example.org P\\nbruno@example.org L\\n' | "
        "lacworkshop attendance mark --session 12",
        run_mark,
        description="Mark attendance like the grid does. Without --person, read stdin: one "
        "person (id or email) per line, optionally followed by a mark that overrides --mark. "
        "Marks: P present, L late, E excused, A absent, clear (remove the mark). All marks "
        "of one session are saved at once, or none when a person is wrong.",
    )
    p.add_argument("--session", type=int, nargs="+", required=True, metavar="ID")
    p.add_argument("--person", nargs="+", metavar="ID|EMAIL", help="people (default: stdin)")
    p.add_argument("--mark", metavar="P|L|E|A", help="the mark (required with --person)")


def _stdin_lines(default: str | None) -> list[tuple[str, str]]:
    out = []
    for n, line in enumerate(sys.stdin, start=1):
        parts = line.replace("\t", " ").split()
        if not parts or parts[0].startswith("#"):
            continue
        mark = parts[1] if len(parts) > 1 else default
        if mark is None:
            from lacworkshop.services.errors import ValidationError

            raise ValidationError("cli.mark_line_missing", line=n)
        out.append((parts[0], mark))
    return out


def run_mark(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import mark_session, parse_mark
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.people import person_id_for

    if args.person:
        if not args.mark:
            raise ValidationError("cli.mark_missing")
        pairs = [(ref, args.mark) for ref in args.person]
    else:
        pairs = _stdin_lines(args.mark)
    marks = [(person_id_for(ctx.db, ref), parse_mark(mark)) for ref, mark in pairs]
    for slot_id in args.session:
        result = mark_session(ctx.db, slot_id, marks)
        say(
            "cli.session_marked",
            session=slot_id,
            changed=result.changed,
            unchanged=result.unchanged,
        )
    return 0
