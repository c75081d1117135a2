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
