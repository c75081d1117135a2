"""The Workshops page driven with real widgets on a real database file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.operations import Change
from lacworkshop.services.people import participation
from lacworkshop.services.people.directory import PeopleFilter, fetch_people
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.services.workshops import schedule
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.add_participants import AddParticipantsDialog
from lacworkshop.ui.dialogs.new_edition import NewEditionDialog
from lacworkshop.ui.dialogs.schedule_generator import ScheduleGeneratorDialog
from lacworkshop.ui.dialogs.slot_editor import SlotEditorDialog
from lacworkshop.ui.tasks import InlineRunner

from .conftest import run_dialog


def _page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("workshops")
    main_window.activateWindow()
    page = main_window.page("workshops")
    page.table.setFocus()
    return page


def _keys(qtbot, page, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    """Press a shortcut where the person is: the focused widget of the page."""
    target = QApplication.focusWidget() or page.table
    qtbot.keyClick(target, key, modifiers)


def _create_walc(qtbot, page) -> int:  # type: ignore[no-untyped-def]
    _keys(
        qtbot,
        page,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.editing_id is None and page.form.code.hasFocus()
    form = page.form
    qtbot.keyClicks(form.code, "WALC2027")
    qtbot.keyClicks(form.title, "Taller Latinoamericano de Redes")
    form.series.setText("WALC")
    form.edition.setText("2027")
    form.start.setDate(QDate(2027, 10, 4))
    form.end.setDate(QDate(2027, 10, 8))
    form.city.setText("Ciudad de Panamá")
    form.country.set_code("PA")
    form.languages["en"].setChecked(True)
    form.min_share.setValue(80)
    _keys(qtbot, page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editing_id is not None
    return page.editing_id


def test_create_a_workshop_from_the_keyboard(main_window, qtbot) -> None:
    page = _page(main_window)
    with qtbot.waitSignal(main_window.ctx.workshop_selected) as selected:
        wid = _create_walc(qtbot, page)
    assert selected.args == [wid]
    assert page.model.row_at(page.table.currentIndex().row()).code == "WALC2027"
    saved = workshop_editing.get_workshop(main_window.ctx.db, wid)
    assert (saved.country, saved.languages, saved.min_share) == ("PA", "es,en", 0.8)
    assert saved.tracks == ("General",)


def test_validation_message_at_the_field(main_window, qtbot) -> None:
    page = _page(main_window)
    page.new_workshop()
    page.form.code.setText("WALC2026")  # the demo has it
    page.form.title.setText("Otro")
    assert not page.save()
    assert "already has the code" in page.form.errors.message("code")
    page.form.code.setText("NEW-1")
    page.form.start.setDate(QDate(2027, 5, 10))
    page.form.end.setDate(QDate(2027, 5, 9))
    assert not page.save()
    assert "end before it starts" in page.form.errors.message("end_date")
    assert page.form.end.hasFocus()


def test_search_and_status_filter(main_window, qtbot) -> None:
    page = _page(main_window)
    _keys(qtbot, page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "dnssec")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).code == "DNSSEC-2026"
    page.search.clear()
    page.status.setCurrentIndex(page.status.findText("Registration open"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).code == "IXP-2026"


def test_generate_schedule_edit_a_slot_and_see_the_week(main_window, qtbot, monkeypatch) -> None:
    page = _page(main_window)
    wid = _create_walc(qtbot, page)
    page.tabs.setCurrentIndex(1)

    def fill(d):  # type: ignore[no-untyped-def]
        d.weekdays[2].setChecked(True)  # no sessions on Wednesday
        d.topic.setText("Laboratorio")

    run_dialog(monkeypatch, ScheduleGeneratorDialog, fill)
    page.schedule.btn_generate.click()
    assert page.schedule.slot_table.rowCount() == 8  # Mon, Tue, Thu, Fri x 2 blocks
    week = page.schedule.week
    assert week.table.columnCount() == 5  # four days and the total
    assert week.cell_text(2, 4) == "28 h"
    assert week.cell_text(2, 0) == "7 h"

    main_window.ctx.undo_stack.undo()
    assert schedule.list_slots(main_window.ctx.db, wid) == []
    main_window.ctx.undo_stack.redo()
    assert len(schedule.list_slots(main_window.ctx.db, wid)) == 8

    page.schedule.slot_table.selectRow(0)

    def edit(d):  # type: ignore[no-untyped-def]
        d.topic.setText("BGP y RPKI")
        d.room.setText("Sala Ñandutí")

    run_dialog(monkeypatch, SlotEditorDialog, edit)
    qtbot.keyClick(page.schedule.slot_table, Qt.Key.Key_Return)
    first = schedule.list_slots(main_window.ctx.db, wid)[0]
    assert (first.topic, first.room) == ("BGP y RPKI", "Sala Ñandutí")
    main_window.ctx.undo_stack.undo()
    assert schedule.list_slots(main_window.ctx.db, wid)[0].topic == "Laboratorio"


def test_add_people_in_each_role_and_change_many(main_window, qtbot, monkeypatch) -> None:
    page = _page(main_window)
    wid = _create_walc(qtbot, page)
    page.tabs.setCurrentIndex(2)
    db = main_window.ctx.db
    people = fetch_people(db, PeopleFilter(), 0, 8)
    for i, role in enumerate(Role):
        chosen = {people[2 * i].id, people[2 * i + 1].id}

        def fill(d, role=role, chosen=chosen):  # type: ignore[no-untyped-def]
            d.refresh()
            for r in range(d.results.count()):
                item = d.results.item(r)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) in chosen)
            d.role.setCurrentIndex(d.role.findData(role))
            d.status.setCurrentIndex(d.status.findData(ParticipationStatus.CONFIRMED))

        run_dialog(monkeypatch, AddParticipantsDialog, fill)
        page.participants.btn_add.click()
    rows = participation.list_participants(db, wid)
    assert sorted(r.role.value for r in rows) == sorted([r.value for r in Role] * 2)
    assert page.participants.model.rowCount() == 8

    page.participants.table.selectAll()
    page.participants.set_status(ParticipationStatus.WAITLISTED)
    assert {r.status for r in participation.list_participants(db, wid)} == {
        ParticipationStatus.WAITLISTED
    }
    main_window.ctx.undo_stack.undo()
    assert {r.status for r in participation.list_participants(db, wid)} == {
        ParticipationStatus.CONFIRMED
    }
    lab = workshop_editing.add_track(db, wid, "Laboratorio")
    main_window.ctx.notify("workshops")
    page.participants.table.selectRow(0)
    page.participants.set_track(lab)
    assert sum(r.track_id == lab for r in participation.list_participants(db, wid)) == 1
    # Removing two is one operation: the pages hear what it changed, one Undo brings both back.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    heard: list[object] = []
    main_window.ctx.changed.connect(heard.append)
    page.participants.table.clearSelection()
    for row in (0, 1):
        page.participants.table.selectionModel().select(
            page.participants.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.participants.remove_selected()
    assert len(participation.list_participants(db, wid)) == 6
    assert heard == [{Change.PARTICIPATIONS, Change.ATTENDANCE, Change.CERTIFICATES}]
    assert page.participants.model.rowCount() == 6
    main_window.ctx.undo_stack.undo()
    assert len(participation.list_participants(db, wid)) == 8
    assert page.participants.model.rowCount() == 8


def test_trainers_are_assigned_to_slots(main_window, qtbot, monkeypatch) -> None:
    page = _page(main_window)
    wid = _create_walc(qtbot, page)
    db = main_window.ctx.db
    trainer = fetch_people(db, PeopleFilter(search="nunez"), 0, 1)[0]
    participation.add_participants(db, wid, [trainer.id], Role.TRAINER)
    main_window.ctx.notify("participations")
    page.tabs.setCurrentIndex(1)

    def fill(d):  # type: ignore[no-untyped-def]
        d.date.setDate(QDate(2027, 10, 5))
        d.topic.setText("DNSSEC")
        d.trainers.item(0).setCheckState(Qt.CheckState.Checked)

    run_dialog(monkeypatch, SlotEditorDialog, fill)
    page.schedule.btn_add_slot.click()
    (slot,) = schedule.list_slots(db, wid)
    assert slot.trainer_ids == (trainer.id,) and slot.date == date(2027, 10, 5)
    assert trainer.family_names in page.schedule.slot_table.item(0, 5).text()


def test_new_edition_from_the_page(main_window, qtbot, monkeypatch) -> None:
    page = _page(main_window)
    page.select_workshop(workshop_editing_id(main_window, "WALC2026"))
    run_dialog(monkeypatch, NewEditionDialog, lambda d: d.form.code.setText("WALC2027"))
    heard: list[object] = []
    main_window.ctx.changed.connect(heard.append)
    page.btn_edition.click()
    assert {Change.WORKSHOPS, Change.SLOTS, Change.PARTICIPATIONS} in heard
    assert page.model.row_at(page.table.currentIndex().row()).code == "WALC2027"
    new = page.editing_id
    db = main_window.ctx.db
    old = workshop_editing_id(main_window, "WALC2026")
    assert len(schedule.list_slots(db, new)) == len(schedule.list_slots(db, old))
    roles = {r.role for r in participation.list_participants(db, new)}
    assert roles == {Role.TRAINER}


def workshop_editing_id(main_window, code: str) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    return workshop_id_for_code(main_window.ctx.db, code)


def test_delete_says_what_goes_and_undo_restores(main_window, qtbot, answer_yes) -> None:
    page = _page(main_window)
    db = main_window.ctx.db
    wid = workshop_editing_id(main_window, "WALC2026")
    page.select_workshop(wid)
    before = len(participation.list_participants(db, wid))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert answer_yes and "WALC2026" in answer_yes[0]
    assert f"{before} participation(s)" in answer_yes[0] and "attendance mark(s)" in answer_yes[0]
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert "WALC2026" not in codes
    undo = next(a for a in main_window.edit_menu.actions() if a.text().startswith("&Undo"))
    undo.trigger()
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert "WALC2026" in codes
    assert len(participation.list_participants(db, wid)) == before


def test_import_button_asks_for_the_wizard_with_the_workshop(
    main_window, qtbot, monkeypatch
) -> None:
    page = _page(main_window)
    wid = workshop_editing_id(main_window, "IXP-2026")
    page.select_workshop(wid)
    monkeypatch.setattr(main_window, "_open_import", lambda *a: None)
    main_window.ctx.import_requested.disconnect()
    with qtbot.waitSignal(main_window.ctx.import_requested) as request:
        page.btn_import.click()
    assert request.args == ["", wid]
    QApplication.processEvents()


def test_workshop_form_tab_order_follows_the_form(main_window, qtbot) -> None:
    page = _page(main_window)
    page.new_workshop()
    form = page.form
    seen = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:4] == [form.code, form.title, form.series, form.edition]
    assert seen[4].parent() is form.start or seen[4] is form.start


def test_status_shown_in_words(main_window) -> None:
    page = _page(main_window)
    texts = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert "Registration open" in texts and "open" not in texts


def test_unsaved_edits_are_not_lost_when_switching(main_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = _page(main_window)
    walc = workshop_editing_id(main_window, "WALC2026")
    ixp = workshop_editing_id(main_window, "IXP-2026")
    page.select_workshop(walc)
    page.form.title.setText("Taller WALC — título nuevo")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.select_workshop(ixp)
    assert page.editing_id == walc and page.current_id() == walc
    assert page.form.title.text() == "Taller WALC — título nuevo"
    page.select_workshop(ixp)
    assert page.editing_id == ixp and page.current_id() == ixp and not answers
    assert (
        workshop_editing.get_workshop(main_window.ctx.db, walc).title
        == "Taller WALC — título nuevo"
    )


def test_enter_on_a_participant_opens_their_record(main_window, qtbot, monkeypatch) -> None:
    from lacworkshop.services.people.directory import get_person
    from lacworkshop.ui.dialogs.person_editor import PersonEditorDialog

    page = _page(main_window)
    page.select_workshop(workshop_editing_id(main_window, "IXP-2026"))
    page.tabs.setCurrentIndex(2)
    table = page.participants.table
    table.setFocus()
    table.selectRow(0)
    target = page.participants.model.row_at(0)
    run_dialog(monkeypatch, PersonEditorDialog, lambda d: d.form.phone.setText("+598 2 555 0101"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert get_person(main_window.ctx.db, target.person_id).phone == "+598 2 555 0101"


def test_the_first_track_added_replaces_the_unused_general_one(
    main_window, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = _page(main_window)
    wid = _create_walc(qtbot, page)
    db = main_window.ctx.db
    assert [t.name for t in workshop_editing.list_tracks(db, wid)] == ["General"]
    names = iter(["Enrutamiento IPv6 y BGP", "Seguridad de redes"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    page.tabs.setCurrentIndex(1)
    page.schedule.add_track()
    page.schedule.add_track()
    assert [t.name for t in workshop_editing.list_tracks(db, wid)] == [
        "Enrutamiento IPv6 y BGP",
        "Seguridad de redes",
    ]
    assert page.schedule.track_list.count() == 2
    main_window.ctx.undo_stack.undo()
    main_window.ctx.undo_stack.undo()
    assert [t.name for t in workshop_editing.list_tracks(db, wid)] == ["General"]


def test_a_used_general_track_is_kept(main_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = _page(main_window)
    wid = _create_walc(qtbot, page)
    db = main_window.ctx.db
    person = fetch_people(db, PeopleFilter(search="nunez"), 0, 1)[0]
    general = workshop_editing.list_tracks(db, wid)[0].id
    participation.add_participants(db, wid, [person.id], Role.ATTENDEE, track_id=general)
    main_window.ctx.notify("participations")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Laboratorio", True))
    page.schedule.add_track()
    assert [t.name for t in workshop_editing.list_tracks(db, wid)] == ["General", "Laboratorio"]


def test_the_session_editor_says_which_track_each_trainer_teaches(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    populate(db, people=60, workshops=1)
    wid = workshop_id_for_code(db, "WALC2026")
    tracks = workshop_editing.list_tracks(db, wid)
    ctx = AppContext(db, InlineRunner())
    dialog = SlotEditorDialog(ctx, wid, None, date(2026, 10, 12), date(2026, 10, 16), tracks)
    qtbot.addWidget(dialog)
    trainers = [p for p in participation.list_participants(db, wid) if p.role is Role.TRAINER]
    labels = [dialog.trainers.item(i).text() for i in range(dialog.trainers.count())]
    assert len(labels) == len(trainers) >= 2
    for t in trainers:
        assert f"{t.display_name} ({t.track_name})" in labels


def test_the_certificate_rule_goes_under_the_fields_on_a_small_screen(main_window, qtbot) -> None:
    page = _page(main_window)
    scroll = page.form.parentWidget().parentWidget()  # viewport, then the scroll area
    main_window.resize(1024, 640)
    qtbot.waitUntil(page.form.stacked)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing hidden sideways
    main_window.resize(1600, 900)
    qtbot.waitUntil(lambda: not page.form.stacked())
