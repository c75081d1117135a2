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


def licence_files() -> list[Path]:
    """The licence texts that travel with this copy: the project's, the libraries', the fonts'.

    A packaged app carries a ``licences`` folder (one folder per library); a checkout
    has the project's ``LICENSE`` at its root. The fonts' licences sit beside the fonts.
    """
    base = resource_dir()
    found: list[Path] = []
    for folder in (base.parent.parent / "licences", base.parent / "licences"):
        if folder.is_dir():
            found.extend(sorted(p for p in folder.rglob("*") if p.is_file()))
            break
    else:
        project = base.parent / "LICENSE"
        if project.is_file():
            found.append(project)
    fonts = base / "fonts"
    if fonts.is_dir():
        found.extend(sorted(p for p in fonts.iterdir() if "licen" in p.name.lower()))
    return found
