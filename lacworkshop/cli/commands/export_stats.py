"""``lacworkshop export stats``: the statistics workbook of a workshop or a series."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("export", "write lists, registers and reports to files")
    p = group.add_parser(
        "stats",
        help="statistics with charts (.xlsx) for a workshop or every edition of a series",
        description=(
            "Participants by country, gender, organisation, role and track; attendance by "
            "session and day; certificates issued; trainers and their hours."
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--workshop", metavar="CODE", help="one workshop, by code")
    which.add_argument("--series", metavar="NAME", help="every edition of a series")
    p.add_argument("--language", choices=("es", "pt", "en", "fr"), help="language of the report")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.reports import export_statistics_workbook
    from lacworkshop.services.workshops import workshop_id_for_code

    if args.workshop:
        workshop_id = workshop_id_for_code(ctx.db, args.workshop)
        done = export_statistics_workbook(
            ctx.db, args.output, workshop_id=workshop_id, language=args.language
        )
    else:
        done = export_statistics_workbook(
            ctx.db, args.output, series=args.series, language=args.language
        )
    result = done.value
    for warning in result.warnings:
        warn(warning)
    say("cli.statistics_written", path=result.path)
    return 0
