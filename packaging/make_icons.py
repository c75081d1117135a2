"""Draw the application icon in every size the platforms want, from the SVG.

    python packaging/make_icons.py OUT_DIR

Writes lacworkshop-<N>.png (16 to 512), lacworkshop.ico (Windows) and
lacworkshop.icns (macOS); Linux desktops take the PNGs and the SVG itself.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "lacworkshop.svg"


def render(renderer: QSvgRenderer, size: int, path: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    pngs = {}
    for size in SIZES:
        pngs[size] = out / f"lacworkshop-{size}.png"
        render(renderer, size, pngs[size])
    largest = Image.open(pngs[512])
    largest.save(out / "lacworkshop.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "lacworkshop.icns")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons"))
