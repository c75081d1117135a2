"""The sender: delivers the outbox at a steady rate, retries what may work later, says why not.

Each message is marked ``sending`` and committed before it is handed to the
server, and marked ``sent`` and committed as soon as the server accepts it.
A run that finds rows still ``sending`` (the previous one was killed, or the
machine lost power, in between) queues them again *with the same bytes and
Message-ID*. We chose that over holding them back: a message cut off before
the server's final "250 OK" was not delivered (servers discard unfinished
mail), and that is nearly the whole window; only a crash in the instant
between the server's acceptance and our commit can give a second copy, and
that copy carries the same Message-ID, which mail programs use to show it
once.

A temporary refusal (4xx, a dropped connection) puts the message back with a
growing delay (``backoff`` x 4^n) until ``max_attempts``; the run waits for
those retries while they fall within ``max_wait`` seconds, then leaves the rest
for the next run. A permanent refusal (5xx: no such user, rejected) fails that
message with the server's words and the run goes on. No connection at all
stops the run and keeps everything queued: the next run resumes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from lacworkshop.errors import message_text
from lacworkshop.model import OutboxMessage, OutboxState, Person
from lacworkshop.model.base import utcnow
from lacworkshop.services.email.account import EmailAccount
from lacworkshop.services.email.transport import Offline, Permanent, SmtpTransport, Temporary
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress, changes
from lacworkshop.storage import Database

MAX_ATTEMPTS = 6
BACKOFF_SECONDS = 30.0
MAX_WAIT_SECONDS = 120.0


class Transport:
    """What the sender needs of a connection (SmtpTransport; tests may pass their own)."""

    def send(self, raw: bytes, sender: str, recipient: str) -> None:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError


@dataclass(frozen=True)
class Delivery:
    outbox_id: int
    person_id: int
    name: str
    template: str
    certificate_code: str | None
    reason: str = ""

    @property
    def what(self) -> str:
        return (
            f"{self.template} {self.certificate_code}" if self.certificate_code else self.template
        )


@dataclass
class SendReport:
    sent: list[Delivery] = field(default_factory=list)
    deferred: list[Delivery] = field(default_factory=list)  # will be tried again later
    failed: list[Delivery] = field(default_factory=list)  # permanent: the reason says why
    resumed: int = 0  # found mid-send from an earlier run, queued again
    offline: str = ""  # the connection problem that stopped the run, if one did
    left: int = 0  # still queued in the outbox when the run ended
    retried: int = 0  # failed messages queued again at the start (retry_failed)


def reconcile(db: Database, workshop_id: int | None = None) -> int:
    """Queue again the messages an earlier run left ``sending``; how many there were."""
    with db.session() as session:
        query = update(OutboxMessage).where(OutboxMessage.state == OutboxState.SENDING)
        if workshop_id is not None:
            query = query.where(OutboxMessage.workshop_id == workshop_id)
        result = session.execute(query.values(state=OutboxState.QUEUED, next_try=utcnow()))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _next_due(
    db: Database, workshop_id: int | None, now: datetime
) -> tuple[OutboxMessage, str] | None:
    with db.session() as session:
        query = (
            select(OutboxMessage, Person)
            .join(Person, Person.id == OutboxMessage.person_id)
            .where(OutboxMessage.state == OutboxState.QUEUED, OutboxMessage.next_try <= now)
            .order_by(OutboxMessage.next_try, OutboxMessage.id)
            .limit(1)
        )
        if workshop_id is not None:
            query = query.where(OutboxMessage.workshop_id == workshop_id)
        found = session.execute(query).first()
        if found is None:
            return None
        row, person = found
        row.state = OutboxState.SENDING
        row.attempts += 1
        session.flush()
        session.expunge(row)
        return row, " ".join(person.display_name.split())


def _queued(db: Database, workshop_id: int | None) -> tuple[int, datetime | None]:
    with db.session() as session:
        query = select(func.count(), func.min(OutboxMessage.next_try)).where(
            OutboxMessage.state == OutboxState.QUEUED
        )
        if workshop_id is not None:
            query = query.where(OutboxMessage.workshop_id == workshop_id)
        count, first = session.execute(query).one()
        return int(count), first


def _finish(db: Database, row_id: int, **values: object) -> None:
    with db.session() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(**values))


class _Pacer:
    """Keeps sends at least *interval* seconds apart, sleeping in short steps so Cancel works."""

    def __init__(self, interval: float, progress: Progress, sleep: Callable[[float], None]):
        self.interval = interval
        self.progress = progress
        self.sleep = sleep
        self.last: float | None = None

    def wait_until(self, moment: float) -> None:
        while True:
            self.progress.check()
            left = moment - time.monotonic()
            if left <= 0:
                return
            self.sleep(min(left, 0.2))

    def pace(self) -> None:
        if self.last is not None:
            self.wait_until(self.last + self.interval)

    def sent(self) -> None:
        self.last = time.monotonic()


def send_outbox(
    db: Database,
    account: EmailAccount,
    password: str | None,
    *,
    workshop_id: int | None = None,
    transport: Transport | SmtpTransport | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    max_wait: float = MAX_WAIT_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
    retry_failed: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[SendReport]:
    """Deliver what is due in the outbox (one workshop's, or all), at the account's rate.

    *retry_failed* first queues again the messages that failed for good.
    """
    from lacworkshop.services.email.outbox import retry_failed as queue_failed_again

    retried = queue_failed_again(db, workshop_id).value if retry_failed else 0
    report = SendReport(resumed=reconcile(db, workshop_id), retried=retried)
    link = transport or SmtpTransport(account, password)
    pacer = _Pacer(60.0 / max(1, account.rate_per_minute), progress, sleep)
    deadline = time.monotonic() + max_wait
    total, _first = _queued(db, workshop_id)
    done = 0
    try:
        while True:
            progress.check()
            # Paced before a row is taken: a kill while waiting leaves nothing mid-send.
            pacer.pace()
            due = _next_due(db, workshop_id, utcnow())
            if due is None:
                waiting, first = _queued(db, workshop_id)
                if not waiting or first is None:
                    break
                delay = max(0.0, (first - utcnow()).total_seconds())
                if time.monotonic() + delay > deadline:
                    break
                pacer.wait_until(time.monotonic() + delay)
                continue
            row, name = due
            delivery = Delivery(row.id, row.person_id, name, row.template, row.certificate_code)
            try:
                pacer.sent()
                link.send(row.raw, account.sender_address, row.recipient)
            except Offline as exc:
                # Nothing was handed over: back to the queue as it was, and stop the run.
                _finish(db, row.id, state=OutboxState.QUEUED, attempts=row.attempts - 1)
                report.offline = str(exc)
                break
            except Permanent as exc:
                reason = message_text("email.reason_refused", reason=exc)
                _finish(db, row.id, state=OutboxState.FAILED, last_error=reason)
                report.failed.append(_with(delivery, reason))
            except Temporary as exc:
                if row.attempts >= max_attempts:
                    reason = message_text("email.reason_gave_up", attempts=row.attempts, reason=exc)
                    _finish(db, row.id, state=OutboxState.FAILED, last_error=reason)
                    report.failed.append(_with(delivery, reason))
                else:
                    later = utcnow() + timedelta(seconds=backoff * 4 ** (row.attempts - 1))
                    reason = message_text(
                        "email.reason_later", when=later.strftime("%H:%M:%S"), reason=exc
                    )
                    _finish(db, row.id, state=OutboxState.QUEUED, next_try=later, last_error=reason)
                    report.deferred.append(_with(delivery, reason))
            else:
                _finish(db, row.id, state=OutboxState.SENT, sent_at=utcnow(), last_error=None)
                report.sent.append(delivery)
                done += 1
                progress.report(done, total, name)
    finally:
        link.close()
    report.left = _queued(db, workshop_id)[0]
    # A message deferred and then sent in the same run is reported once, as sent.
    finished = {d.outbox_id for d in report.sent} | {d.outbox_id for d in report.failed}
    latest = {d.outbox_id: d for d in report.deferred if d.outbox_id not in finished}
    report.deferred = list(latest.values())
    return OpResult(report, changes(Change.OUTBOX))


def _with(delivery: Delivery, reason: str) -> Delivery:
    return Delivery(
        delivery.outbox_id,
        delivery.person_id,
        delivery.name,
        delivery.template,
        delivery.certificate_code,
        reason,
    )
