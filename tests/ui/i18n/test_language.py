"""The interface language: the preference, the compiled catalogues, menus in each language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from lacworkshop.resource_files import resource_path
from lacworkshop.ui.language import (
    SETTING_KEY,
    apply_saved_language,
    language_preference,
    set_language_preference,
)

LANGUAGES = ("es", "pt", "fr")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*(?::[^}]*)?\}|%[1-9n]|%s|\t|\n")
NAVIGATION = {
    "es": ["Talleres", "Personas", "Asistencia", "Certificados", "Informes", "Acreditación"],
    "pt": ["Oficinas", "Pessoas", "Frequência", "Certificados", "Relatórios", "Credenciamento"],
    "fr": ["Ateliers", "Personnes", "Présence", "Attestations", "Rapports", "Accueil"],
}
CANCEL = {"es": "Cancelar", "pt": "Cancelar", "fr": "Annuler"}


def _messages(language: str) -> list[tuple[str, str, bool, list[str]]]:
    ts = resource_path("translations", f"lacworkshop_{language}.ts")
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out.append((ctx.findtext("name") or "", m.findtext("source") or "", numerus, forms))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_source_and_keeps_placeholders(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", f"lacworkshop_{language}.qm")))
    wrong = []
    for context, source, numerus, forms in _messages(language):
        counts = (1, 5) if numerus else (-1,)
        for n in counts:
            text = translator.translate(context, source, None, n)
            if not text:
                wrong.append((context, source, "missing from the .qm"))
                continue
            # A count of one takes the first (singular) form, five the last.
            wanted = forms[0] if n in (-1, 1) else forms[-1]
            if text != wanted:
                wrong.append((context, source, "the .qm is older than the .ts"))
            expected = sorted({*PLACEHOLDER.findall(source), *(["%n"] if numerus else [])})
            if sorted(set(PLACEHOLDER.findall(text))) != expected:
                wrong.append((context, source, text))
    assert wrong == []


def test_preference_defaults_to_the_system_and_refuses_unknown_codes(qsettings) -> None:  # type: ignore[no-untyped-def]
    assert language_preference(qsettings) == "auto"
    qsettings.setValue(SETTING_KEY, "de")
    assert language_preference(qsettings) == "auto"
    with pytest.raises(ValueError):
        set_language_preference(qsettings, "de")
    set_language_preference(qsettings, "pt")
    assert language_preference(qsettings) == "pt"


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_speaks_the_saved_language_after_a_restart(
    qapp, qsettings, open_window, use_language, language: str
) -> None:  # type: ignore[no-untyped-def]
    set_language_preference(qsettings, language)
    use_language("en")  # what was running before
    apply_saved_language(qapp, qsettings)
    window = open_window()
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == NAVIGATION[language]
    heading = window.page("workshops").findChildren(QLabel)
    assert any(NAVIGATION[language][0] in label.text() for label in heading)
    # Qt's own words follow: the standard buttons of every dialog.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == CANCEL[language]


def test_english_is_the_source_language(qapp, qsettings, open_window, use_language) -> None:  # type: ignore[no-untyped-def]
    set_language_preference(qsettings, "es")
    apply_saved_language(qapp, qsettings)
    set_language_preference(qsettings, "en")
    apply_saved_language(qapp, qsettings)
    window = open_window()
    assert window.nav.item(0).text() == "Workshops"


def _accelerator(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_menu_accelerators_are_unique_in_each_menu(
    open_window, use_language, language: str
) -> None:  # type: ignore[no-untyped-def]
    use_language(language)
    window = open_window()
    menus: list[tuple[str, list[str]]] = [
        ("menu bar", [a.text() for a in window.menuBar().actions()])
    ]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menus.append((action.text(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    clashes = []
    for title, texts in menus:
        keys = [k for k in map(_accelerator, texts) if k]
        if len(keys) != len(set(keys)):
            clashes.append((title, texts))
    assert clashes == []
    if language != "en":
        assert window.menuBar().actions()[0].text() != "&File"


def test_catalogues_ship_inside_the_package_resources() -> None:
    folder = Path(resource_path("translations"))
    assert {p.name for p in folder.glob("*.qm")} >= {f"lacworkshop_{lang}.qm" for lang in LANGUAGES}
