"""Running the command line in this process, for the many small calls of these tests."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Outcome]]:
    """``cli(*args, input=...)`` on tmp_path/w.sqlite3: the entry point's code and output.

    The messages are English whatever the machine's locale (they follow LANG).
    """
    from lacworkshop.cli import main
    from lacworkshop.errors import set_message_language

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")

    db = tmp_path / "w.sqlite3"

    def _run(*args: str, input: str = "") -> Outcome:
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdin
        sys.stdin = io.StringIO(input)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(["--db", str(db), *args])
                except SystemExit as exc:  # argparse usage errors
                    code = int(exc.code or 0)
        finally:
            sys.stdin = old
        return Outcome(code, out.getvalue(), err.getvalue())

    yield _run
    set_message_language("en")


@pytest.fixture
def own_images(tmp_path: Path) -> tuple[Path, Path]:
    """An organisation logo and a signature scan of one's own (not the bundled samples)."""
    from PIL import Image, ImageDraw

    logo, signature = tmp_path / "logo.png", tmp_path / "firma.png"
    image = Image.new("RGB", (240, 120), "white")
    ImageDraw.Draw(image).ellipse((20, 10, 220, 110), outline="navy", width=8)
    image.save(logo)
    image = Image.new("RGB", (300, 90), "white")
    ImageDraw.Draw(image).line((10, 70, 90, 20, 160, 65, 290, 15), fill="black", width=4)
    image.save(signature)
    return logo, signature
