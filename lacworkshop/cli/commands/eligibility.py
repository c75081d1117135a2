"""``lacworkshop eligibility``: hours, share and eligibility of every participant."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    p = registry.command(
        "eligibility",
        "attended and scheduled hours, share and eligibility per participant (tab-separated)",
        run,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.formats.certificates import hours_number
    from lacworkshop.services.attendance import workshop_standings
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    rows = workshop_standings(ctx.db, workshop_id)
    print_table(
        [
            "participation_id",
            "name",
            "track",
            "attended_hours",
            "scheduled_hours",
            "share",
            "eligible",
            "override_reason",
        ],
        (
            (
                s.participation_id,
                s.display_name,
                s.track_name,
                hours_number(s.result.attended_hours),
                hours_number(s.result.scheduled_hours),
                f"{s.result.share:.4f}",
                "yes" if s.result.eligible else "no",
                s.override_reason if s.result.overridden else "",
            )
            for s in rows
        ),
    )
    return 0
