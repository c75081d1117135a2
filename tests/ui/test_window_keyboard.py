"""Nothing lost on closing, and the whole window by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from lacworkshop.services.workshops import editing as workshop_editing

Buttons = QMessageBox.StandardButton


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _edit_title(window, title: str) -> int:  # type: ignore[no-untyped-def]
    page = window.page("workshops")
    wid = page.editing_id
    assert wid is not None
    page.form.title.setText(title)
    assert page.is_dirty()
    return wid


def test_closing_with_an_edited_title_asks_and_cancel_keeps_the_window(
    main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _edit_title(main_window, "Título sin guardar")
    asked = _answer(monkeypatch, Buttons.Cancel)
    assert not main_window.close()
    assert asked == ["Save the changes to this workshop first?"]
    assert main_window.isVisible()
    assert main_window.page("workshops").form.title.text() == "Título sin guardar"


def test_closing_and_saving_keeps_the_title(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wid = _edit_title(main_window, "Taller de l'Île-de-France")
    db = main_window.ctx.db
    _answer(monkeypatch, Buttons.Save)
    assert main_window.close()
    assert workshop_editing.get_workshop(db, wid).title == "Taller de l'Île-de-France"


def test_closing_and_discarding_closes_without_saving(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("workshops")
    before = page.form.title.text()
    wid = _edit_title(main_window, "Descartado")
    db = main_window.ctx.db
    asked = _answer(monkeypatch, Buttons.Discard)
    assert main_window.close()
    assert len(asked) == 1
    assert workshop_editing.get_workshop(db, wid).title == before


def test_closing_without_edits_does_not_ask(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    main_window.page("people")
    asked = _answer(monkeypatch, Buttons.Cancel)
    assert main_window.close()
    assert asked == []


def test_opening_another_database_asks_about_an_edited_person(
    main_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("people")
    page = main_window.page("people")
    page.form.given_names.setText("Begoña")
    asked = _answer(monkeypatch, Buttons.Cancel)
    assert not main_window.switch_database(tmp_path / "other.sqlite3")
    assert asked == ["Save the changes to this person first?"]
    assert main_window.stack.currentWidget() is page


def test_tab_and_shift_tab_leave_the_workshop_table(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = main_window.page("workshops").table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table


def test_tab_leaves_the_attendance_grid(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("attendance")
    view = main_window.page("attendance").view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


def test_ctrl_n_opens_a_new_workshop_not_a_new_database(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: pytest_fail("a file dialog opened")
    )
    main_window.show_page("people")
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = main_window.page("workshops")
    assert main_window.stack.currentWidget() is page
    assert page.editing_id is None
    assert page.form.code.hasFocus()


def pytest_fail(message: str) -> None:
    raise AssertionError(message)


def test_page_keys_work_right_after_start(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The workshop list has the focus at start: Ctrl+Shift+N, F2 and Ctrl+F answer at once.
    page = main_window.page("workshops")
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert page.form.title.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, modifiers)
    assert page.editing_id is None and page.form.code.hasFocus()


def test_each_page_has_a_first_focus(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "people": lambda p: p.search,
        "attendance": lambda p: p.view,
        "workshops": lambda p: p.table,
    }
    for i, key in enumerate(["workshops", "people", "attendance", "certificates", "reports"]):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        page = main_window.page(key)
        assert main_window.stack.currentWidget() is page
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), key
        if key in expected:
            assert focus is expected[key](page), key


def test_f2_on_the_people_page_edits_the_chosen_person(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("people")
    page = main_window.page("people")
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.person_id == page.model.row_at(2).id
    assert page.form.given_names.hasFocus()


def test_the_shortcuts_dialog_lists_what_the_window_registers(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from lacworkshop.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog

    shown: list[KeyboardShortcutsDialog] = []
    monkeypatch.setattr(KeyboardShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    main_window.act_shortcuts.trigger()
    assert len(shown) == 1
    rows = shown[0].rows()
    native = QKeySequence.SequenceFormat.NativeText
    # Every key the window answers to, pages included, is in the list...
    listed = {keys for _where, _what, keys in rows}
    for action in main_window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.text():
                assert any(key.toString(native) in k.split(", ") for k in listed), action.text()
    # ...with its place and its meaning.
    new_key = QKeySequence(QKeySequence.StandardKey.New).toString(native)
    assert ("Everywhere", "New workshop", new_key) in rows
    for page in ("Workshops", "People"):
        assert (page, "New item on this page", "Ctrl+Shift+N") in rows
        assert (page, "Edit the chosen item", "F2") in rows
        find_key = QKeySequence(QKeySequence.StandardKey.Find).toString(native)
        assert (page, "Search", find_key) in rows
    assert not any(r[1] == "New database" for r in rows)  # it has no key any more
