"""One action, queue then deliver: what 'Send' does in the window and on the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lacworkshop.formats.email import CERTIFICATE
from lacworkshop.model import CertificateKind
from lacworkshop.services.email.account import EmailAccount
from lacworkshop.services.email.queueing import QueueReport, queue_certificates, queue_messages
from lacworkshop.services.email.sending import MAX_WAIT_SECONDS, SendReport, send_outbox
from lacworkshop.services.operations import NO_PROGRESS, OpResult, Progress
from lacworkshop.storage import Database

Whom = Literal["all", "unsent"]


@dataclass(frozen=True)
class EmailRequest:
    """What to send to whom: the message, and which of the workshop's people."""

    workshop_id: int
    template: str = CERTIFICATE
    kind: CertificateKind = CertificateKind.PARTICIPATION
    whom: Whom = "all"  # "unsent": only those never sent this certificate (any version)
    track: str | None = None
    person_ids: frozenset[int] | None = None  # a selection from the People or Certificates page
    attach: bool = True  # the certificate's PDF; False: the verification link only
    round: int = 1  # a message (not a certificate) goes once per person per round


@dataclass
class EmailOutcome:
    queued: QueueReport
    delivery: SendReport | None = None  # None on a dry run or when only queued
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)


def queue_request(
    db: Database,
    request: EmailRequest,
    account: EmailAccount,
    dry_run: bool,
    progress: Progress = NO_PROGRESS,
) -> OpResult[QueueReport]:
    """Queue (or, dry, plan) the messages of *request*."""
    people = set(request.person_ids) if request.person_ids is not None else None
    if request.template == CERTIFICATE:
        return queue_certificates(
            db,
            request.workshop_id,
            account,
            request.kind,
            only_unsent=request.whom == "unsent",
            track=request.track,
            person_ids=people,
            attach=request.attach,
            dry_run=dry_run,
            progress=progress,
        )
    return queue_messages(
        db,
        request.workshop_id,
        account,
        request.template,
        track=request.track,
        person_ids=people,
        round_=request.round,
        dry_run=dry_run,
        progress=progress,
    )


def send_request(
    db: Database,
    request: EmailRequest,
    account: EmailAccount,
    password: str | None,
    *,
    dry_run: bool = False,
    queue_only: bool = False,
    max_wait: float = MAX_WAIT_SECONDS,
    progress: Progress = NO_PROGRESS,
) -> OpResult[EmailOutcome]:
    """Queue the messages of *request*, then deliver the workshop's outbox (unless dry or queue-only)."""
    queued = queue_request(db, request, account, dry_run, progress)
    outcome = EmailOutcome(queued.value, dry_run=dry_run)
    if dry_run or queue_only:
        return OpResult(outcome, queued.changes)
    sent = send_outbox(
        db,
        account,
        password,
        workshop_id=request.workshop_id,
        max_wait=max_wait,
        progress=progress,
    )
    outcome.delivery = sent.value
    return OpResult(outcome, queued.changes | sent.changes)
