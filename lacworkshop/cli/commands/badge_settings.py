"""``lacworkshop badge-settings``: what a workshop's badges show, their colours, stock and lateness."""

from __future__ import annotations

import argparse
from dataclasses import replace

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table


def _colour(value: str) -> tuple[str, str]:
    role, sep, colour = value.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{value!r} is not ROLE=#RRGGBB, e.g. trainer=#E69F00")
    return role.strip().lower(), colour.strip()


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.badges import FIELDS

    p = registry.command(
        "badge-settings",
        "show or change what a workshop's badges show, their role colours, the stock "
        "and when a check-in counts as late",
        run,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument(
        "--fields",
        metavar="A,B,...",
        help="what to show besides the name, from: " + ", ".join(FIELDS),
    )
    p.add_argument(
        "--colour",
        type=_colour,
        action="append",
        default=[],
        metavar="ROLE=#RRGGBB",
        help="a role's colour (attendee, trainer, organiser, staff); may be repeated",
    )
    p.add_argument("--layout", metavar="NAME", help="the stock printed on by default")
    p.add_argument("--logo", metavar="FILE.png", help="the workshop's own logo (PNG or JPEG)")
    p.add_argument(
        "--late-after", type=int, metavar="MINUTES", help="minutes after the start that count late"
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.errors import Invalid
    from lacworkshop.formats.badges import ROLES
    from lacworkshop.services.badges import badge_settings, save_badge_settings, set_badge_logo
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    if args.logo is not None:
        from pathlib import Path

        # As `organisation --logo`: a missing file is worded by the command line's error layer.
        set_badge_logo(ctx.db, workshop_id, Path(args.logo).read_bytes())
    settings = badge_settings(ctx.db, workshop_id)
    changes: dict[str, object] = {}
    if args.fields is not None:
        changes["fields"] = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    if args.colour:
        colours = dict(settings.colours)
        for role, colour in args.colour:
            if role not in ROLES:
                raise Invalid("badges.unknown_role", role=role, roles=", ".join(ROLES))
            colours[role] = colour
        changes["colours"] = colours
    if args.layout is not None:
        changes["layout"] = args.layout.strip().lower()
    if args.late_after is not None:
        changes["late_after_minutes"] = args.late_after
    if changes:
        settings = save_badge_settings(ctx.db, workshop_id, replace(settings, **changes)).value  # type: ignore[arg-type]
    print_table(
        ["setting", "value"],
        [
            ("fields", ",".join(settings.fields)),
            *((f"colour.{role}", settings.colours[role]) for role in ROLES),
            ("layout", settings.layout),
            ("late_after_minutes", settings.late_after_minutes),
            ("logo", settings.logo or "organisation"),
        ],
    )
    return 0
