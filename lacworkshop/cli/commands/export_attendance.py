"""``lacworkshop export attendance``: the attendance register as xlsx."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("export", "write lists and registers to files")
    p = group.add_parser(
        "attendance",
        help="the attendance register of a workshop (xlsx, one sheet per track)",
        description="Write the attendance register: people down, sessions across, "
        "P/L/E/A cells and live hours and share formulas.",
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="file to write")
    p.add_argument("--language", choices=["es", "pt", "en", "fr"], help="language of the headings")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import write_attendance_register
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.workshops import workshop_id_for_code

    if not args.output.lower().endswith(".xlsx"):
        raise ValidationError("cli.register_suffix", path=args.output)
    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    written = write_attendance_register(ctx.db, workshop_id, args.output, args.language).value
    for warning in written.warnings:
        warn(warning)
    say("cli.wrote", path=args.output)
    return 0
