"""Every style, page size and orientation keeps a 90-character name inside its box."""

from __future__ import annotations

import itertools
import re
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

LONG = "Maximiliano Alejandro de la Santísima Trinidad Fernández-Castañeda y Villalobos Ñañez Ücün"
WORDS = Wording(
    "es",
    "Certificado de aprobación",
    "Se certifica que",
    "completó «Workshop on Internet Technologies for Latin America and the Caribbean», "
    "realizado en Asunción (Paraguay) del 12 al 16 de octubre de 2026, con 37,5 horas.",
    "Track: Routing and BGP",
    "Asunción, 16 de octubre de 2026",
    "Código de verificación",
)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
@pytest.mark.parametrize("style", ["classic", "modern", "bilingual"])
@pytest.mark.parametrize(("size", "orientation"), [("A4", "landscape"), ("Letter", "portrait")])
def test_long_name_inside_page_and_between_lead_and_body(
    style: str, size: str, orientation: str, tmp_path: Path
) -> None:
    assert len(LONG) == 90
    design = Design(
        style=style,
        page_size=size,
        orientation=orientation,
        signatures=(Signature("Ana Paz", "Chair"),) * 3,
    )
    path = tmp_path / "p.pdf"
    path.write_bytes(
        render_bytes(design, [PageContent(LONG, "7KQ2-M9XD-4HBR", "LACW1|x", (WORDS, WORDS))])
    )
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert page is not None
    width, height = float(page.group(1)), float(page.group(2))
    words = [
        (float(a), float(b), float(c), float(d), w)
        for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            html,
        )
    ]
    for x0, y0, x1, y1, w in words:
        assert x0 > 0 and x1 < width and y0 > 0 and y1 < height, w
    lead = max(w[3] for w in words if w[4] == "certifica")
    body = min(w[1] for w in words if w[4] == "completó")
    name = [w for w in words if w[4] in {"Maximiliano", "Ücün", "Santísima", "Fernández-Castañeda"}]
    assert len(name) == 4
    for x0, y0, x1, y1, _w in name:
        assert lead < y0 and y1 < body
        assert x0 > 20 and x1 < width - 20
    signatures = [w for w in words if w[4] == "Paz"]
    assert len(signatures) == 3 and all(s[1] > body for s in signatures)
    titles = sorted(w for w in words if w[4] == "Chair")
    assert all(a[2] < b[0] for a, b in itertools.pairwise(titles))
