"""Every registered certificate style draws a page, and templates accept exactly those."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lacworkshop.errors import Invalid
from lacworkshop.formats.certificates.pdf import Design, PageContent, Wording, render_bytes
from lacworkshop.formats.certificates.styles import STYLE_NAMES, style_for
from lacworkshop.services.certificates.templates import get_template, save_template

NAME = "María de los Ángeles D'Alessandro"


@pytest.mark.parametrize("style", STYLE_NAMES)
def test_every_registered_style_prints_the_name(tmp_path: Path, style: str) -> None:
    words = Wording("es", "Certificado", "Se certifica que", "asistió al taller.")
    page = PageContent(NAME, "K7QM-2XFD-8", "payload", (words, words))
    pdf = tmp_path / f"{style}.pdf"
    pdf.write_bytes(render_bytes(Design(style=style), [page]))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert NAME in " ".join(text.split())
    assert style_for(style) is not style_for("no-such-style") or style == "classic"


def test_a_template_names_only_a_registered_style(demo_db) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    info = get_template(demo_db, "Classic")
    for style in STYLE_NAMES:
        save_template(
            demo_db,
            replace(
                info,
                builtin=False,
                id=None,
                name=f"Mine {style}",
                definition={**info.definition, "style": style},
            ),
        )
        assert get_template(demo_db, f"Mine {style}").style == style
    with pytest.raises(Invalid):
        save_template(
            demo_db,
            replace(
                info,
                builtin=False,
                id=None,
                name="Odd",
                definition={**info.definition, "style": "baroque"},
            ),
        )
