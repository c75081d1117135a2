"""``lacworkshop workshops``: list workshops, tab-separated (sub-commands: workshop_edit)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

GROUP_HELP = "list workshops (code first, tab-separated); add, edit, show or delete one"


def register(registry: Registry) -> None:
    registry.group("workshops", GROUP_HELP)
    p = registry.subparsers.choices["workshops"]
    # ``workshops`` alone lists, as it always has; add/edit/show/delete are sub-commands.
    p.add_argument("--search", help="only workshops whose code, title or series contains this")
    p.set_defaults(handler=run)


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
