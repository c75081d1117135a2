"""``lacworkshop badges`` and ``lacworkshop tents``: name badges and table tents as PDF."""

from __future__ import annotations

import argparse
from datetime import date

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-10-12") from None


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.badges import LAYOUTS

    p = registry.command(
        "badges",
        "name badges (PDF) with a check-in QR, on sheets to cut, label stock or cards",
        run_badges,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument(
        "--layout",
        metavar="NAME",
        help="stock to print on (default: the workshop's choice): " + ", ".join(LAYOUTS),
    )
    p.add_argument(
        "--role", choices=["attendee", "trainer", "organiser", "staff"], help="only this role"
    )
    p.add_argument("--track", metavar="NAME", help="only this track")
    p.add_argument(
        "--since", type=_day, metavar="YYYY-MM-DD", help="only people registered on or after"
    )
    p.add_argument("--new", action="store_true", help="only people whose badge was never printed")
    p.add_argument("--language", choices=["es", "pt", "en", "fr"], help="language of the badges")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="file to write")

    t = registry.command(
        "tents",
        "table tents (PDF, one folded sheet each, the name on both faces) for trainers and organisers",
        run_tents,
    )
    t.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    t.add_argument(
        "--role",
        choices=["attendee", "trainer", "organiser", "staff"],
        help="this role instead of trainers and organisers",
    )
    t.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
    t.add_argument("--language", choices=["es", "pt", "en", "fr"], help="language of the tents")
    t.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="file to write")


def run_badges(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.badges import BadgeSelection, print_badges
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    selection = BadgeSelection(
        role=args.role, track=args.track, since=args.since, new_only=args.new
    )
    result = print_badges(
        ctx.db, workshop_id, args.output, args.layout, selection, args.language
    ).value
    for line in result.skipped:
        warn(line)
    say(
        "cli.wrote_badges",
        path=args.output,
        badges=result.badges,
        pages=result.pages,
        layout=result.layout,
    )
    return 0


def run_tents(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.badges import BadgeSelection, print_tents
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    result = print_tents(
        ctx.db,
        workshop_id,
        args.output,
        args.paper,
        BadgeSelection(role=args.role),
        args.language,
    ).value
    for line in result.skipped:
        warn(line)
    say("cli.wrote_tents", path=args.output, tents=result.badges)
    return 0
