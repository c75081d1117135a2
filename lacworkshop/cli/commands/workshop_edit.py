"""``lacworkshop workshops add|edit|show|delete``: a workshop's fields and certificate rule."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lacworkshop.cli.arguments import iso_date, share
from lacworkshop.cli.commands.workshops import GROUP_HELP
from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say
from lacworkshop.cli.subcommands import add_yes, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

STATUSES = ("draft", "open", "running", "finished", "cancelled")
LATE = ("present", "fraction")
EXCUSED = ("present", "absent", "exclude")
CERT_LANGUAGES = ("auto", "es", "pt", "en", "fr")
# Option name -> WorkshopData field, for the fields add and edit share.
_TEXT_FIELDS = {
    "title": "title",
    "series": "series",
    "edition": "edition",
    "venue": "venue",
    "city": "city",
    "country": "country",
    "host": "host",
    "languages": "languages",
    "status": "status",
    "description": "description",
    "min_share": "min_share",
    "late_policy": "late_policy",
    "late_fraction": "late_fraction",
    "excused_policy": "excused_policy",
    "certificate_language": "certificate_language",
    "start": "start_date",
    "end": "end_date",
}


def _fields(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--title", required=adding, help="the workshop's title")
    p.add_argument("--start", type=iso_date, required=adding, metavar="YYYY-MM-DD")
    p.add_argument("--end", type=iso_date, required=adding, metavar="YYYY-MM-DD")
    p.add_argument("--series", help="series, e.g. WALC")
    p.add_argument("--edition", help="edition, e.g. 2026")
    p.add_argument("--venue", help="venue")
    p.add_argument("--city", help="city (also sets the calendar's time zone)")
    p.add_argument("--country", metavar="CC", help="ISO country code, e.g. PY, BR, MX")
    p.add_argument("--host", help="host organisation")
    p.add_argument(
        "--languages", metavar="LANGS", help="comma-separated, first is the main one: es,pt"
    )
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--description")
    rule = p.add_argument_group("certificate rule")
    rule.add_argument(
        "--min-share",
        type=share,
        metavar="SHARE",
        help="minimum share of the scheduled hours, 0.75 or 75%%",
    )
    rule.add_argument(
        "--late-policy", choices=LATE, help="a late arrival counts as present or a fraction"
    )
    rule.add_argument(
        "--late-fraction", type=share, metavar="SHARE", help="the fraction a late arrival counts"
    )
    rule.add_argument("--excused-policy", choices=EXCUSED, help="an excused absence counts as ...")
    rule.add_argument(
        "--certificate-language", choices=CERT_LANGUAGES, help="language of the documents"
    )


def register(registry: Registry) -> None:
    group = registry.group("workshops", GROUP_HELP)
    p = subcommand(
        group,
        "add",
        "create a workshop with its tracks",
        "lacworkshop workshops add WALC2027 --title 'WALC 2027' --start 2027-05-17 "
        "--end 2027-05-21 --city Asunción --country PY --languages es,pt "
        "--track Routing --track Security --min-share 80%",
        run_add,
    )
    p.add_argument("code", help="the new workshop's code, e.g. WALC2027")
    _fields(p, adding=True)
    p.add_argument(
        "--track",
        action="append",
        default=[],
        metavar="NAME",
        help="a parallel track (repeat; default one track, General)",
    )
    p = subcommand(
        group,
        "edit",
        "change a workshop's fields or its certificate rule (only the options given)",
        "lacworkshop workshops edit WALC2027 --status open --min-share 0.8",
        run_edit,
    )
    p.add_argument("code", help="the workshop's code")
    p.add_argument("--new-code", metavar="CODE", help="give the workshop another code")
    _fields(p, adding=False)
    p = subcommand(
        group,
        "show",
        "show every field of a workshop",
        "lacworkshop workshops show WALC2027",
        run_show,
    )
    p.add_argument("code", help="the workshop's code")
    p = subcommand(
        group,
        "delete",
        "delete a workshop with its tracks, sessions, people's places, marks and certificates",
        "lacworkshop workshops delete WALC2027 --yes",
        run_delete,
        description="Delete a workshop and everything in it (the people stay in the directory). "
        "Says what goes with it and asks; --yes deletes without asking. The daily backup "
        "keeps the state before.",
    )
    p.add_argument("code", help="the workshop's code")
    add_yes(p)
    group_example(
        registry,
        "workshops",
        "lacworkshop workshops --search walc\nlacworkshop workshops show WALC2027",
    )


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in _TEXT_FIELDS.items()
        if getattr(args, option, None) is not None
    }


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import WorkshopData, save_workshop

    values = _changes(args)
    data = WorkshopData(code=args.code, tracks=tuple(args.track), **values)
    saved = save_workshop(ctx.db, data).value
    say("cli.workshop_created", code=saved.after.code)
    return 0


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import get_workshop, save_workshop, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.code)
    values = _changes(args)
    if args.new_code:
        values["code"] = args.new_code
    if not values:
        say("cli.nothing_to_change")
        return 0
    saved = save_workshop(ctx.db, replace(get_workshop(ctx.db, wid), **values), wid).value
    say("cli.workshop_saved", code=saved.after.code)
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.output import print_table
    from lacworkshop.services.workshops import as_dict, get_workshop, workshop_id_for_code

    data = as_dict(get_workshop(ctx.db, workshop_id_for_code(ctx.db, args.code)))
    tracks = data.pop("tracks")
    rows: list[tuple[str, object]] = [
        (k, v.isoformat() if hasattr(v, "isoformat") else getattr(v, "value", v))
        for k, v in data.items()
    ]
    rows.append(("tracks", ", ".join(str(t) for t in tracks)))  # type: ignore[attr-defined]
    print_table(["field", "value"], rows)
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import delete_after_asking, describe
    from lacworkshop.services.data_safety import impact
    from lacworkshop.services.workshops import workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.code)
    what = describe(impact(ctx.db, "workshop", wid))
    delete_after_asking(ctx.db, "workshop", wid, what, args.yes)
    return 0
