"""Reading the outbox: the listing, a person's sent log, failed messages queued again, export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from lacworkshop.errors import Invalid
from lacworkshop.formats.catalogue import text
from lacworkshop.formats.writing import Column, Sheet, write_csv, write_xlsx
from lacworkshop.model import OutboxMessage, OutboxState, Person
from lacworkshop.model.base import utcnow
from lacworkshop.services.operations import Change, OpResult, changes
from lacworkshop.storage import Database


@dataclass(frozen=True)
class OutboxRow:
    id: int
    workshop_id: int | None
    person_id: int
    name: str
    recipient: str
    template: str
    language: str
    subject: str
    certificate_code: str | None
    certificate_version: int | None
    state: str
    attempts: int
    queued_at: datetime
    next_try: datetime
    sent_at: datetime | None
    last_error: str | None


def list_outbox(
    db: Database,
    workshop_id: int | None = None,
    person_id: int | None = None,
    states: tuple[str, ...] | None = None,
) -> list[OutboxRow]:
    """Outbox rows, oldest first: of one workshop, one person, or all."""
    query = (
        select(OutboxMessage, Person)
        .join(Person, Person.id == OutboxMessage.person_id)
        .order_by(OutboxMessage.queued_at, OutboxMessage.id)
    )
    if workshop_id is not None:
        query = query.where(OutboxMessage.workshop_id == workshop_id)
    if person_id is not None:
        query = query.where(OutboxMessage.person_id == person_id)
    if states:
        query = query.where(OutboxMessage.state.in_(states))
    with db.session() as session:
        return [
            OutboxRow(
                m.id,
                m.workshop_id,
                m.person_id,
                " ".join(p.display_name.split()),
                m.recipient,
                m.template,
                m.language,
                m.subject,
                m.certificate_code,
                m.certificate_version,
                m.state,
                m.attempts,
                m.queued_at,
                m.next_try,
                m.sent_at,
                m.last_error,
            )
            for m, p in session.execute(query)
        ]


def sent_log(db: Database, person_id: int) -> list[OutboxRow]:
    """Every message of one person: when, which message, which certificate version, state."""
    return list_outbox(db, person_id=person_id)


def message_bytes_of(db: Database, outbox_id: int) -> bytes:
    """The stored message as it is (or was) sent: for a preview of what is queued."""
    with db.session() as session:
        raw = session.scalar(select(OutboxMessage.raw).where(OutboxMessage.id == outbox_id))
    return raw or b""


def retry_failed(db: Database, workshop_id: int | None = None) -> OpResult[int]:
    """Queue the failed messages again (after an address was corrected at the server, say)."""
    with db.session() as session:
        query = update(OutboxMessage).where(OutboxMessage.state == OutboxState.FAILED)
        if workshop_id is not None:
            query = query.where(OutboxMessage.workshop_id == workshop_id)
        result = session.execute(
            query.values(state=OutboxState.QUEUED, attempts=0, next_try=utcnow())
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    return OpResult(count, changes(Change.OUTBOX) if count else frozenset())


_COLUMNS = (
    "person",
    "address",
    "message",
    "language",
    "certificate",
    "version",
    "state",
    "attempts",
    "queued",
    "sent",
    "reason",
)


def export_sent_log(
    db: Database, workshop_id: int | None, path: Path, language: str = "en"
) -> OpResult[int]:
    """The outbox's log as CSV or xlsx (by the file's extension); how many rows were written."""
    rows = list_outbox(db, workshop_id)
    header = [text(f"email.col.{c}", language) for c in _COLUMNS]
    data = [
        [
            r.name,
            r.recipient,
            r.template,
            r.language,
            r.certificate_code or "",
            r.certificate_version,
            text(f"email.state.{r.state}", language),
            r.attempts,
            r.queued_at.replace(microsecond=0),
            r.sent_at.replace(microsecond=0) if r.sent_at else None,
            r.last_error or "",
        ]
        for r in rows
    ]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(path, header, data)
    elif suffix == ".xlsx":
        kinds = ["text"] * 5 + ["int", "text", "int", "datetime", "datetime", "text"]
        write_xlsx(
            path,
            [
                Sheet(
                    text("email.sheet.log", language),
                    [Column(h, k) for h, k in zip(header, kinds, strict=True)],  # type: ignore[arg-type]
                    data,
                )
            ],
            language=language,
        )
    else:
        raise Invalid("email.export_format", path=path.name)
    return OpResult(len(data))


def waiting_count(db: Database) -> int:
    """How many messages wait in the outbox (queued, or cut off mid-send by a crash)."""
    from sqlalchemy import func

    with db.session() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    OutboxMessage.state.in_((OutboxState.QUEUED, OutboxState.SENDING))
                )
            )
            or 0
        )
