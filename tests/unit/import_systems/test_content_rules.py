"""Rules of the column plan on small tables, no database: odd names stay names, empty and
constant columns fill no identifying field, a lone column of whole names is split."""

from __future__ import annotations

from lacworkshop.formats.reading.table_model import RawRow, RawTable
from lacworkshop.services.import_plan import plan_columns
from lacworkshop.services.importing.mapping import layout_for


def _plan(rows: list[list[object]]) -> dict[str, str | None]:
    table = RawTable(
        "x.csv", "x", ["x"], [RawRow(i + 1, tuple(r)) for i, r in enumerate(rows)], "csv"
    )
    layout = layout_for(table, 0)
    plan = plan_columns(None, table, layout)
    return dict(zip(layout.headers, plan.mapping, strict=True))


def test_odd_names_are_still_names() -> None:
    got = _plan(
        [
            ["Nombre", "Apellidos", "Correo"],
            ["María (Majo)", "Fernández Núñez 2º", "majo@example.org"],
            ["Dr. Luis", "Quispe 3", "lq@example.org"],
        ]
    )
    assert got == {"Nombre": "given_names", "Apellidos": "family_names", "Correo": "email"}


def test_constant_and_empty_columns_fill_no_identifying_field() -> None:
    got = _plan(
        [
            ["Nombre", "Apellido", "Email", "Teléfono", "País", "Consentimiento de datos"],
            ["Ana", "Pérez", "anonymous", "", "Perú", "Sí"],
            ["Inés", "Ocampo", "anonymous", "", "Perú", "Sí"],
            ["Tomás", "Quiñones", "anonymous", "", "Perú", "Sí"],
        ]
    )
    assert got["Email"] is None and got["Teléfono"] is None
    # One country for everyone, everyone's consent: true of each person, so kept.
    assert got["País"] == "country" and got["Consentimiento de datos"] == "consent"


def test_full_name_used_when_the_split_columns_are_empty() -> None:
    got = _plan(
        [
            ["Nombre", "Apellido", "Nombre completo", "Correo"],
            ["", "", "Ana Lucía Gómez Herrera", "ana@example.org"],
            ["", "", "Jean-Baptiste Théodore", "jbt@example.org"],
        ]
    )
    assert got["Nombre"] is None and got["Apellido"] is None
    assert got["Nombre completo"] == "full_name"


def test_a_lone_nome_of_whole_names_is_a_full_name() -> None:
    got = _plan(
        [
            ["Nome", "E-mail"],
            ["João Pedro Conceição Souza", "jp@example.org"],
            ["Ana Lúcia da Conceição", "al@example.org"],
        ]
    )
    assert got["Nome"] == "full_name"
