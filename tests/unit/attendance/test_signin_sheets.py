"""Sign-in sheets read back with poppler: every name, literally, with embedded fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from lacworkshop.services.attendance.signin_sheets import build_sections, write_signin_sheets
from lacworkshop.services.errors import ValidationError
from tests.unit.attendance.conftest import LONG_NAME

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdftext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_name_prints_literally(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "sheets.pdf"
    result = write_signin_sheets(db, wid, path, language="es")
    assert result.sections == 4
    text = squash(pdftext(path))
    for name in (
        'Injection, =HYPERLINK("http://x","y")',
        '<b>O\'Brien</b> & "Sons", Seán',
        "Łódź Ődön, Łucja",
        "Şahin, İlkay",
        "Nguyễn Thị, Ánh",
        "+Plus, -5",
    ):
        assert text.count(name) == 4, name
    # The 90-character name wraps; its words are all there, in order.
    long = f"{LONG_NAME[1]}, {LONG_NAME[0]}"
    assert len(long) >= 90
    assert text.count(long) == 4
    assert "Org & <Co>" in text
    assert "DNS & <DNSSEC>" in text
    assert "Ana Trainer d'Avila" in text


def test_a_name_the_font_cannot_print_is_reported_not_boxed(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "sheets.pdf"
    result = write_signin_sheets(db, wid, path, language="en")
    assert len(result.warnings) == 1  # once, though the person is on four sheets
    assert "李, 小龍" in result.warnings[0] and "U+674E" in result.warnings[0]
    text = pdftext(path)
    assert "李" not in text and "小龍" not in text
    assert text.count("(write your name by hand)") == 4


def test_header_and_page_numbers_on_every_page(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "sheets.pdf"
    write_signin_sheets(db, wid, path, language="en", day=date(2026, 3, 3))
    pages = pdftext(path).split("\f")[:-1]
    assert len(pages) == 2
    for page, topic in zip(pages, ("Laboratorio", "Cierre"), strict=True):
        assert "Sign-in sheet · TRICKY-2026" in page
        assert "Date: Tuesday, 3 March 2026" in page  # the certificates' date style
        assert f"Topic: {topic}" in page
        assert "Page 1 of 1" in page
        assert "Not on the list" in page


def test_a_long_list_runs_over_pages_with_the_header_repeated(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    populate(db, people=240, workshops=3)
    wid = workshop_id_for_code(db, "DNSSEC-2026")
    for paper, size in (("a4", "(A4)"), ("letter", "612 x 792 pts (letter)")):
        path = tmp_path / f"{paper}.pdf"
        write_signin_sheets(db, wid, path, paper=paper, language="pt", day=date(2026, 11, 23))
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert size in info
        pages = pdftext(path).split("\f")[:-1]
        assert len(pages) > 2
        first_sheet = [p for p in pages if "09:00–12:30" in p]
        m = len(first_sheet)
        assert m >= 2
        for n, page in enumerate(first_sheet, start=1):
            assert "Lista de presença · DNSSEC-2026" in page
            assert f"Página {n} de {m}" in page
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r and "DejaVu" in r for r in rows)


def test_unknown_track_or_empty_day_is_a_clear_error(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    with pytest.raises(ValidationError, match="no track 'Routing'"):
        build_sections(db, wid, track="Routing")
    with pytest.raises(ValidationError, match="no session to print on 2027-01-01"):
        write_signin_sheets(db, wid, tmp_path / "x.pdf", day=date(2027, 1, 1))
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_name_shrinks_then_wraps_to_two_lines() -> None:
    from lacworkshop.formats.attendance.signin_sheet_pdf import NAME_MAX, fit_name
    from lacworkshop.formats.pdf.fonts import register_family

    face = register_family("DejaVu Sans").regular
    assert fit_name("Ana Paz", face, 200) == (NAME_MAX, 1)
    size, lines = fit_name("Fernández de Córdoba, María de los Ángeles", face, 200)
    assert lines == 1 and size < NAME_MAX
    long = f"{LONG_NAME[1]}, {LONG_NAME[0]}"
    size, lines = fit_name(long, face, 230)
    assert lines == 2 and size >= 6.5


def test_a_topic_the_font_cannot_print_is_left_blank_and_reported(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import Slot

    db, wid = tricky
    with db.session() as s:
        slot = s.scalar(select(Slot).where(Slot.topic == "Cierre"))
        slot.topic = "Cierre 閉会"
    result = write_signin_sheets(db, wid, tmp_path / "s.pdf", language="en", day=date(2026, 3, 3))
    topic_warnings = [w for w in result.warnings if "Topic of the session" in w]
    assert len(topic_warnings) == 1 and "U+9589" in topic_warnings[0]
    assert "閉会" not in pdftext(tmp_path / "s.pdf")
