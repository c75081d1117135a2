"""An erased person's messages: nothing personal may stay in the outbox either.

Messages not sent yet are dropped (there is nobody to send them to any more);
sent ones keep what the sent log counts (which message, which certificate
version, when) and lose the address, the subject and the message itself.
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from lacworkshop.model import OutboxMessage, OutboxState


def forget_messages_of(session: Session, person_id: int) -> int:
    """Scrub *person_id*'s outbox rows inside the erasure's unit of work; how many were touched."""
    dropped = session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.person_id == person_id, OutboxMessage.state != OutboxState.SENT
        )
    )
    kept = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.person_id == person_id)
        .values(recipient="", subject="", raw=b"", last_error=None)
    )
    return int(dropped.rowcount or 0) + int(kept.rowcount or 0)  # type: ignore[attr-defined]
