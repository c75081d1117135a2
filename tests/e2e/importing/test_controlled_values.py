"""The shared registration files imported into a real (non-demo) workshop: one gender
vocabulary, every Brazilian in Portuguese, suspicious names warned about."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

FILES = (
    "inscricoes.xlsx",
    "inscriptos_excel.csv",
    "lista_antigua.xls",
    "participantes.ods",
    "respuestas_formulario.csv",
)


def _real_workshop(path: Path, languages: str) -> None:
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
    from lacworkshop.storage import open_database

    db = open_database(path)
    try:
        create_workshop(
            db,
            WorkshopData(
                code="RDLAC-2025",
                title="Red LAC 2025",
                start_date=date(2025, 3, 10),
                end_date=date(2025, 3, 14),
                languages=languages,
                tracks=("Redes", "Seguridad"),
            ),
        )
    finally:
        db.close()


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from tests.conftest import REGISTRATIONS as shared_data

    folder = tmp_path_factory.mktemp("real")
    db = folder / "real.sqlite3"
    _real_workshop(db, "es,pt")
    outputs = []
    env = dict(os.environ)
    env.pop("LACWORKSHOP_DB", None)
    for name in FILES:
        proc = subprocess.run(
            [sys.executable, "-m", "lacworkshop", "--db", str(db), "import",
             str(shared_data / name), "--workshop", "RDLAC-2025", "--track", "Redes"],
            capture_output=True, text=True, env=env, cwd=folder, timeout=600,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    return db, outputs


@pytest.mark.slow
def test_one_gender_vocabulary_in_spanish_statistics(imported, run_cli) -> None:  # type: ignore[no-untyped-def]
    db, _ = imported
    con = sqlite3.connect(db)
    stored = {g for (g,) in con.execute("SELECT DISTINCT gender FROM person")}
    con.close()
    assert stored <= {None, "female", "male", "non_binary", "undisclosed", "self_described"}
    assert {"female", "male"} <= stored
    out = db.parent / "stats.xlsx"
    run_cli("export", "stats", "--workshop", "RDLAC-2025", "-o", str(out), db=db, check=True)
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Por género").to_python()
    labels = [row[0] for row in sheet[1:] if row and row[0]]
    assert len(labels) == len(set(labels)), labels  # one row per gender
    assert {"Femenino", "Masculino"} <= set(labels)
    assert not {"female", "male", "F", "M", "Mujer", "Hombre"} & set(labels)
    known = {"Femenino", "Masculino", "No binario", "Prefiere no decirlo", "Autodescrito"}
    assert set(labels) - known <= {"(sin dato)"}


@pytest.mark.slow
def test_every_brazilian_gets_portuguese(imported) -> None:  # type: ignore[no-untyped-def]
    db, _ = imported
    con = sqlite3.connect(db)
    rows = con.execute("SELECT country, language FROM person").fetchall()
    con.close()
    brazilians = [lang for country, lang in rows if country == "BR"]
    assert brazilians and set(brazilians) == {"pt"}
    spanish = [lang for country, lang in rows if country in ("AR", "MX", "CO", "CL", "PE")]
    assert spanish and set(spanish) == {"es"}
    assert all(lang for _country, lang in rows)  # nobody left without a language


@pytest.mark.slow
def test_suspicious_names_are_warned_and_kept_as_text(imported) -> None:  # type: ignore[no-untyped-def]
    db, outputs = imported
    forms = outputs[FILES.index("respuestas_formulario.csv")]
    assert "looks like a spreadsheet formula" in forms and "=HYPERLINK(" in forms
    assert "'@admin' looks like a spreadsheet formula" in forms
    assert "'Ana <b>María</b>' holds markup" in forms
    counted = [line for line in forms.splitlines() if line.endswith(" with warnings")]
    assert counted and int(counted[0].split()[0]) >= 4
    con = sqlite3.connect(db)
    names = {g for (g,) in con.execute("SELECT given_names FROM person")}
    con.close()
    assert {"@admin", "Ana <b>María</b>"} <= names
    assert any(n.startswith("=HYPERLINK(") for n in names)


def test_unknown_gender_is_listed_and_kept_self_described(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "real.sqlite3"
    _real_workshop(db, "es")
    src = tmp_path / "forms.csv"
    src.write_text(
        "Nombre,Apellido,Correo,País,Género\n"
        "Ana,Pérez,ana@example.org,Haití,Fem.\n"
        "Rui,Souza,rui@example.org,Brasil,Homem\n"
        "Kai,Lee,kai@example.org,Jamaica,Agénero\n"
        "Lou,Roy,lou@example.org,,Non-binaire\n"
        "Zoé,Paz,zoe@example.org,Uruguay,Prefiro não dizer\n",
        encoding="utf-8",
    )
    proc = run_cli(
        "import", str(src), "--workshop", "RDLAC-2025", "--track", "Redes", db=db, check=True
    )
    assert "gender 'Agénero' is not one of the known values; kept as self-described" in proc.stdout
    assert "1 with warnings" in proc.stdout
    con = sqlite3.connect(db)
    rows = dict(
        (g, (gender, own, lang))
        for g, gender, own, lang in con.execute(
            "SELECT given_names, gender, gender_text, language FROM person"
        )
    )
    con.close()
    assert rows == {
        "Ana": ("female", None, "fr"),
        "Rui": ("male", None, "pt"),
        "Kai": ("self_described", "Agénero", "en"),
        "Lou": ("non_binary", None, "es"),  # no country: the workshop's first language
        "Zoé": ("undisclosed", None, "es"),
    }


@pytest.mark.slow
def test_each_brazilian_gets_a_portuguese_certificate(imported, run_cli) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.organisation import set_organisation_logo
    from lacworkshop.storage import open_database
    from tests.e2e.certificates.test_sample_logo_refused import _png

    db, _ = imported
    con = sqlite3.connect(db)
    # Everyone attended (the organisers' override): this test is about the language.
    con.execute("UPDATE participation SET eligibility_override = 1, override_reason = 'ok'")
    con.commit()
    con.close()
    database = open_database(db)
    try:
        set_organisation_logo(database, _png("navy"))
        add_signatory(database, None, "Rosa Quispe Mamani", "Directora", "", _png("black"))
    finally:
        database.close()
    out = db.parent / "certs.pdf"
    run_cli("certificates", "issue", "--workshop", "RDLAC-2025", "-o", str(out), db=db,
            check=True)  # fmt: skip
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT p.country, c.language FROM certificate c"
        " JOIN participation pa ON pa.id = c.participation_id"
        " JOIN person p ON p.id = pa.person_id"
    ).fetchall()
    con.close()
    brazilians = {lang for country, lang in rows if country == "BR"}
    assert brazilians == {"pt"}
    assert {lang for country, lang in rows if country in ("AR", "MX", "CL")} == {"es"}
