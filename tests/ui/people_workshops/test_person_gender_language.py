"""The person editor: gender from a list (or the person's own words), language suggested
by the country and always editable."""

from __future__ import annotations


def test_gender_and_language_in_the_person_editor(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.people.directory import PersonData, create_person, get_person
    from lacworkshop.ui.dialogs.person_editor import PersonEditorDialog

    pid = create_person(db, PersonData("Rui", "Souza", gender="Homem"))
    dialog = PersonEditorDialog(db, pid)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.gender.combo.currentText() == "Male"
    assert form.gender.own_words.isHidden()
    assert form.language.currentData() is None
    form.country.set_code("BR")  # a Brazilian with no language yet: Portuguese is offered
    assert form.language.currentData() == "pt"
    form.country.set_code("HT")  # once chosen, the language stays as it is
    assert form.language.currentData() == "pt"
    form.gender.combo.setCurrentIndex(form.gender.combo.findData("self_described"))
    assert not form.gender.own_words.isHidden()
    form.gender.own_words.setText("Agénero")
    dialog.accept()
    saved = get_person(db, pid)
    assert (saved.gender, saved.gender_text, saved.language, saved.country) == (
        "self_described",
        "Agénero",
        "pt",
        "HT",
    )
    again = PersonEditorDialog(db, pid)
    qtbot.addWidget(again)
    assert again.form.gender.code() == "self_described"
    assert again.form.gender.own_words.text() == "Agénero"
