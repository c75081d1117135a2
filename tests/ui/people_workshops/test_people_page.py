"""The People page driven with real widgets on a real database file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lacworkshop.model import Role
from lacworkshop.services.demo.create import populate
from lacworkshop.services.people import directory as people
from lacworkshop.services.people.directory import PeopleFilter, PersonData
from lacworkshop.services.people.participation import add_participants, list_participants
from lacworkshop.services.workshops.listing import workshop_id_for_code
from lacworkshop.ui.dialogs.duplicate_warning import DuplicateWarningDialog
from lacworkshop.ui.dialogs.merge_people import MergePeopleDialog
from lacworkshop.ui.models.people_table import BATCH
from lacworkshop.ui.widgets.country_combo import country_names

from .conftest import run_dialog


def _page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("people")
    main_window.activateWindow()
    page = main_window.page("people")
    page.table.setFocus()
    return page


def _known(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {
        "joao": people.create_person(
            db, PersonData("João", "Gonçalves da Conceição", email="joao@nic.br", country="BR")
        ),
        "zoe": people.create_person(
            db, PersonData("Zoë", "N'Diaye-Ávila", email="zoe@example.fr", country="HT")
        ),
    }


def _settled(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the view shows the result for exactly *text*."""
    qtbot.waitUntil(
        lambda: page.model.filter.search == text and not page._timer.isActive(), timeout=2000
    )


def _families(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.row_at(r).family_names for r in range(page.model.rowCount())]


def test_search_as_you_type_ignores_accents_and_case(main_window, qtbot) -> None:
    db = main_window.ctx.db
    _known(db)
    main_window.ctx.notify("people")
    page = _page(main_window)
    qtbot.keyClicks(page.search, "JOAO conceicao")
    _settled(qtbot, page, "JOAO conceicao")
    assert _families(page) == ["Gonçalves da Conceição"]
    page.search.clear()
    page.search.setText("zoë n'diaye")  # QTest types ASCII only; accents arrive as text
    _settled(qtbot, page, "zoë n'diaye")
    assert _families(page) == ["N'Diaye-Ávila"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nunez")
    _settled(qtbot, page, "nunez")
    accented = page.model.total
    page.search.clear()
    page.search.setText("Núñez")
    _settled(qtbot, page, "Núñez")
    assert page.model.total == accented > 0
    assert all("Núñez" in f for f in _families(page))
    assert page.count.text().startswith(str(accented))


def test_filters_country_workshop_and_role(main_window, qtbot) -> None:
    db = main_window.ctx.db
    ids = _known(db)
    wid = workshop_id_for_code(db, "IXP-2026")
    add_participants(db, wid, [ids["joao"]], Role.TRAINER)
    main_window.ctx.notify("participations")
    page = _page(main_window)
    page.country.set_code("BR")
    page.apply_filter()
    assert page.model.total == people.count_people(db, PeopleFilter(country="BR")) > 0
    page.workshop.setCurrentIndex(page.workshop.findData(wid))
    page.role.setCurrentIndex(page.role.findData(Role.TRAINER))
    assert "Gonçalves da Conceição" in _families(page)
    assert page.model.total == people.count_people(
        db, PeopleFilter(country="BR", workshop_id=wid, role=Role.TRAINER)
    )
    page.organisation.setText("nic")
    page.apply_filter()
    assert page.model.total == 0  # João has no organisation


def test_sorted_by_family_name_and_by_column(main_window, qtbot) -> None:
    page = _page(main_window)
    keys = [people.get_person(main_window.ctx.db, page.model.row_at(r).id) for r in range(20)]
    from lacworkshop.model.text_keys import sort_key

    order = [sort_key(p.given_names, p.family_names) for p in keys]
    assert order == sorted(order)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    countries = [page.model.row_at(r).country or "" for r in range(page.model.rowCount())]
    assert countries == sorted(countries, reverse=True)


def test_rows_are_fetched_in_windows(main_window, qtbot) -> None:
    populate(main_window.ctx.db, people=600, workshops=1)
    main_window.ctx.notify("people")
    page = _page(main_window)
    assert page.model.total == 720
    assert page.model.rowCount() <= 2 * BATCH and page.model.canFetchMore()
    page.table.scrollToBottom()
    QApplication.processEvents()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 720


def test_person_editor_checks_email_then_saves(main_window, qtbot) -> None:
    page = _page(main_window)
    page.new_person()
    assert page.form.given_names.hasFocus()
    page.form.given_names.setText("Siobhán")
    page.form.family_names.setText("O'Brien Ñúñez")
    qtbot.keyClicks(page.form.email, "siobhan@@example")
    page.form.country.set_code("IE")
    assert not page.save()
    assert "does not look like an email" in page.form.errors.message("email")
    assert page.form.email.hasFocus()
    page.form.email.setText("siobhan@example.ie")
    assert page.save()
    assert page.person_id is not None
    saved = people.get_person(main_window.ctx.db, page.person_id)
    assert (saved.family_names, saved.country) == ("O'Brien Ñúñez", "IE")
    assert page.heading.text() == "<h3>Siobhán O'Brien Ñúñez</h3>"
    main_window.ctx.undo_stack.undo()
    assert people.count_people(main_window.ctx.db, PeopleFilter(search="siobhan")) == 0


def test_tab_order_follows_the_form(main_window, qtbot) -> None:
    page = _page(main_window)
    page.new_person()
    order = [page.form.given_names]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        page.form.given_names,
        page.form.family_names,
        page.form.preferred_name,
        page.form.email,
        page.form.phone,
    ]


