"""The window offers and accepts every ending of the import format registry."""

from __future__ import annotations

from fnmatch import fnmatch

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QFileDialog

from lacworkshop.formats.reading.registry import SUFFIXES


def _patterns(file_filter: str) -> list[str]:
    first = file_filter.split(";;")[0]
    return first[first.index("(") + 1 : first.index(")")].split()


def test_the_open_dialog_filter_lists_every_registered_ending(  # type: ignore[no-untyped-def]
    qtbot, main_window, ctx, walc_id, monkeypatch
) -> None:
    from lacworkshop.ui.dialogs.import_wizard import open_import_wizard

    wizard = open_import_wizard(ctx, main_window, None, walc_id)
    qtbot.addWidget(wizard)
    shown: list[str] = []

    def fake_open(parent, caption, folder, file_filter):  # type: ignore[no-untyped-def]
        shown.append(file_filter)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    wizard.file_page._browse()
    assert len(shown) == 1
    patterns = _patterns(shown[0])
    for suffix in SUFFIXES:
        name = f"Inscripción final{suffix.upper()}"
        assert any(fnmatch(name.lower(), p) for p in patterns), suffix
    wizard.reject()


def test_dropping_a_file_of_every_registered_ending_is_accepted(  # type: ignore[no-untyped-def]
    main_window, tmp_path
) -> None:
    for suffix in (*SUFFIXES, ".pdf"):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / f"lista{suffix}"))])
        event = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        main_window.dragEnterEvent(event)
        assert event.isAccepted() == (suffix != ".pdf"), suffix
