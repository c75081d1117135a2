"""The drawing pieces the three certificate styles share."""

from __future__ import annotations

from typing import Any

from lacworkshop.formats.certificates import drawing as draw
from lacworkshop.formats.pdf.fonts import register_family
from lacworkshop.formats.pdf.text_fit import LEADING, width


class _Canvas:
    """Records what a style asks the canvas to draw."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.font: tuple[str, float] = ("", 0.0)

    def setFont(self, face: str, size: float) -> None:
        self.font = (face, size)

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        self.calls.append(("centre", x, y, text, self.font))

    def drawString(self, x: float, y: float, text: str) -> None:
        self.calls.append(("left", x, y, text, self.font))


def test_fitted_size_shrinks_to_the_width_but_not_below_the_minimum() -> None:
    face = register_family("DejaVu Sans").regular
    title = "Certificado de participación en el Taller de Tecnologías de Internet"
    size = draw.fitted_size(title, face, 28.0, 10, 500)
    assert width(title, face, size) <= 500 < width(title, face, size + 0.5)
    assert draw.fitted_size(title, face, 28.0, 20, 500) == 20
    assert draw.fitted_size("Corto", face, 28.0, 10, 500) == 28.0
    spaced = draw.fitted_size(title, face, 28.0, 6, 500, char_space=2.5, step=0.25)
    assert spaced < size and width(title, face, spaced, 2.5) <= 500


def test_text_lines_go_down_by_the_leading_and_return_the_last_baseline() -> None:
    c = _Canvas()
    last = draw.text_lines(c, ["Uno", "Dos", "Tres"], 100, 500, "F", 10)  # type: ignore[arg-type]
    assert [call[2] for call in c.calls] == [490, 490 - 10 * LEADING, 490 - 20 * LEADING]
    assert last == 490 - 20 * LEADING
    assert {call[0] for call in c.calls} == {"centre"}
    c = _Canvas()
    draw.text_lines(c, ["Uno"], 60, 500, "F", 10, "left")  # type: ignore[arg-type]
    assert c.calls == [("left", 60, 490, "Uno", ("F", 10))]


def test_detail_lines_leave_no_gap_for_an_empty_line() -> None:
    c = _Canvas()
    draw.detail_lines(c, ("", "Asunción, 16 de octubre"), 50, 200, "I", 10.5, 15)  # type: ignore[arg-type]
    assert c.calls == [("centre", 50, 200, "Asunción, 16 de octubre", ("I", 10.5))]
    c = _Canvas()
    draw.detail_lines(c, ("Track: BGP", "São Paulo"), 50, 200, "I", 10, 14, "left")  # type: ignore[arg-type]
    assert [(k, y, t) for k, _x, y, t, _f in c.calls] == [
        ("left", 200, "Track: BGP"),
        ("left", 186, "São Paulo"),
    ]


def test_colour_falls_back_on_a_bad_value() -> None:
    assert draw.colour("#1F3A5F").hexval() == "0x1f3a5f"
    assert draw.colour("not a colour").hexval() == "0x333333"
