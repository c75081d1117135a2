"""A signed payload's QR code, grown to read at 70 dpi, covers no printed word on any
built-in style, landscape or portrait, with three signatures and a 90-character name."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lacworkshop.formats.certificates.pdf import Design, PageContent, Signature, render_bytes
from lacworkshop.formats.pdf import qr
from tests.unit.certificates.test_layout_bounds import LONG, WORDS

PAYLOAD = "https://certificados.example.org/lacnet/verify.html#LW2." + "A" * 380 + "." + "B" * 86


def _qr_box(path: Path) -> tuple[float, float, float, float]:
    """The QR's box (x0, y0, x1, y1) from the top, read from the page's path operators."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    raw = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("latin-1")
    rects = [
        tuple(map(float, m)) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", raw)
    ]
    # The QR's modules are the many small squares; frames and bands are few and large.
    small = [r for r in rects if r[2] < 20 and r[3] < 20]
    x0 = min(r[0] for r in small)
    x1 = max(r[0] + r[2] for r in small)
    y0 = min(r[1] for r in small)
    y1 = max(r[1] + r[3] for r in small)
    return x0, height - y1, x1, height - y0


@pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None, reason="poppler or qpdf"
)
@pytest.mark.parametrize("style", ["classic", "modern", "bilingual"])
@pytest.mark.parametrize(
    ("size", "orientation"), [("A4", "landscape"), ("A4", "portrait"), ("Letter", "portrait")]
)
def test_the_grown_qr_covers_no_word(
    tmp_path: Path, style: str, size: str, orientation: str
) -> None:
    design = Design(
        style=style,
        page_size=size,
        orientation=orientation,
        signatures=(Signature("Ana Paz", "Chair"),) * 3,
    )
    path = tmp_path / "p.pdf"
    path.write_bytes(
        render_bytes(design, [PageContent(LONG, "7KQ2-M9XD-4HBR", PAYLOAD, (WORDS, WORDS))])
    )
    box = _qr_box(path)
    assert box[2] - box[0] >= qr.matrix_for(PAYLOAD).size * qr.MIN_MODULE_PT - 1
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for a, b, c, d, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    ):
        x0, y0, x1, y1 = float(a), float(b), float(c), float(d)
        overlaps = x0 < box[2] and x1 > box[0] and y0 < box[3] and y1 > box[1]
        assert not overlaps, (word, (x0, y0, x1, y1), box)
