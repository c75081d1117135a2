"""Record who changed what, inside the caller's unit of work."""

from __future__ import annotations

import getpass
import json
from typing import Any

from sqlalchemy.orm import Session

from lacworkshop.model import AuditLog


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return ""


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry to *session*; it commits with the change it describes."""
    session.add(
        AuditLog(
            actor=current_actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )
