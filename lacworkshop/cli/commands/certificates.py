"""``lacworkshop certificates``: issue and write certificates, list the register, verify codes.

``certificates --workshop CODE -o FILE.pdf`` (or ``certificates issue ...``)
issues and writes; ``certificates list --workshop CODE`` lists the register;
``certificates verify CODE`` and the top-level ``verify CODE`` check a code or
the text of a QR code against the register.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say, text_for

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.services.certificates import IssueReport

EXIT_BLOCKED = 3  # some certificates could not be issued: the organiser must look

KINDS = ("participation", "completion", "trainer", "organiser")
LANGUAGES = ("es", "pt", "en", "fr", "auto")


ISSUE_DESCRIPTION = (
    "Issue the certificates of a workshop to everyone entitled (attendees by the attendance "
    "rule and the organisers' overrides, trainers and organisers by role) and write their PDFs. Say where to write with at least "
    "one of -o, --per-person and --zip (or --dry-run to only list). Issuing again reuses "
    "the certificates that have not changed; another language or template for the same facts "
    "is a reprint under the same code, and every copy already sent stays valid; a changed "
    "name, hours or workshop makes a new version under the same code. Everyone not issued "
    "is listed with the reason. Exit status 3 when some certificates were blocked."
)

GROUP_USAGE = """%(prog)s issue --workshop CODE [--kind KIND] [--template NAME]
           [--language LANG] [-o FILE.pdf] [--per-person DIR] [--zip FILE]
           [--dry-run] [--before-end]
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
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=text("list what would be issued, reprinted, superseded and skipped; write nothing"),
    )
    p.add_argument(
        "--before-end",
        action="store_true",
        help=text("issue even though the workshop's last session has not ended yet"),
    )


def register(registry: Registry) -> None:
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

    # The top-level ``verify`` (files, photos, --public-key) lives in commands/verify.py.
    p = sub.add_parser("verify", help="check a certificate code or QR text")
    p.add_argument("code", metavar="CODE", help="the code (7KQ2-M9XD-4HBR) or the QR text")
    p.set_defaults(handler=run_verify)


def run_issue(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates import IssueTargets, issue_and_write
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.workshops import workshop_id_for_code

    if not args.workshop:
        raise ValidationError("cli.certificates_workshop")
    if not (args.output or args.per_person or args.zip or args.dry_run):
        raise ValidationError("cli.certificates_output_or_dry_run")
    targets = IssueTargets(
        merged=Path(args.output) if args.output else None,
        folder=Path(args.per_person) if args.per_person else None,
        zip_path=Path(args.zip) if args.zip else None,
    )
    for target in (targets.merged, targets.zip_path):
        if target is not None and not target.parent.is_dir():
            raise ValidationError("cli.no_folder", path=target)
    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    outcome = issue_and_write(
        ctx.db,
        workshop_id,
        CertificateKind(args.kind),
        args.template,
        args.language,
        targets,
        dry_run=args.dry_run,
        before_end=args.before_end,
    ).value
    report = outcome.report
    for line in report_lines(report, args.kind):
        print(line)
    _warn_trackless(ctx, workshop_id)
    status = EXIT_BLOCKED if report.blocked else 0
    if args.dry_run:
        return status
    if not report.certificates:
        raise ValidationError("cli.no_certificate")
    if outcome.merged is not None:
        say("cli.wrote_pages", path=outcome.merged, pages=outcome.pages)
    if targets.folder is not None:
        say("cli.wrote_files", count=len(outcome.files), folder=targets.folder)
    if outcome.zip_path is not None:
        say("cli.wrote", path=outcome.zip_path)
    return status


def report_lines(report: IssueReport, kind: str) -> list[str]:
    """The summary, then one line per person issued anew, reprinted, superseded or not issued."""
    counts = {
        "code": report.workshop_code,
        "kind": kind,
        "template": report.template,
        "issued": len(report.issued),
        "reused": len(report.reused),
        "reprinted": len(report.reprinted),
        "superseded": report.superseded,
        "blocked": len(report.blocked),
        "not_eligible": report.not_eligible,
    }
    lines = [
        text_for("cli.certificates_plan" if report.dry_run else "cli.certificates_issued", **counts)
    ]
    if report.dry_run:
        # A new certificate's code is drawn when it is really issued: none is shown yet.
        for r in report.issued:
            if r.version > 1:
                lines.append(
                    text_for("cli.plan_issue_version", name=r.name, code=r.code, version=r.version)
                )
            else:
                lines.append(text_for("cli.plan_issue_new", name=r.name))
        lines += [
            text_for(
                "cli.plan_reprint",
                name=r.name,
                code=r.code,
                language=r.language,
                template=r.template_name,
            )
            for r in report.reprinted
        ]
        lines += [
            text_for("cli.plan_supersede", name=r.name, code=r.code, version=r.version)
            for r in report.superseded_rows
        ]
        lines += [text_for("cli.plan_unchanged", name=r.name, code=r.code) for r in report.reused]
    blocked = {b.participation_id for b in report.blocked}
    for b in report.not_issued:
        key = (
            "cli.certificate_blocked"
            if b.participation_id in blocked
            else ("cli.certificate_not_eligible")
        )
        lines.append(text_for(key, name=b.name, reason=b.reason))
    lines += [
        text_for("cli.certificate_warning", name=w.name, reason=w.reason) for w in report.warnings
    ]
    return lines


def _warn_trackless(ctx: Context, workshop_id: int) -> None:
    """Name attendees without a track: only the plenaries count for them."""
    import sys

    from lacworkshop.cli.output import text_for, warn
    from lacworkshop.services.workshops import attendees_without_track

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
    from lacworkshop.services.certificates import verify_code

    result = verify_code(ctx.db, args.code)
    print(result.message)
    return 0 if result.ok else 1