def test_duplicate_warning_opens_that_person(main_window, qtbot, monkeypatch) -> None:
    ids = _known(main_window.ctx.db)
    page = _page(main_window)
    page.new_person()
    page.form.given_names.setText("Joao")
    page.form.family_names.setText("Concecao")
    page.form.email.setText("  JOAO@NIC.BR ")
    shown = run_dialog(monkeypatch, DuplicateWarningDialog, lambda d: d.btn_open.click())
    monkeypatch.setattr(DuplicateWarningDialog, "accept", DuplicateWarningDialog.accept)
    assert not page.save()
    assert shown and shown[0].list.count() == 1
    assert page.person_id == ids["joao"]
    assert page.form.family_names.text() == "Gonçalves da Conceição"
    assert people.count_people(main_window.ctx.db, PeopleFilter(search="joao")) == 1


def test_merge_two_people_moves_their_workshops(main_window, qtbot, monkeypatch) -> None:
    db = main_window.ctx.db
    ids = _known(db)
    twin = people.create_person(
        db, PersonData("Joao", "Goncalves da Conceicao", country="BR", phone="+55 11")
    )
    wid = workshop_id_for_code(db, "DNSSEC-2026")
    add_participants(db, wid, [twin], Role.ATTENDEE)
    main_window.ctx.notify("people")
    page = _page(main_window)
    page.search.setText("conceicao")
    page.apply_filter()
    assert page.model.rowCount() == 2
    page.table.selectAll()
    run_dialog(
        monkeypatch,
        MergePeopleDialog,
        lambda d: d.keep[[*d.ids].index(ids["joao"])].setChecked(True),
    )
    page.btn_merge.click()
    assert page.model.rowCount() == 1 and page.person_id == ids["joao"]
    assert [
        p.person_id for p in list_participants(db, wid) if p.person_id in (twin, ids["joao"])
    ] == [ids["joao"]]
    assert people.get_person(db, ids["joao"]).phone == "+55 11"
    assert page.workshops.rowCount() == 1
    backups = list((db.path.parent / "backups" / db.path.name).glob("*-merge.sqlite3"))
    assert len(backups) == 1


