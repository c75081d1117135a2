"""A person edited elsewhere while the form was open: saving says so, and the form keeps
what was typed (nothing is lost, nothing is overwritten)."""

from __future__ import annotations

from dataclasses import replace

from lacworkshop.services.people.directory import (
    PersonData,
    create_person,
    get_person,
    update_person,
)


def test_saving_over_a_newer_edit_keeps_the_form(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    pid = create_person(db, PersonData("Inés", "Núñez Peña", email="ines@example.org"))
    page = main_window.page("people")
    page.open_person(pid)
    shown: list[str] = []
    monkeypatch.setattr(page.form, "show_error", lambda _field, message: shown.append(message))
    page.form.organisation.setText("LACNIC")
    # Meanwhile another organiser saves the same person.
    update_person(db, pid, replace(get_person(db, pid), organisation="NIC.br"))
    assert page.save() is False
    assert shown and "someone else changed this record" in shown[0]
    assert page.form.organisation.text() == "LACNIC"
    assert get_person(db, pid).organisation == "NIC.br"


def test_a_save_cut_by_a_lost_connection_keeps_the_form(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The server connection drops while saving: the form says nothing was saved and
    keeps what was typed; saving again once it is back stores it."""
    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    db = main_window.ctx.db
    pid = create_person(db, PersonData("Inés", "Núñez Peña", email="ines@example.org"))
    page = main_window.page("people")
    page.open_person(pid)
    shown: list[str] = []
    monkeypatch.setattr(page.form, "show_error", lambda _field, message: shown.append(message))
    page.form.organisation.setText("LACNIC")
    page.form.phone.setText("+598 2604 2222")

    real_factory = db.session_factory

    def cut_at_write():  # type: ignore[no-untyped-def]
        session = real_factory()

        def drop(*_args) -> None:  # type: ignore[no-untyped-def]
            # What the driver reports when the server went away under a write.
            raise OperationalError(
                "UPDATE person",
                {},
                Exception("server closed the connection"),
                connection_invalidated=True,
            )

        event.listen(session, "before_flush", drop)
        return session

    # The database's session maker, swapped for one whose writes meet a dropped line.
    monkeypatch.setattr(db, "_sessions", cut_at_write)
    assert page.save() is False
    assert shown and "nothing was saved" in shown[0]
    assert page.form.organisation.text() == "LACNIC"
    assert page.form.phone.text() == "+598 2604 2222"

    monkeypatch.setattr(db, "_sessions", real_factory)
    assert get_person(db, pid).organisation is None  # nothing half-saved
    assert page.save() is True
    saved = get_person(db, pid)
    assert (saved.organisation, saved.phone) == ("LACNIC", "+598 2604 2222")
