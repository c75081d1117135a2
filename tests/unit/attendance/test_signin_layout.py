"""Sign-in sheets as a print shop sets them: rows per page, labels in the sheet's language."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from lacworkshop.formats.attendance.signin_sheet_pdf import (
    SigninPerson,
    SigninSection,
    write_signin_pdf,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _section(people: int) -> SigninSection:
    return SigninSection(
        workshop_code="LAC-2027",
        workshop_title="Taller de enrutamiento",
        track="Routing",
        day=date(2027, 3, 9),
        start=time(9, 0),
        end=time(12, 30),
        topic="BGP",
        room="Sala 2",
        trainers=["Ana Paz"],
        people=[SigninPerson(f"Persona{n:03d}, Ana", "NIC.br") for n in range(1, people + 1)],
    )


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


@pytest.mark.parametrize(("paper", "at_least"), [("a4", 24), ("letter", 22)])
def test_rows_per_page(tmp_path: Path, paper: str, at_least: int) -> None:
    path = tmp_path / f"{paper}.pdf"
    report = write_signin_pdf(path, [_section(100)], "es", paper)
    pages = _pages(path)
    assert report.pages == len(pages)
    per_page = [page.count("Persona") for page in pages]
    assert sum(per_page) == 100
    full = per_page[:-1]  # every page but the one the list ends on
    assert full and all(n >= at_least for n in full), per_page
    # The walk-in rows fill the last page rather than start a page of blank rows.
    assert per_page[-1] > 0 and "no inscritos" in pages[-1]
    assert all(f"Página {i} de {len(pages)}" in p for i, p in enumerate(pages, start=1))


@pytest.mark.parametrize(
    ("language", "labels", "never"),
    [
        ("es", ["Hoja de firmas", "Fecha:", "Itinerario:", "Tema:", "Sala:", "Firma"], "Track"),
        ("pt", ["Lista de presença", "Data:", "Trilha:", "Tema:", "Assinatura"], "Track"),
        ("en", ["Sign-in sheet", "Date:", "Track:", "Topic:", "Signature"], "Itinerario"),
        ("fr", ["Feuille d’émargement", "Date :", "Parcours :", "Sujet :", "Salle :"], "Track"),
    ],
)
def test_every_label_in_the_sheet_language(
    tmp_path: Path, language: str, labels: list[str], never: str
) -> None:
    path = tmp_path / f"{language}.pdf"
    write_signin_pdf(path, [_section(3)], language, "a4")
    (page,) = _pages(path)
    page = page.replace("\u00a0", " ")
    for label in labels:
        assert label in page, (label, page)
    assert never not in page.replace("Routing", "")
    if language == "fr":
        assert "Parcours:" not in page and "Date:" not in page


def test_dates_read_like_the_certificates(tmp_path: Path) -> None:
    expected = {
        "es": "martes, 9 de marzo de 2027",
        "pt": "terça-feira, 9 de março de 2027",
        "en": "Tuesday, 9 March 2027",
        "fr": "mardi 9 mars 2027",
    }
    for language, day in expected.items():
        path = tmp_path / f"{language}.pdf"
        write_signin_pdf(path, [_section(2)], language, "a4")
        assert day in _pages(path)[0].replace("\u00a0", " "), language
