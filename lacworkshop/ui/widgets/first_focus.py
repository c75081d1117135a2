"""Where the keyboard starts on a page when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside *page*, in Tab order, that can take the focus now."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first(page: QWidget) -> None:
    """Give the focus to the page's own choice (``first_focus()``) or its first field."""
    choose = getattr(page, "first_focus", None)
    target = choose() if callable(choose) else None
    if target is None:
        target = first_focusable(page)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
