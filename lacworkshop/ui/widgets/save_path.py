"""Asking where to save a file of one type."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, file_filter: str, suffix: str
) -> str | None:
    """The path the person chose, ending in *suffix* (".xlsx"); None when they cancelled.

    The suffix is added when the name was typed without it, so the file opens
    in the program its type belongs to.
    """
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    return path