def test_delete_person_and_undo(main_window, qtbot, answer_yes) -> None:
    db = main_window.ctx.db
    page = _page(main_window)
    wid = workshop_id_for_code(db, "WALC2026")
    member = list_participants(db, wid)[0]
    page.search.setText(f"{member.given_names} {member.family_names}")
    page.apply_filter()
    row = page.model.row_of(member.person_id)
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.person_id == member.person_id and page.form.given_names.hasFocus()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "participation(s)" in answer_yes[0] and "attendance mark(s)" in answer_yes[0]
    assert page.model.row_of(member.person_id) == -1
    assert all(p.person_id != member.person_id for p in list_participants(db, wid))
    main_window.ctx.undo_stack.undo()
    assert page.model.row_of(member.person_id) >= 0
    assert any(p.person_id == member.person_id for p in list_participants(db, wid))


def test_country_names_in_the_interface_language() -> None:
    assert country_names("es")["BR"] == "Brasil"
    assert country_names("fr")["MX"] == "Mexique"
    assert country_names("pt")["US"] == "Estados Unidos"
    assert "001" not in country_names("en") and "ZZ" not in country_names("en")


def test_duplicate_warning_then_merge(main_window, qtbot, monkeypatch) -> None:
    db = main_window.ctx.db
    ids = _known(db)
    page = _page(main_window)
    page.new_person()
    page.form.given_names.setText("João")
    page.form.family_names.setText("Gonçalves da Conceição")
    page.form.country.set_code("BR")
    page.form.phone.setText("+55 21 5555")
    run_dialog(monkeypatch, DuplicateWarningDialog, lambda d: d.btn_merge.click())
    monkeypatch.setattr(DuplicateWarningDialog, "accept", DuplicateWarningDialog.accept)
    merges = run_dialog(
        monkeypatch, MergePeopleDialog, lambda d: None
    )  # keeps the first: the older
    assert page.save()
    assert merges and merges[0].ids[0] == ids["joao"]
    assert page.person_id == ids["joao"]
    assert people.count_people(db, PeopleFilter(search="joao goncalves da conceicao")) == 1
    assert people.get_person(db, ids["joao"]).phone == "+55 21 5555"


def test_email_and_organisation_stay_readable_on_a_small_screen(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("people")
    page = main_window.page("people")
    table = page.table
    main_window.resize(1024, 640)

    def squeezed() -> None:
        assert table.columnWidth(2) >= 180 and table.columnWidth(3) >= 150
        assert table.horizontalScrollBar().maximum() > 0  # scrolls sideways, not squeezing

    qtbot.waitUntil(squeezed)
    organisation = page.filters.organisation
    assert organisation.width() > organisation.fontMetrics().horizontalAdvance("Organisation")
    main_window.resize(1800, 900)

    def roomy() -> None:
        assert table.columnWidth(2) > 180  # spare room goes to the stretching columns
        assert table.horizontalScrollBar().maximum() == 0

    qtbot.waitUntil(roomy)


def test_undo_of_a_delete_selects_the_person_again(main_window, qtbot, answer_yes) -> None:
    db = main_window.ctx.db
    page = _page(main_window)
    wid = workshop_id_for_code(db, "WALC2026")
    member = list_participants(db, wid)[1]
    row = page.model.row_of(member.person_id)
    page.table.selectRow(row)
    assert page.person_id == member.person_id
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.row_of(member.person_id) == -1
    assert page.person_id is None and page.selected_ids() == []
    # Something else is looked at meanwhile: Undo still comes back to the restored person.
    other = page.model.row_at(0).id
    page.table.selectRow(0)
    assert page.person_id == other
    main_window.ctx.undo_stack.undo()
    assert page.selected_ids() == [member.person_id]
    assert page.table.currentIndex().row() == page.model.row_of(member.person_id)
    assert page.person_id == member.person_id
    assert page.form.data().family_names == member.family_names
    assert member.family_names in page.heading.text()
    # Redo deletes again; a second Undo selects them once more.
    main_window.ctx.undo_stack.redo()
    assert page.model.row_of(member.person_id) == -1 and page.person_id is None
    main_window.ctx.undo_stack.undo()
    assert page.selected_ids() == [member.person_id] and page.person_id == member.person_id
