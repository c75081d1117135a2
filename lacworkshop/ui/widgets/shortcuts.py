"""Page-wide keyboard shortcuts that work wherever the focus is inside the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

# Ctrl+N is File > New database in the main window; pages use Ctrl+Shift+N for "new".
NEW_SHORTCUT = "Ctrl+Shift+N"


def page_shortcut(
    page: QWidget, key: QKeySequence.StandardKey | str, slot: Callable[[], None]
) -> QAction:
    act = QAction(page)
    act.setShortcut(QKeySequence(key))
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(slot)
    page.addAction(act)
    return act


def row_delete_shortcut(view: QWidget, text: str, slot: Callable[[], None]) -> QAction:
    """Delete on a list or table (only while it has the focus, so text fields keep Delete)."""
    act = QAction(text, view)
    act.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    act.triggered.connect(slot)
    view.addAction(act)
    return act


def editor_page_shortcuts(
    page: QWidget,
    table: QWidget,
    *,
    new: Callable[[], None],
    find: Callable[[], None],
    save: Callable[[], None],
    delete: Callable[[], None],
    delete_text: str,
) -> None:
    """The keys of a list-and-editor page: new, find, save anywhere in it; Delete on its list."""
    page_shortcut(page, NEW_SHORTCUT, new)
    page_shortcut(page, QKeySequence.StandardKey.Find, find)
    page_shortcut(page, QKeySequence.StandardKey.Save, save)
    row_delete_shortcut(table, delete_text, delete)
