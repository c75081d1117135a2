"""``lacworkshop demo``: fill the database with a realistic demo, or take it out again."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def register(registry: Registry) -> None:
    p = registry.command(
        "demo",
        "fill the database with demo workshops, people and attendance (marked as demo), "
        "or remove them with --remove",
        run,
    )
    p.add_argument("--people", type=_positive, default=120, help="how many people (default 120)")
    p.add_argument("--workshops", type=_positive, default=3, help="how many workshops (default 3)")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--into-current",
        action="store_true",
        help="add the demo even though the database holds real work",
    )
    which.add_argument(
        "--remove",
        action="store_true",
        help="remove every demo workshop, person, signatory and template (nothing else)",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.remove:
        return _remove(ctx)
    from lacworkshop.services.demo import check_demo_allowed, populate

    check_demo_allowed(ctx.db, into_current=args.into_current)
    summary = populate(ctx.db, people=args.people, workshops=args.workshops, seed=args.seed)
    say(
        "cli.demo_added",
        workshops=summary.workshops,
        people=summary.people,
        participations=summary.participations,
        slots=summary.slots,
        marks=summary.marks,
    )
    return 0


def _remove(ctx: Context) -> int:
    from lacworkshop.services.demo import remove_demo

    result = remove_demo(ctx.db)
    gone = result.removed
    if result.backup is None:
        say("cli.demo_none")
        return 0
    say(
        "cli.demo_removed",
        workshops=gone.workshops,
        people=gone.people,
        signatories=gone.signatories,
        templates=gone.templates,
        path=result.backup,
    )
    return 0
