"""Fetching a row that must exist, inside a service's session."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from lacworkshop.model import Workshop
from lacworkshop.services.errors import NotFoundError

T = TypeVar("T")


def require(session: Session, model: type[T], ident: Any, message: str, /, **values: Any) -> T:
    """The row of *model* with primary key *ident*; NotFoundError(*message*) when it is gone.

    *message* is a message key; *values* fill its placeholders.
    """
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(message, **values)
    return row


def require_workshop(session: Session, workshop_id: int) -> Workshop:
    """The workshop by id, for services that take a workshop id from the caller."""
    return require(session, Workshop, workshop_id, "workshop.no_id", id=workshop_id)
