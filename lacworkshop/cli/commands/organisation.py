"""``lacworkshop organisation``: the organisation's name and logo, as in Edit > Preferences."""

from __future__ import annotations

import argparse
from pathlib import Path

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table
from lacworkshop.cli.subcommands import Handler


def register(registry) -> None:  # type: ignore[no-untyped-def]
    run_handler: Handler = run
    p = registry.command(
        "organisation",
        "the organisation's name, logo and verification address; shown when no option",
        run_handler,
    )
    p.add_argument("--name", help="the organisation's name")
    p.add_argument("--logo", metavar="IMAGE", help="PNG or JPEG; the built-in templates print it")
    p.add_argument(
        "--verify-url",
        metavar="URL",
        help="the page that verifies certificates (from 'publish'); new QR codes open it "
        "('' removes it)",
    )
    p.epilog = "example:\n  lacworkshop organisation --name LACNIC --logo lacnic.png"
    p.formatter_class = argparse.RawDescriptionHelpFormatter


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.organisation import (
        organisation_logo,
        organisation_name,
        set_organisation_logo,
        set_organisation_name,
    )
    from lacworkshop.services.verification import set_verify_url, verify_url

    if args.name is not None:
        set_organisation_name(ctx.db, args.name)
    if args.logo is not None:
        set_organisation_logo(ctx.db, Path(args.logo).read_bytes())
    if args.verify_url is not None:
        set_verify_url(ctx.db, args.verify_url)
    logo = organisation_logo(ctx.db)
    print_table(
        ["field", "value"],
        [
            ("name", organisation_name(ctx.db)),
            ("logo", f"{len(logo)} bytes" if logo else ""),
            ("verify_url", verify_url(ctx.db)),
        ],
    )
    return 0
