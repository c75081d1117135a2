"""Keyboard shortcuts: page-wide keys, and the one list Help > Keyboard shortcuts shows.

Every shortcut is a QAction with a text, so the list of what the window registers
is read back from the window itself (``registered_shortcuts``) and cannot drift
from what the keys actually do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

# Ctrl+N is File > New workshop in the main window; pages use Ctrl+Shift+N for "new" there.
NEW_SHORTCUT = "Ctrl+Shift+N"
EDIT_SHORTCUT = "F2"


def page_shortcut(
    page: QWidget, key: QKeySequence.StandardKey | str, slot: Callable[[], None], text: str = ""
) -> QAction:
    """A key that works anywhere in the window while *page* is the page shown.

    Hidden pages do not answer, so pages may share keys without clashing.
    """
    act = QAction(text, page)
    act.setShortcut(QKeySequence(key))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
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
    edit: Callable[[], None],
    find: Callable[[], None],
    save: Callable[[], None],
    delete: Callable[[], None],
    delete_text: str,
) -> None:
    """The keys of a list-and-editor page: new, edit, find, save anywhere in it; Delete on its list."""
    page_shortcut(
        page, NEW_SHORTCUT, new, QCoreApplication.translate("Shortcuts", "New item on this page")
    )
    page_shortcut(
        page, EDIT_SHORTCUT, edit, QCoreApplication.translate("Shortcuts", "Edit the chosen item")
    )
    page_shortcut(
        page, QKeySequence.StandardKey.Find, find, QCoreApplication.translate("Shortcuts", "Search")
    )
    page_shortcut(
        page, QKeySequence.StandardKey.Save, save, QCoreApplication.translate("Shortcuts", "Save")
    )
    row_delete_shortcut(table, delete_text, delete)


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the shortcuts list: where it works, what it does, its keys as shown."""

    where: str
    action: str
    keys: str


def _place(action: QAction, window: QMainWindow, pages: dict[str, QWidget]) -> str:
    owner = action.parent()
    for title, page in pages.items():
        if owner is page or (isinstance(owner, QWidget) and page.isAncestorOf(owner)):
            return title
    return QCoreApplication.translate("Shortcuts", "Everywhere")


def registered_shortcuts(
    window: QMainWindow, pages: dict[str, QWidget] | None = None
) -> list[ShortcutRow]:
    """Every action of *window* that has a key, as the user sees it (texts and native keys).

    *pages* maps a page title to its widget, to say where a page's keys work.
    """
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&", "").replace("…", "").strip()
        if not keys or not text:
            continue
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        row = (_place(action, window, pages or {}), text.split("\t")[0], shown)
        if row not in seen:
            seen.add(row)
            rows.append(ShortcutRow(*row))
    # The window's own keys first, in menu order; then each page's, in navigation order.
    places = [QCoreApplication.translate("Shortcuts", "Everywhere"), *(pages or {})]
    rows.sort(key=lambda r: places.index(r.where) if r.where in places else len(places))
    return rows
