"""``lacworkshop demo``: fill the database with a realistic demo."""

from __future__ import annotations

import argparse

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command(
        "demo", "fill the database with demo workshops, people and attendance", run
    )
    p.add_argument("--people", type=_positive, default=120, help="how many people (default 120)")
    p.add_argument("--workshops", type=_positive, default=3, help="how many workshops (default 3)")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.demo import populate

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
