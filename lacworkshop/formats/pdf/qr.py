"""QR codes: encoded by zxing-cpp, drawn on a reportlab canvas as merged rectangles.

reportlab's own QR widget encodes in pure Python (about 20 ms a code); zxing-cpp
takes a fraction of a millisecond. The modules of each row are merged into runs
and runs spanning several identical rows into one rectangle, so a code is a few
hundred PDF operators drawn as one filled path: sharp at any zoom, and smaller
than an image.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import zxingcpp

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# zxing draws dark modules as 0 and light as 255; rows keep 1 for dark.
_DARK = bytes(1 if v < 128 else 0 for v in range(256))
_RUN = re.compile(rb"\x01+")


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side, without the quiet zone
    rows: tuple[bytes, ...]  # per row, 1 for a dark module, 0 for a light one

    def dark(self, x: int, y: int) -> bool:
        return bool(self.rows[y][x])


def encode(text: str, ec_level: str = "M") -> QrMatrix:
    """The module matrix of a QR code holding *text* (UTF-8)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    view = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    height, width = view.shape  # type: ignore[misc]
    data = view.tobytes()
    rows = tuple(data[y * width : (y + 1) * width].translate(_DARK) for y in range(height))
    return QrMatrix(width, rows)


def rectangles(matrix: QrMatrix) -> list[tuple[int, int, int, int]]:
    """Dark areas as (x, y, width, height) in modules, y downwards from the top row."""
    runs_by_row = [
        [(m.start(), m.end() - m.start()) for m in _RUN.finditer(row)] for row in matrix.rows
    ]
    # Merge a run with the identical run in the rows below it.
    rects: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (x, w) -> first row
    for y, runs in enumerate([*runs_by_row, []]):
        current = set(runs)
        for key in list(open_runs):
            if key not in current:
                top = open_runs.pop(key)
                rects.append((key[0], top, key[1], y - top))
        for key in runs:
            open_runs.setdefault(key, y)
    return rects


def pdf_operators(matrix: QrMatrix, x: float, y: float, size: float) -> str:
    """PDF path operators filling the code's dark modules in a *size* square at (x, y)."""
    module = size / matrix.size
    top = y + size
    parts = [
        f"{x + rx * module:.2f} {top - (ry + rh) * module:.2f} {rw * module:.2f} {rh * module:.2f} re"
        for rx, ry, rw, rh in rectangles(matrix)
    ]
    parts.append("f")
    return "\n".join(parts)


# A module of 1.6 pt is 1.55 px on a page scanned or rendered at 70 dpi: still read.
MIN_MODULE_PT = 1.6
# Above this a text is a signed payload: lower error correction keeps its modules larger,
# which helps a coarse scan or a phone photo more than redundancy does.
LONG_TEXT = 200


def matrix_for(text: str) -> QrMatrix:
    """The matrix a printed page uses for *text*: level M, or L for a long signed payload."""
    return encode(text, "L" if len(text) > LONG_TEXT else "M")


def readable_size(matrix: QrMatrix, size: float, most: float) -> float:
    """*size* grown so each module is at least MIN_MODULE_PT, but never beyond *most*."""
    return min(max(size, matrix.size * MIN_MODULE_PT), max(size, most))


def draw(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    colour: tuple[float, float, float] = (0, 0, 0),
) -> None:
    """Draw a QR code holding *text* with its lower-left corner at (x, y), *size* points wide.

    The caller leaves a light quiet zone of four modules around it.
    """
    draw_matrix(canvas, encode(text), x, y, size, colour)


def draw_matrix(
    canvas: Canvas,
    matrix: QrMatrix,
    x: float,
    y: float,
    size: float,
    colour: tuple[float, float, float] = (0, 0, 0),
) -> None:
    """Draw an encoded *matrix* with its lower-left corner at (x, y), *size* points wide."""
    canvas.saveState()
    canvas.setFillColorRGB(*colour)
    canvas.addLiteral(pdf_operators(matrix, x, y, size))
    canvas.restoreState()
