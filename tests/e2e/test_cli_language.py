"""The command line's own messages follow the locale; listings keep English headers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _cli(db: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("LACWORKSHOP_DB", None)
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(db), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_messages_in_spanish_portuguese_and_french(tmp_path: Path) -> None:
    db = tmp_path / "idiomas.sqlite3"
    demo = _cli(db, "demo", "--people", "12", "--workshops", "1", lang="es_AR.UTF-8")
    assert demo.returncode == 0
    assert demo.stdout.startswith("Demo agregada: talleres 1, personas 12,")

    verify = _cli(db, "verify", "ABCD", lang="pt_BR.UTF-8")
    assert verify.returncode == 1
    assert verify.stdout.strip() == (
        "'ABCD' não é um código de certificado: um código de certificado tem 12 caracteres; "
        "este tem 4."
    )

    out = tmp_path / "personnes.csv"
    export = _cli(
        db, "export", "people", "--workshop", "WALC2026", "-o", str(out), lang="fr_FR.UTF-8"
    )
    assert export.returncode == 0, export.stderr
    assert export.stdout.strip() == f"personnes écrites dans {out} : 12"

    listing = _cli(db, "workshops", lang="fr_FR.UTF-8")
    assert listing.stdout.splitlines()[0].startswith("code\t")
