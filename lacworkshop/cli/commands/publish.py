"""``lacworkshop publish``: the static folder that lets anyone verify the certificates."""

from __future__ import annotations

import argparse

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, warn


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command(
        "publish",
        "write the verification folder (verify.html, keys, revocations, code lists) to upload",
        run,
    )
    p.description = (
        "Write a folder to upload to any web server: verify.html checks a certificate's QR "
        "code or typed code in the browser, also opened from disk. Lists the name as printed "
        "only for people who agreed to be listed. The folder is replaced whole."
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--workshop", metavar="CODE", action="append", help="a workshop, by code (repeatable)"
    )
    which.add_argument("--all", action="store_true", help="every workshop")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.publishing import publish_site

    report = publish_site(ctx.db, args.output, None if args.all else args.workshop).value
    for warning in report.warnings:
        warn(warning)
    say(
        "publish.done",
        folder=report.folder,
        workshops=len(report.workshops),
        listed=report.listed,
        left_out=report.left_out,
        revoked=report.revoked,
    )
    return 0
