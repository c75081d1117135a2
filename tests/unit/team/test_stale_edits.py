"""Two organisers edit one record: the second gets a clear message, never a silent
overwrite. On SQLite and, given a server, on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lacworkshop.errors import Conflict, set_message_language
from lacworkshop.model import Person
from lacworkshop.services.people.directory import (
    PersonData,
    create_person,
    get_person,
    update_person,
)
from lacworkshop.storage import Database


def test_two_sessions_edit_one_person_and_the_second_is_told(db: Database) -> None:
    pid = create_person(db, PersonData("Inés", "Núñez Peña", email="ines@example.org"))
    first = db.session_factory()
    second = db.session_factory()
    try:
        mine = first.get(Person, pid)
        theirs = second.get(Person, pid)
        assert mine is not None and theirs is not None
        mine.organisation = "LACNIC"
        first.commit()
        theirs.organisation = "NIC.br"
        with pytest.raises(Conflict) as caught, db.session() as session:
            # The second organiser's unit of work carries the row as they read it.
            session.merge(theirs)
    finally:
        first.close()
        second.close()
    assert caught.value.key == "db.edited_elsewhere"
    assert get_person(db, pid).organisation == "LACNIC"


def test_a_form_filled_before_someone_else_saved_is_refused(db: Database) -> None:
    pid = create_person(db, PersonData("Chloé", "D'Arcy", email="chloe@example.org"))
    form_a = get_person(db, pid)
    form_b = get_person(db, pid)
    update_person(db, pid, replace(form_a, organisation="AFRINIC"))
    with pytest.raises(Conflict) as caught:
        update_person(db, pid, replace(form_b, phone="+598 2 604 2222"))
    assert get_person(db, pid).organisation == "AFRINIC"
    assert get_person(db, pid).phone is None
    for language, word in (("es", "otra persona"), ("pt", "outra pessoa"), ("fr", "quelqu’un")):
        set_message_language(language)
        try:
            assert word in str(caught.value)
        finally:
            set_message_language("en")
    assert "someone else changed this record" in caught.value.message("en")
    # Read again, the same edit goes through.
    update_person(db, pid, replace(get_person(db, pid), phone="+598 2 604 2222"))
    assert get_person(db, pid).phone == "+598 2 604 2222"


def test_a_workshop_form_filled_before_someone_else_saved_is_refused(db: Database) -> None:
    from datetime import date

    from lacworkshop.services.workshops.editing import (
        WorkshopData,
        create_workshop,
        get_workshop,
        update_workshop,
    )

    wid = create_workshop(
        db, WorkshopData("LACNIC45", "LACNIC 45", date(2026, 5, 4), date(2026, 5, 8))
    )
    form_a, form_b = get_workshop(db, wid), get_workshop(db, wid)
    update_workshop(db, wid, replace(form_a, city="Montevideo"))
    with pytest.raises(Conflict):
        update_workshop(db, wid, replace(form_b, city="Asunción"))
    assert get_workshop(db, wid).city == "Montevideo"
