"""A place for a widget that is built the first time it is shown (or asked for)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DeferredWidget(QWidget):
    """Holds the spot of a tab or panel whose content costs time to build.

    The content is made by *factory* on the first show, or earlier when code asks for
    it with ``content()``; start-up pays only for what the user sees first.
    """

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        """True once the content exists."""
        return self._content is not None

    def content(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self._content is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            self._content = factory()
            self._layout.addWidget(self._content)
            self._content.show()
            # Keyboard focus moves into the content as it would into a plain child.
            self.setFocusProxy(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
