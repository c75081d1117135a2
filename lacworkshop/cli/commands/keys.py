"""``lacworkshop keys``: the organisation's signing key: show, export the public key, rotate."""

from __future__ import annotations

import argparse
from pathlib import Path

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table
from lacworkshop.cli.subcommands import subcommand


def register(registry) -> None:  # type: ignore[no-untyped-def]
    group = registry.group(
        "keys", "the organisation's signing key for certificates: show, export, rotate"
    )
    subcommand(
        group,
        "show",
        "the keys with their fingerprints and dates (the first is made if there is none)",
        "lacworkshop keys show",
        run_show,
    )
    export = subcommand(
        group,
        "export-public",
        "write the public keys (PEM), the active first, to publish or to verify with",
        "lacworkshop keys export-public -o organisation.pem",
        run_export,
    )
    export.add_argument("-o", "--output", metavar="FILE.pem", required=True, help="where to write")
    subcommand(
        group,
        "rotate",
        "make a new key for new certificates; certificates signed before still verify",
        "lacworkshop keys rotate",
        run_rotate,
    )


def _print(views) -> None:  # type: ignore[no-untyped-def]
    print_table(
        ["fingerprint", "key id", "created", "retired", "active", "private key"],
        (
            (
                v.fingerprint,
                v.kid,
                v.created.isoformat(),
                v.retired.isoformat() if v.retired else "",
                "yes" if v.active else "",
                (v.private_place or "missing") if v.active else "",
            )
            for v in views
        ),
    )


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.verification import show_keys

    _print(show_keys(ctx.db).value)
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.output import say
    from lacworkshop.services.verification import export_public_key

    path = export_public_key(ctx.db, Path(args.output)).value
    say("cli.wrote", path=path)
    return 0


def run_rotate(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.verification import rotate_key, show_keys

    rotate_key(ctx.db)
    _print(show_keys(ctx.db).value)
    return 0
