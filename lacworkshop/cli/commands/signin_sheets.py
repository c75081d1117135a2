"""``lacworkshop signin-sheets``: printable sign-in sheets, one per session."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-10-12") from None


def register(registry: Registry) -> None:
    p = registry.command(
        "signin-sheets",
        "sign-in sheets (PDF) per session and track, a row per person with a box to sign",
        run,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("--track", metavar="NAME", help="only this track (default: every track)")
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="only sessions on this day")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
    p.add_argument("--language", choices=["es", "pt", "en", "fr"], help="language of the sheet")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="file to write")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import print_signin_sheets
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    result = print_signin_sheets(
        ctx.db, workshop_id, args.output, args.track, args.date, args.paper, args.language
    ).value
    for warning in result.warnings:
        warn(warning)
    say("cli.wrote_signin", path=args.output, sections=result.sections, pages=result.pages)
    return 0
