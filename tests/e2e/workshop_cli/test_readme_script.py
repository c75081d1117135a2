"""The README's "A workshop from nothing" script runs as written (on test files)."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO


def _script() -> list[str]:
    readme = (REPO / "README.md").read_text("utf-8")
    block = readme.split("### A workshop from nothing", 1)[1].split("```sh\n", 1)[1]
    block = block.split("```", 1)[0].replace("\\\n", " ")
    return [line.strip() for line in block.splitlines() if line.strip() and line[0] != "#"]


@pytest.mark.slow
def test_readme_script_builds_the_workshop(
    cli, tmp_path: Path, shared_data: Path, own_images
) -> None:  # type: ignore[no-untyped-def]
    logo, signature = own_images
    files = {
        "inscriptos.xlsx": str(shared_data / "inscricoes.xlsx"),
        "logo.png": str(logo),
        "firma.png": str(signature),
    }
    lines = _script()
    assert lines[0].startswith("db=")
    routing: set[str] = set()
    for line in lines[1:]:
        command, _, redirect = line.partition(" < ")
        words = shlex.split(command)
        assert words[:2] == ["lacworkshop", "$db"], line
        args = [files.get(w, w) for w in words[2:]]
        args = [str(tmp_path / a) if re.fullmatch(r"[\w.-]+\.(pdf|ics)", a) else a for a in args]
        text = ""
        if redirect:
            # The ids the README names are the Routing sessions and the opening plenary.
            assert set(args[args.index("--session") + 1 :]) == routing
            # presentes.txt: the Routing people, present.
            emails = [
                row.split("\t")[4]
                for row in cli("people", "--workshop", "WALC2027").stdout.splitlines()[1:]
                if row.split("\t")[7:9] == ["attendee", "Routing"]
            ]
            text = "".join(f"{e} P\n" for e in emails)
        last = cli(*args, input=text)
        assert last.code == 0, (line, last.stderr)
        if args[:2] == ["sessions", "list"]:
            listed = [row.split("\t") for row in last.stdout.splitlines()[1:]]
            routing = {r[0] for r in listed if r[5] in ("Routing", "(all tracks)")}
    assert "89 issued" in last.stdout  # everyone imported into Routing, present throughout
    assert (tmp_path / "certificados.pdf").is_file()
    assert (tmp_path / "walc2027.ics").is_file()
    pages = subprocess.run(
        ["pdftotext", str(tmp_path / "firmas.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Apertura" in pages and "Ana D'Souza" in pages
