"""Rows that must exist: found, or one NotFoundError with the caller's words."""

from __future__ import annotations

import pytest

from lacworkshop.model import Person
from lacworkshop.services.errors import NotFoundError
from lacworkshop.services.lookup import require, require_workshop


def test_require_returns_the_row_or_raises_with_the_message(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        p = Person(given_names="Ñusta", family_names="Quispe Mamani")
        session.add(p)
        session.flush()
        assert require(session, Person, p.id, "gone") is p
        with pytest.raises(NotFoundError, match=r"^That person no longer exists\.$"):
            require(session, Person, p.id + 1, "That person no longer exists.")


def test_require_workshop_names_the_missing_id(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session, pytest.raises(NotFoundError, match="no workshop with id 999"):
        require_workshop(session, 999)


def test_require_workshop_finds_a_demo_workshop(demo_db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import list_workshops

    first = list_workshops(demo_db)[0]
    with demo_db.session() as session:
        assert require_workshop(session, first.id).code == first.code
