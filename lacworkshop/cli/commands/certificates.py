"""``lacworkshop certificates``: issue and write certificates, list the register, verify codes.

``certificates --workshop CODE -o FILE.pdf`` (or ``certificates issue ...``)
issues and writes; ``certificates list --workshop CODE`` lists the register;
``certificates verify CODE`` and the top-level ``verify CODE`` check a code or
the text of a QR code against the register.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say

KINDS = ("participation", "completion", "trainer", "organiser")
LANGUAGES = ("es", "pt", "en", "fr", "auto")


ISSUE_DESCRIPTION = (
    "Issue the certificates of a workshop to everyone entitled (attendees by the attendance "
    "rule and the organisers' overrides, trainers and organisers by role) and write their PDFs. Say where to write with at least "
    "one of -o, --per-person and --zip. Issuing again reuses the certificates that have not "
    "changed."
)

GROUP_USAGE = """%(prog)s issue --workshop CODE [--kind KIND] [--template NAME]
           [--language LANG] [-o FILE.pdf] [--per-person DIR] [--zip FILE]
   or: %(prog)s --workshop CODE [the same options as issue]
   or: %(prog)s list --workshop CODE [--kind KIND]
   or: %(prog)s verify CODE"""

GROUP_EPILOG = """\
Without a sub-command the options are those of issue:
  lacworkshop certificates --workshop CODE -o FILE.pdf
is the same as
  lacworkshop certificates issue --workshop CODE -o FILE.pdf
See 'lacworkshop certificates issue --help' for what each option does."""


def _issue_options(p: argparse.ArgumentParser, required: bool, shown: bool = True) -> None:
    """The options of issuing; *shown* False keeps them out of a help that is not issue's."""

    def text(words: str) -> str:
        return words if shown else argparse.SUPPRESS

    p.add_argument(
        "--workshop", metavar="CODE", required=required, help=text("the workshop's code")
    )
    p.add_argument(
        "--kind",
        choices=KINDS,
        default="participation",
        help=text("what the certificate attests (default participation)"),
    )
    p.add_argument("--template", metavar="NAME", help=text("template name (default Classic)"))
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="auto",
        help=text("auto: each person's language, else the workshop's (default auto)"),
    )
    p.add_argument(
        "-o", "--output", metavar="FILE.pdf", help=text("one merged PDF, by family name")
    )
    p.add_argument(
        "--per-person", metavar="DIR", help=text("also one PDF per person in this folder")
    )
    p.add_argument("--zip", metavar="FILE", help=text("also the per-person PDFs in one zip file"))


def register(registry) -> None:  # type: ignore[no-untyped-def]
    help_text = "issue certificates and write their PDFs; list and verify them"
    sub = registry.group("certificates", help_text)
    parent = registry.subparsers.choices["certificates"]
    # ``certificates --workshop ...`` is the short spelling of ``certificates issue ...``: the
    # group takes issue's options but its help says so rather than listing them as its own.
    _issue_options(parent, required=False, shown=False)
    parent.set_defaults(handler=run_issue)
    parent.usage = GROUP_USAGE
    parent.epilog = GROUP_EPILOG
    parent.formatter_class = argparse.RawDescriptionHelpFormatter

    issue = sub.add_parser(
        "issue", help="issue certificates and write their PDFs", description=ISSUE_DESCRIPTION
    )
    _issue_options(issue, required=True)
    issue.set_defaults(handler=run_issue)

    listing = sub.add_parser(
        "list",
        help="the register of a workshop, tab-separated",
        description="The register of a workshop, every version (valid, superseded, revoked), "
        "tab-separated with a header line.",
    )
    listing.add_argument("--workshop", metavar="CODE", required=True, help="the workshop's code")
    listing.add_argument("--kind", choices=KINDS, help="only this kind")
    listing.set_defaults(handler=run_list)

    for p in (
        sub.add_parser("verify", help="check a certificate code or QR text"),
        registry.command(
            "verify", "check a certificate code or QR text against the register", run_verify
        ),
    ):
        p.add_argument("code", metavar="CODE", help="the code (7KQ2-M9XD-4HBR) or the QR text")
        p.set_defaults(handler=run_verify)


def run_issue(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificate_output import write_merged, write_per_person
    from lacworkshop.services.certificates import issue_certificates
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.workshops import workshop_id_for_code

    if not args.workshop:
        raise ValidationError("cli.certificates_workshop")
    if not (args.output or args.per_person or args.zip):
        raise ValidationError("cli.certificates_output")
    output = Path(args.output) if args.output else None
    zip_path = Path(args.zip) if args.zip else None
    for target in (output, zip_path):
        if target is not None and not target.parent.is_dir():
            raise ValidationError("cli.no_folder", path=target)
    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    report = issue_certificates(
        ctx.db, workshop_id, CertificateKind(args.kind), args.template, args.language
    )
    say(
        "cli.certificates_summary",
        code=report.workshop_code,
        kind=args.kind,
        template=report.template,
        issued=len(report.issued),
        reused=len(report.reused),
        superseded=report.superseded,
        blocked=len(report.blocked),
        not_eligible=report.not_eligible,
    )
    for b in report.blocked:
        say("cli.certificate_blocked", name=b.name, reason=b.reason)
    _warn_trackless(ctx, workshop_id)
    rows = report.certificates
    if not rows:
        raise ValidationError("cli.no_certificate")
    if output is not None:
        write_merged(
            ctx.db, rows, output, workshop_id, title=f"{report.workshop_code} certificates"
        )
        say("cli.wrote_pages", path=output, pages=len(rows))
    if args.per_person or zip_path:
        folder = Path(args.per_person) if args.per_person else None
        write_per_person(ctx.db, rows, folder, zip_path, workshop_id)
        if folder is not None:
            say("cli.wrote_files", count=len(rows), folder=folder)
        if zip_path is not None:
            say("cli.wrote", path=zip_path)
    return 0


def _warn_trackless(ctx: Context, workshop_id: int) -> None:
    """Name attendees without a track: only the plenaries count for them."""
    import sys

    from lacworkshop.cli.output import text_for, warn
    from lacworkshop.services.track_gaps import attendees_without_track

    people = attendees_without_track(ctx.db, workshop_id)
    if people:
        warn(text_for("cli.trackless", n=len(people)))
        for p in people:
            print(f"  {p.person_id}\t{p.name}\t{p.email or ''}", file=sys.stderr)


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates import list_certificates
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    kind = CertificateKind(args.kind) if args.kind else None
    rows = list_certificates(ctx.db, workshop_id, kind)
    print_table(
        ["code", "version", "name", "kind", "hours", "status", "language", "issued"],
        (
            (
                r.code,
                r.version,
                r.name,
                r.kind.value,
                r.hours,
                r.status.value,
                r.language,
                r.issued_at.date().isoformat(),
            )
            for r in rows
        ),
    )
    return 0


def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificate_verify import verify

    result = verify(ctx.db, args.code)
    print(result.message)
    return 0 if result.ok else 1
