"""Splitting a drawn certificate PDF into one valid PDF per page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lacworkshop.formats.certificates.pdf import (
    Design,
    PageContent,
    Signature,
    Wording,
    render_bytes,
)
from lacworkshop.formats.pdf.split import SplitError, split
from lacworkshop.resource_files import resource_path

NAMES = ["Łukasz Łódź", "Ődön Szőke", "Nguyễn Thị Ánh", "<b> & 'Quotes'", "Ana Paz"]


def _pdf(style: str) -> bytes:
    sig = resource_path("templates", "sample-signature.png").read_bytes()
    logo = resource_path("templates", "sample-logo.png").read_bytes()
    design = Design(style=style, logos=(logo,), signatures=(Signature("Hervé", "Chair", "", sig),))
    words = Wording("es", "Certificado", "Se certifica que", "participó.", "", "Asunción", "Código")
    pages = [
        PageContent(name, f"CODE{i}", f"LACW1|CODE{i}|X|{name}|1|2026-01-01|M", (words, words))
        for i, name in enumerate(NAMES)
    ]
    return render_bytes(design, pages)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize("style", ["classic", "modern", "bilingual"])
def test_each_page_becomes_a_valid_pdf_with_its_own_text(style: str, tmp_path: Path) -> None:
    parts = list(split(_pdf(style)))
    assert len(parts) == len(NAMES)
    for i, (name, data) in enumerate(zip(NAMES, parts, strict=True)):
        path = tmp_path / f"{i}.pdf"
        path.write_bytes(data)
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert name in text and f"CODE{i}" in text
        assert all(other not in text for other in NAMES if other != name)
        fonts = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(r.split()[-5] == "yes" for r in rows)


def test_something_else_is_refused() -> None:
    with pytest.raises(SplitError):
        list(split(b"%PDF-1.4\nnot really\n%%EOF"))
