"""The outbox: every message the app will send, is sending, has sent or gave up on.

A row is one message to one person, rendered once when it is queued (headers,
body, the certificate's PDF), so it is delivered exactly as it was previewed,
even days later from another network. ``idempotency_key`` is unique: queueing
the same message for the same person (and the same certificate version) again
finds the row that is there instead of adding a second.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lacworkshop.model.base import Base, utcnow


class OutboxState:
    """The states of a row; plain strings so a listing reads them as they are stored."""

    QUEUED = "queued"  # waiting; next_try says from when
    SENDING = "sending"  # handed to the server; a crash here is reconciled on the next run
    SENT = "sent"
    FAILED = "failed"  # permanent: last_error says why; --retry queues it again

    ALL = (QUEUED, SENDING, SENT, FAILED)


class OutboxMessage(Base):
    __tablename__ = "email_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    template: Mapped[str] = mapped_column(String(100))  # certificate, welcome, reminder, ...
    language: Mapped[str] = mapped_column(String(10))
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", ondelete="SET NULL")
    )
    certificate_code: Mapped[str | None] = mapped_column(String(40))
    certificate_version: Mapped[int | None]
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # the whole message as sent
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.QUEUED, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_try: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    idempotency_key: Mapped[str] = mapped_column(String(300), unique=True)
