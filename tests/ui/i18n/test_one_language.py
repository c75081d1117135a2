"""The window speaks one language: service messages, the verify result and report tabs."""

from __future__ import annotations

import html
import re
import time

from PySide6.QtCore import QCoreApplication

from lacworkshop.formats.catalogue import text as doc_text


def _reports(qtbot, window):  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reports")
    page = window.page("reports")
    index = next(
        i
        for i in range(page.workshop_combo.count())
        if page.workshop_combo.itemText(i).startswith("WALC2026")
    )
    page.workshop_combo.setCurrentIndex(index)
    deadline = time.monotonic() + 10
    while (page.busy or not page.tabs.count()) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    return page


def test_portuguese_window_shows_portuguese_report_tabs(qtbot, open_window, use_language) -> None:  # type: ignore[no-untyped-def]
    use_language("pt")
    window = open_window()
    page = _reports(qtbot, window)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:2] == ["Resumo", doc_text("reports.stats.by_country", "pt")]
    # The workshop's language is still one choice away.
    page.language_combo.setCurrentIndex(page.language_combo.findData(""))
    assert page.tabs.tabText(0) == "Resumen"


def test_verify_result_in_the_interface_language(open_window, use_language, qtbot) -> None:  # type: ignore[no-untyped-def]
    use_language("es")
    window = open_window()
    window.show_page("certificates")
    bar = window.page("certificates").verify_bar
    bar.edit.setText("0000-0000-0000")
    bar.check()  # checked off the GUI thread: the answer comes on a later turn
    spanish = "El certificado 0000-0000-0000 no está en este registro."
    qtbot.waitUntil(lambda: spanish in _shown(bar.result.text()))
    use_language("fr")
    bar.edit.setText("HOLA")
    bar.check()
    qtbot.waitUntil(lambda: "'HOLA' n'est pas un code d'attestation" in _shown(bar.result.text()))


def _shown(rich_text: str) -> str:
    """What a person reads in a rich-text label: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", rich_text))


def test_service_message_in_the_interface_language(open_window, use_language) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.errors import ValidationError

    use_language("pt")
    assert str(ValidationError("track.name_missing", "name")) == "Uma trilha precisa de um nome."


def test_a_persons_error_is_a_plain_warning_in_the_interface_language(
    qtbot, monkeypatch, use_language
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from lacworkshop.errors import NotFound
    from lacworkshop.ui import error_reporting

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    use_language("es")
    parent = QWidget()
    qtbot.addWidget(parent)
    error_reporting.show_error(parent, "Taller", NotFound("workshop.no_code", code="X1"))
    assert shown == ["No hay ningún taller con el código 'X1'."]
