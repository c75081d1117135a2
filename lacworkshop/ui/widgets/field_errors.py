"""Show a validation message right under the field it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class FieldErrors:
    """Keeps one hidden red label per form row; ``show(field, message)`` reveals it."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: QWidget) -> None:
        self._form.addRow(label, widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self._form.addRow("", error)
        self._fields[name] = widget
        self._labels[name] = error

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()

    def show(self, name: str | None, message: str) -> bool:
        """Show *message* at *name*; False when the form has no such field."""
        self.clear()
        if name not in self._labels:
            return False
        self._labels[name].setText(message)
        self._labels[name].show()
        self._fields[name].setFocus()
        return True

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
