"""`make package` builds a one-folder app that works with nothing of this machine around it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "lacworkshop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run(["make", "package"], cwd=REPO, check=True, capture_output=True, timeout=1200)
    return BUNDLE


def _run(bundle: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # An empty environment: no PATH, no Python, a HOME of its own.
    return subprocess.run(
        [str(bundle / "lacworkshop"), *args],
        env={"HOME": str(home), **env},
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bundle_carries_its_resources_and_licences(bundle: Path) -> None:
    internal = next(p for p in (bundle / "_internal", bundle) if (p / "lacworkshop").is_dir())
    resources = internal / "lacworkshop" / "resources"
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "fonts" / "DejaVu-LICENSE.txt").is_file()
    assert sorted(p.name for p in (resources / "translations").glob("*.qm")) == [
        "lacworkshop_es.qm",
        "lacworkshop_fr.qm",
        "lacworkshop_pt.qm",
    ]
    assert any((internal / "lacworkshop" / "storage" / "migrations" / "versions").glob("0001*"))
    licence = (internal / "licences" / "lacworkshop" / "LICENSE").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    assert any((internal / "licences").glob("PySide6*/*"))
    # Qt modules the app never uses are left out.
    names = {p.name for p in internal.rglob("*")}
    assert not any("WebEngine" in n or "Qt6Quick3D" in n or "Qt63D" in n for n in names)
    assert (bundle / "lacworkshop-gui").is_file()


def test_bundle_runs_with_an_empty_environment(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    version = _run(bundle, home, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("lacworkshop ")

    db = home / "event.sqlite3"
    demo = _run(bundle, home, "--db", str(db), "demo", "--people", "12", "--workshops", "1")
    assert demo.returncode == 0, demo.stderr
    listing = _run(bundle, home, "--db", str(db), "workshops")
    assert listing.returncode == 0, listing.stderr
    code = listing.stdout.splitlines()[1].split("\t")[0]

    pdf = home / "certificates.pdf"
    issued = _run(bundle, home, "--db", str(db), "certificates", "--workshop", code, "-o", str(pdf))
    assert issued.returncode == 0, issued.stdout + issued.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "DejaVu" in fonts.stdout

    shot = home / "window.png"
    gui = _run(
        bundle,
        home,
        "--db",
        str(db),
        "gui",
        QT_QPA_PLATFORM="offscreen",
        LACWORKSHOP_SMOKE_SCREENSHOT=str(shot),
    )
    assert gui.returncode == 0, gui.stderr
    with Image.open(shot) as image:
        # At least the main window's least size (it fits itself to the screen it opens on).
        assert image.width >= 760 and image.height >= 480
        # A painted window, not a blank rectangle.
        colours = image.convert("RGB").resize((64, 40)).getcolors(64 * 40) or []
        assert len(colours) > 20
    # User data stayed outside the bundle.
    assert not any(bundle.rglob("*.sqlite3"))


def test_bundle_size_is_stated_in_the_readme(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    readme = (REPO / "README.md").read_text("utf-8")
    stated = [int(w) for w in readme.split("the bundle is about ")[1].split()[0:1]]
    assert stated and abs(stated[0] - size_mb) <= max(40, size_mb * 0.25), size_mb
