"""``lacworkshop email``: send certificates and messages through the outbox.

``email certificates`` and ``email send`` queue one message per person (each
in their language) and then deliver the outbox; ``email outbox`` delivers what
is waiting, lists it (``--list``), queues the failed again (``--retry``) or
exports the log. Every one prints what was queued, sent, failed and why.
The account comes from ``--smtp URL`` or LACWORKSHOP_SMTP_URL, else from
Preferences > Email; the password from LACWORKSHOP_SMTP_PASSWORD, the system
keyring, or a prompt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say, text_for

if TYPE_CHECKING:
    from lacworkshop.services.email import EmailAccount, EmailRequest, QueueReport, SendReport

EXIT_NOT_ALL = 3  # someone was skipped or a message failed: the organiser must look
KINDS = ("participation", "completion", "trainer", "organiser")


def _sending_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--smtp",
        metavar="URL",
        help="the account, smtp[s]://user@host:port[?starttls=1] (default LACWORKSHOP_SMTP_URL, "
        "else Preferences > Email); the password comes from LACWORKSHOP_SMTP_PASSWORD, "
        "the system keyring or a prompt",
    )
    p.add_argument(
        "--sender",
        metavar="ADDRESS",
        help="the From address (default: the account's, else the user when it is an address)",
    )
    p.add_argument(
        "--rate", type=int, metavar="N", help="at most N messages a minute (default: the account's)"
    )
    p.add_argument(
        "--wait",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="how long to wait for messages refused for now before leaving them for the next "
        "run (default 120)",
    )


def register(registry) -> None:  # type: ignore[no-untyped-def]
    sub = registry.group("email", "send certificates and messages by email through the outbox")

    certs = sub.add_parser(
        "certificates",
        help="email each holder their certificate, in their language, with its PDF",
        description="Queue each holder's latest valid certificate (its PDF attached, or "
        "--link-only) in their language, then send the outbox. Nobody gets the same "
        "certificate version twice; people without a usable address are listed with the "
        "reason. Exit status 3 when someone was left out or a message failed.",
    )
    certs.add_argument("--workshop", metavar="CODE", required=True, help="the workshop's code")
    certs.add_argument("--kind", choices=KINDS, default="participation", help="which certificate")
    certs.add_argument("--track", metavar="NAME", help="only the people of this track")
    certs.add_argument(
        "--only-unsent",
        action="store_true",
        help="leave out everyone who was sent any version of this certificate before",
    )
    certs.add_argument(
        "--link-only", action="store_true", help="no PDF: the verification link and code only"
    )
    certs.add_argument("--dry-run", action="store_true", help="list who gets what; queue nothing")
    certs.add_argument("--queue-only", action="store_true", help="queue, but do not send now")
    _sending_options(certs)
    certs.set_defaults(handler=run_certificates)

    send = sub.add_parser(
        "send",
        help="email a message (welcome, reminder or your own) to a workshop's people",
        description="Queue the message TEMPLATE to each person of the workshop (or of one "
        "track) in their language, then send the outbox. Each person gets a message once "
        "per round: --round 2 sends a second reminder.",
    )
    send.add_argument("--workshop", metavar="CODE", required=True, help="the workshop's code")
    send.add_argument(
        "--template", metavar="NAME", required=True, help="welcome, reminder or your own"
    )
    send.add_argument("--track", metavar="NAME", help="only the people of this track")
    send.add_argument(
        "--round",
        type=int,
        default=1,
        metavar="N",
        help="send the message again as round N (default 1); each round goes once per person",
    )
    send.add_argument("--dry-run", action="store_true", help="list who gets what; queue nothing")
    send.add_argument("--queue-only", action="store_true", help="queue, but do not send now")
    _sending_options(send)
    send.set_defaults(handler=run_send)

    outbox = sub.add_parser(
        "outbox",
        help="send what waits in the outbox; list it, retry the failed, export the log",
        description="Without options, send what is waiting (messages left by a closed window, "
        "a lost connection or a crash). --list prints every message with its state and "
        "reason; --retry queues the failed ones again first.",
    )
    outbox.add_argument("--workshop", metavar="CODE", help="only this workshop's messages")
    outbox.add_argument("--list", action="store_true", help="list the outbox; send nothing")
    outbox.add_argument("--retry", action="store_true", help="queue the failed messages again")
    outbox.add_argument(
        "--export", metavar="FILE", help="write the log of messages as .csv or .xlsx"
    )
    _sending_options(outbox)
    outbox.set_defaults(handler=run_outbox)

    test = sub.add_parser("test", help="send a test message with the account")
    test.add_argument("--to", metavar="ADDRESS", default="", help="default: the sender")
    _sending_options(test)
    test.set_defaults(handler=run_test)

    preview = sub.add_parser("preview", help="print a message as one person would get it")
    preview.add_argument("--workshop", metavar="CODE", required=True, help="the workshop's code")
    preview.add_argument("--template", metavar="NAME", required=True, help="the message")
    preview.add_argument("--person", type=int, metavar="ID", required=True, help="person id")
    preview.set_defaults(handler=run_preview)


def _account(
    args: argparse.Namespace, ctx: Context, required: bool = True, server: bool = True
) -> EmailAccount:
    from dataclasses import replace

    from lacworkshop.errors import Invalid, UserError
    from lacworkshop.formats.email import normalised_address
    from lacworkshop.services.email import account_for_cli, check_account, load_account

    try:
        account = account_for_cli(
            ctx.db, getattr(args, "smtp", None), getattr(args, "sender", None)
        )
    except UserError as exc:
        # Queueing renders the From line but reaches no server: only the sender is needed.
        if required and (server or exc.key != "email.no_account"):
            raise
        account = load_account(ctx.db)
    if getattr(args, "sender", None):
        account = replace(account, sender_address=args.sender)
    if server or account.host:
        account = check_account(account) if getattr(args, "sender", None) else account
    elif required:  # queue only, no server named: the From line must still be right
        sender = normalised_address(account.sender_address)
        if sender is None:
            raise Invalid("email.account_sender", field="sender_address")
        account = replace(account, sender_address=sender)
    rate = getattr(args, "rate", None)
    if rate:
        account = replace(account, rate_per_minute=max(1, rate))
    return account


def _password(account: EmailAccount) -> str | None:
    from lacworkshop.services.email import stored_password

    password = stored_password(account)
    if password is None and account.user and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(text_for("cli.email_password", user=account.user)) or None
    return password


def queue_lines(report: QueueReport) -> list[str]:
    """The summary, then a line per person queued, found in the outbox already, or left out."""
    key = "cli.email_plan" if report.dry_run else "cli.email_queued"
    lines = [
        text_for(
            key,
            code=report.workshop_code,
            template=report.template,
            queued=len(report.queued),
            already=len(report.already),
            skipped=len(report.skipped),
        )
    ]
    lines += [
        text_for("cli.email_will_queue", name=p.name, language=p.language, what=p.what)
        for p in report.queued
    ]
    lines += [
        text_for("cli.email_already", name=p.name, state=p.state, what=p.what)
        for p in report.already
    ]
    lines += [text_for("cli.email_skipped", name=s.name, reason=s.reason) for s in report.skipped]
    return lines


def send_lines(report: SendReport) -> list[str]:
    lines = []
    if report.resumed:
        lines.append(text_for("cli.email_resumed", count=report.resumed))
    lines.append(
        text_for(
            "cli.email_sent_summary",
            sent=len(report.sent),
            deferred=len(report.deferred),
            failed=len(report.failed),
            left=report.left,
        )
    )
    lines += [text_for("cli.email_sent", name=d.name, what=d.what) for d in report.sent]
    lines += [
        text_for("cli.email_deferred", name=d.name, what=d.what, reason=d.reason)
        for d in report.deferred
    ]
    lines += [
        text_for("cli.email_failed", name=d.name, what=d.what, reason=d.reason)
        for d in report.failed
    ]
    if report.offline:
        lines.append(text_for("cli.email_offline", reason=report.offline))
    return lines


def _print_send(report: SendReport) -> bool:
    for line in send_lines(report):
        print(line, flush=True)
    return not report.failed


def _run_request(args: argparse.Namespace, ctx: Context, request: EmailRequest) -> int:
    """Queue *request* and deliver the outbox (one use case), printing both parts."""
    from lacworkshop.services.email import send_request

    dry = bool(args.dry_run)
    account = _account(args, ctx, required=not dry, server=not args.queue_only)
    sending = not (dry or args.queue_only)
    outcome = send_request(
        ctx.db,
        request,
        account,
        _password(account) if sending else None,
        dry_run=dry,
        queue_only=args.queue_only,
        max_wait=args.wait,
    ).value
    for line in queue_lines(outcome.queued):
        print(line, flush=True)
    ok = not outcome.queued.skipped
    if outcome.delivery is not None:
        ok = _print_send(outcome.delivery) and ok
    return 0 if ok else EXIT_NOT_ALL


def run_certificates(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.email import EmailRequest
    from lacworkshop.services.workshops import workshop_id_for_code

    request = EmailRequest(
        workshop_id_for_code(ctx.db, args.workshop),
        kind=CertificateKind(args.kind),
        whom="unsent" if args.only_unsent else "all",
        track=args.track,
        attach=not args.link_only,
    )
    return _run_request(args, ctx, request)


def run_send(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.email import EmailRequest
    from lacworkshop.services.workshops import workshop_id_for_code

    request = EmailRequest(
        workshop_id_for_code(ctx.db, args.workshop),
        template=args.template,
        track=args.track,
        round=args.round,
    )
    return _run_request(args, ctx, request)


def run_outbox(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.errors import message_language
    from lacworkshop.services.email import export_sent_log, list_outbox
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop) if args.workshop else None
    if args.export:
        path = Path(args.export)
        count = export_sent_log(ctx.db, workshop_id, path, message_language()).value
        say("cli.email_wrote_log", path=path, rows=count)
    if args.list:
        print_table(
            [
                "id",
                "state",
                "name",
                "message",
                "certificate",
                "version",
                "attempts",
                "sent",
                "reason",
            ],
            (
                (
                    r.id,
                    r.state,
                    r.name,
                    r.template,
                    r.certificate_code,
                    r.certificate_version,
                    r.attempts,
                    r.sent_at.replace(microsecond=0).isoformat(" ") if r.sent_at else "",
                    r.last_error,
                )
                for r in list_outbox(ctx.db, workshop_id)
            ),
        )
        return 0
    if args.export and not args.retry:
        return 0
    from lacworkshop.services.email import send_outbox

    account = _account(args, ctx)
    result = send_outbox(
        ctx.db,
        account,
        _password(account),
        workshop_id=workshop_id,
        max_wait=args.wait,
        retry_failed=args.retry,
    )
    if result.value.retried:
        say("cli.email_retried", count=result.value.retried)
    return 0 if _print_send(result.value) else EXIT_NOT_ALL


def run_test(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.email import send_test_message

    account = _account(args, ctx)
    send_test_message(account, _password(account), args.to)
    say("cli.email_test_sent")
    return 0


def run_preview(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.email import load_account, preview_message
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    p = preview_message(ctx.db, workshop_id, args.template, args.person, load_account(ctx.db))
    print(f"To: {p.to}\nSubject: {p.subject}\nContent-Language: {p.language}\n")
    print(p.body)
    return 0
