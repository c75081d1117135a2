"""Where the bundled resources (fonts, icons, templates, translations) are."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def resource_dir() -> Path:
    """``lacworkshop/resources`` in an installed wheel, ``resources/`` in a checkout."""
    for candidate in (_HERE / "resources", _HERE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("lacworkshop's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder, e.g. ``resource_path("fonts", "X.ttf")``."""
    return resource_dir().joinpath(*parts)
