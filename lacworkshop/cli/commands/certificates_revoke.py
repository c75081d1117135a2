"""``lacworkshop certificates revoke CODE --reason TEXT``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say
from lacworkshop.cli.subcommands import subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("certificates", "")
    p = subcommand(
        group,
        "revoke",
        "revoke a certificate; it stays in the register, and verify says so with the reason",
        "lacworkshop certificates revoke 7KQ2-M9XD-4HBR --reason 'issued to the wrong person'",
        run_revoke,
    )
    p.add_argument("code", metavar="CODE", help="the certificate's code")
    p.add_argument("--reason", required=True, help="why it is revoked (kept in the register)")


def run_revoke(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import certificate_id_for_code, revoke

    row = revoke(ctx.db, certificate_id_for_code(ctx.db, args.code), args.reason)
    say("cli.certificate_revoked", code=row.code, version=row.version, name=row.name)
    return 0
