"""An installed (non-editable) copy finds its fonts, icons and migrations."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_ships_resources_and_works_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("lacworkshop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "lacworkshop/resources/fonts/DejaVuSans.ttf" in names
    assert "lacworkshop/resources/fonts/DejaVu-LICENSE.txt" in names
    assert "lacworkshop/resources/icons/lacworkshop.svg" in names
    assert any(n.startswith("lacworkshop/storage/migrations/versions/0001") for n in names)

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "import lacworkshop, sys\n"
        "from lacworkshop.resource_files import resource_dir, resource_path\n"
        "from lacworkshop.formats.pdf.fonts import register_family, missing_glyphs\n"
        "from lacworkshop.storage import open_database\n"
        "from pathlib import Path\n"
        "print(lacworkshop.__file__)\n"
        "print(resource_dir())\n"
        "assert resource_path('fonts', 'DejaVuSerif.ttf').is_file()\n"
        "assert missing_glyphs('Nguyễn', register_family().regular) == []\n"
        "db = open_database(Path(sys.argv[1])); assert db.integrity_ok(); db.close()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "w.sqlite3")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0].startswith(str(target))
    assert out[1] == str(target / "lacworkshop" / "resources")
