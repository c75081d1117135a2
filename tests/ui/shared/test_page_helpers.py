"""The splitter and the shortcuts every list-and-editor page shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from lacworkshop.ui.widgets.page_split import split_page
from lacworkshop.ui.widgets.shortcuts import EDIT_SHORTCUT, NEW_SHORTCUT, editor_page_shortcuts


def test_split_page_fills_the_page_with_an_uncollapsible_splitter(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    first, second = QLabel("list"), QLabel("editor")
    splitter = split_page(page, first, second, Qt.Orientation.Vertical, (0, 1), (230, 560))
    assert isinstance(page.layout(), QVBoxLayout) and page.layout().itemAt(0).widget() is splitter
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert [splitter.widget(0), splitter.widget(1)] == [first, second]
    assert not splitter.childrenCollapsible()
    assert isinstance(splitter, QSplitter)


def test_editor_page_shortcuts_call_their_slots(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    table = QTableView(page)
    qtbot.addWidget(page)
    called: list[str] = []
    editor_page_shortcuts(
        page,
        table,
        new=lambda: called.append("new"),
        edit=lambda: called.append("edit"),
        find=lambda: called.append("find"),
        save=lambda: called.append("save"),
        delete=lambda: called.append("delete"),
        delete_text="Delete row",
    )
    keys = {a.shortcut().toString(): a for a in page.actions()}
    assert set(keys) == {
        QKeySequence(NEW_SHORTCUT).toString(),
        QKeySequence(EDIT_SHORTCUT).toString(),
        QKeySequence(QKeySequence.StandardKey.Find).toString(),
        QKeySequence(QKeySequence.StandardKey.Save).toString(),
    }
    for action in page.actions():
        # Keys for the whole window while the page is shown; each named for the shortcuts list.
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        assert action.text()
        action.trigger()
    (delete,) = table.actions()
    assert delete.text() == "Delete row"
    assert delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    delete.trigger()
    assert called == ["new", "edit", "find", "save", "delete"]
