"""Rules around an erased person: no merge, no new certificate, audit values gone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lacworkshop.model import AuditLog
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.people.directory import (
    PersonData,
    create_person,
    get_person,
    update_person,
)
from lacworkshop.services.people.merge import merge_people
from lacworkshop.services.privacy.erasure import erase_person


def test_an_erased_person_cannot_be_merged(db) -> None:  # type: ignore[no-untyped-def]
    a = create_person(db, PersonData("Ayşe", "Şahin", email="ayse@example.org"))
    b = create_person(db, PersonData("Ayse", "Sahin", email="ayse.sahin@example.org"))
    erase_person(db, a)
    with pytest.raises(ValidationError, match="erased"):
        merge_people(db, b, a)
    with pytest.raises(ValidationError, match="erased"):
        merge_people(db, a, b)


def test_merge_and_edit_entries_lose_their_values(db) -> None:  # type: ignore[no-untyped-def]
    keep = create_person(db, PersonData("Nguyễn Thị", "Ánh", email="anh@example.vn"))
    dup = create_person(db, PersonData("Nguyen Thi", "Anh", email="anh.old@example.vn"))
    merge_people(db, keep, dup)
    from dataclasses import replace

    update_person(db, keep, replace(get_person(db, keep), phone="+84 90 123 4567"))
    other = create_person(db, PersonData("Ánh", "Lê", email="le.anh@example.vn"))
    assert other == dup  # SQLite gives the deleted duplicate's id again
    erase_person(db, keep)
    with db.session() as session:
        entries = list(session.scalars(select(AuditLog).order_by(AuditLog.id)))
    text = json.dumps([(e.summary, e.details) for e in entries], ensure_ascii=False)
    for value in ("anh.old@example.vn", "anh@example.vn", "+84 90 123 4567", "Nguyen Thi"):
        assert value not in text
    actions = [(e.action, e.entity, e.entity_id) for e in entries]
    assert ("merge", "person", keep) in actions and ("update", "person", keep) in actions
    # Someone else who shares a given name keeps their entry untouched, even with the id
    # SQLite gave again after the merged duplicate's row was deleted.
    created = [e for e in entries if e.entity_id == other and e.action == "create"]
    assert created[-1].summary == "Added Ánh Lê"
