"""``lacworkshop verify``: check a certificate from its code, QR text, URL, PDF, photo or credential."""

from __future__ import annotations

import argparse
from pathlib import Path

from lacworkshop.cli.context import Context
from lacworkshop.cli.subcommands import Handler

DESCRIPTION = (
    "Check a certificate: its printed code, the text or URL of its QR code, the certificate "
    "PDF, a photo or scan of the printout (PNG, JPEG), or its Open Badges credential (.jwt). "
    "Says valid, invalid and why, revoked, or superseded by which code, and what was "
    "certified. With --public-key no database is used: the signature is checked with the "
    "organisation's published key alone. Exit status 0 when valid, 1 otherwise."
)


def register(registry) -> None:  # type: ignore[no-untyped-def]
    handler: Handler = run
    p = registry.command("verify", "check a certificate: code, QR text or URL, PDF, photo", handler)
    p.description = DESCRIPTION
    p.add_argument(
        "given",
        metavar="CODE|PAYLOAD|URL|FILE",
        help="the code (7KQ2-M9XD-4HBR), the QR text or URL, or a PDF, image or .jwt file",
    )
    p.add_argument(
        "--public-key",
        metavar="FILE",
        help="the organisation's public key (.pem from 'keys export-public', or keys.json); "
        "no database is needed",
    )
    p.epilog = (
        "examples:\n  lacworkshop verify 7KQ2-M9XD-4HBR\n"
        "  lacworkshop verify certificate.pdf\n"
        "  lacworkshop verify photo.jpg --public-key organisation.pem"
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.errors import message_language
    from lacworkshop.services.verification import verify_given

    public_key = Path(args.public_key) if args.public_key else None
    # With a public key the register is never opened: a verifier may have no database.
    db = None if public_key is not None else ctx.db
    answer = verify_given(db, args.given, public_key).value
    for line in answer.lines(message_language()):
        print(line)
    return 0 if answer.ok else 1
