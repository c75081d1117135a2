"""``lacworkshop workshops``: list workshops, tab-separated."""

from __future__ import annotations

import argparse

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command("workshops", "list workshops (code first, tab-separated)", run)
    p.add_argument("--search", help="only workshops whose code, title or series contains this")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import list_workshops

    rows = list_workshops(ctx.db, search=args.search)
    print_table(
        ["code", "title", "start", "end", "city", "country", "status", "tracks", "participants"],
        (
            (
                w.code,
                w.title,
                w.start_date.isoformat(),
                w.end_date.isoformat(),
                w.city,
                w.country,
                w.status.value,
                w.tracks,
                w.participants,
            )
            for w in rows
        ),
    )
    return 0
