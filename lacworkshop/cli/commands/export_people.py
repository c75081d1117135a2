"""``lacworkshop export people``: an attendee list as xlsx or CSV."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

ROLES = ("attendee", "trainer", "organiser", "staff")
STATUSES = ("registered", "confirmed", "waitlisted", "cancelled")


def register(registry: Registry) -> None:
    group = registry.group("export", "write lists, registers and reports to files")
    p = group.add_parser(
        "people",
        help="an attendee list (.xlsx or .csv) with the columns you choose",
        description=(
            "Write a workshop's attendee list. Without --preset or --columns it holds given "
            "names, family names, email, organisation, country, role, track and status. "
            "Only the named columns are written."
        ),
    )
    p.add_argument("--workshop", metavar="CODE", help="the workshop's code (required)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--preset", metavar="NAME", help='a saved preset, e.g. "for the venue"')
    which.add_argument("--columns", metavar="A,B,C", help="columns in order, comma-separated")
    p.add_argument("--track", action="append", metavar="NAME", help="only this track (repeatable)")
    p.add_argument("--role", action="append", choices=ROLES, help="only this role (repeatable)")
    p.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        help="only this status (repeatable; default registered and confirmed)",
    )
    p.add_argument("--eligible", choices=("yes", "no"), help="only people who are (not) eligible")
    p.add_argument("--language", choices=("es", "pt", "en", "fr"), help="language of the headers")
    p.add_argument("--list-columns", action="store_true", help="print the column names and stop")
    p.add_argument("-o", "--output", metavar="FILE", help="FILE.xlsx or FILE.csv")
    p.add_argument(
        "--delimiter",
        choices=(",", ";", "tab"),
        default=",",
        help="what separates the fields of a CSV (default ,); ';' opens in columns in "
        "Excel set to Spanish, Portuguese or French",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from dataclasses import replace

    from lacworkshop.cli.output import print_table
    from lacworkshop.model import ParticipationStatus, Role
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.reports import (
        DEFAULT_COLUMNS,
        PeopleFilter,
        available_fields,
        export_attendee_list,
        get_preset,
    )
    from lacworkshop.services.workshops import workshop_id_for_code

    if args.list_columns:
        print_table(["column", "header"], ((f.key, f.label) for f in available_fields("en")))
        return 0
    if not args.workshop:
        raise ValidationError("cli.need_workshop")
    if not args.output:
        raise ValidationError("cli.need_output")
    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    filters = PeopleFilter()
    if args.preset:
        preset = get_preset(ctx.db, args.preset)
        columns, filters = preset.columns, preset.filters
    elif args.columns:
        columns = tuple(c.strip() for c in args.columns.split(","))
    if args.track:
        filters = replace(filters, tracks=tuple(args.track))
    if args.role:
        filters = replace(filters, roles=tuple(Role(r) for r in args.role))
    if args.status:
        filters = replace(filters, statuses=tuple(ParticipationStatus(s) for s in args.status))
    if args.eligible:
        filters = replace(filters, eligible=args.eligible == "yes")
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    result = export_attendee_list(
        ctx.db, workshop_id, args.output, columns, filters, args.language, delimiter=delimiter
    ).value
    for warning in result.warnings:
        warn(warning)
    say("cli.people_written", rows=result.rows, path=result.path)
    return 0
