"""Printed registers and lists, as LibreOffice prints them: names wrap inside their cells,
nothing is cut, and the print stays at a readable size whatever one long name does."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

LONG_GIVEN = "Maximiliano Alejandro de la Santísima Trinidad"
LONG_FAMILY = "Fernández-Castañeda y Villalobos Ñañez Ücün"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
    ),
]


def _to_pdf(path: Path, tmp_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "printed"
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    return out / path.with_suffix(".pdf").name


def _word_heights(pdf: Path) -> list[float]:
    """The height of every word on the pages: its printed size, near enough."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)
    ]


@pytest.fixture
def long_named(db):  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation, ParticipationStatus, Person, Role
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    populate(db, people=60, workshops=3)
    wid = workshop_id_for_code(db, "WALC2026")
    with db.session() as session:
        person = Person(given_names=LONG_GIVEN, family_names=LONG_FAMILY, language="es")
        session.add(person)
        session.flush()
        session.add(
            Participation(
                workshop_id=wid,
                person_id=person.id,
                role=Role.ATTENDEE,
                status=ParticipationStatus.CONFIRMED,
            )
        )
    return db, wid


def test_the_register_prints_long_names_whole_at_a_readable_size(
    long_named, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.attendance.register import export_register

    db, wid = long_named
    xlsx = tmp_path / "register.xlsx"
    export_register(db, wid, xlsx)
    pdf = _to_pdf(xlsx, tmp_path)
    text = re.sub(
        r"\s+",
        " ",
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    for word in (*LONG_GIVEN.split(), *LONG_FAMILY.split()):
        assert word in text, word
    heights = _word_heights(pdf)
    assert heights and sorted(heights)[len(heights) // 2] >= 6.0


def test_a_long_name_does_not_shrink_the_printed_people_list(long_named, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.writing.xlsx_file import Column, Sheet, write_xlsx

    name = LONG_GIVEN + " " + LONG_FAMILY + " " + LONG_GIVEN
    rows = [[f"Persona {i}", "Apellido", f"p{i}@example.org", "NIC.br", "BR"] for i in range(30)]
    rows.append([name, LONG_FAMILY, "larga@example.org", "Universidad Nacional", "AR"])
    columns = [Column(h) for h in ("Nombres", "Apellidos", "Correo", "Organización", "País")]
    xlsx = tmp_path / "people.xlsx"
    write_xlsx(xlsx, [Sheet("Personas", columns, rows)])
    pdf = _to_pdf(xlsx, tmp_path)
    text = re.sub(
        r"\s+",
        " ",
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    for word in name.split():
        assert word in text, word
    heights = _word_heights(pdf)
    # 11 pt cells printed at 70 % or more: words stay at least about 7 pt tall.
    assert sorted(heights)[len(heights) // 2] >= 7.0, sorted(heights)[len(heights) // 2]
