"""Property: when the values of a file are unambiguous, the columns are found whatever
their order and whatever their headers say, nonsense included."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from lacworkshop.formats.reading.table_model import RawRow, RawTable
from lacworkshop.services.import_plan import plan_columns
from lacworkshop.services.importing.mapping import layout_for

GIVEN = ["María José", "João", "Anne-Marie", "Siobhán", "Íñigo", "Chantal", "Kwame", "Nguyễn"]
FAMILY = ["Pérez Núñez", "D'Ávila", "O'Connor", "de la Fuente", "Ñáñez Ibáñez", "Conceição Souza"]
COUNTRIES = [
    "Perú",
    "Brasil",
    "Haïti",
    "México",
    "Trinidad y Tobago",
    "Brésil",
    "Colombia",
    "BR",
    "UY",
    "Costa Rica",
    "República Dominicana",
    "Jamaica",
]
PHONES = ["+598 2{:03d} {:04d}", "(11) 9{:03d}-{:04d}", "+52 55 1{:03d} {:04d}"]
REAL_HEADERS = {
    "full_name": "Nombre completo",
    "email": "Correo",
    "country": "País",
    "phone": "Teléfono",
    "when": "Fecha de registro",
    "event": "Evento",
    "blank": "Comentarios",
}
# Columns that must stay unmapped: a date, one value on every row, nothing at all.
UNMAPPED = ("when", "event", "blank")

people = st.lists(
    st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)),
    min_size=3,
    max_size=12,
    unique=True,
)
nonsense = st.text(alphabet="qxzkwjv", min_size=3, max_size=9)


def _columns(names: list[tuple[str, str]], countries: list[str], phone: str) -> dict[str, list]:
    n = len(names)
    return {
        "full_name": [f"{g} {f}" for g, f in names],
        "email": [f"p{i}.inscrita@example.org" for i in range(n)],
        "country": countries[:n],
        "phone": [phone.format(i, 1000 + 7 * i) for i in range(n)],
        "when": [dt.datetime(2026, 10, 1, 9, i) for i in range(n)],
        "event": ["LACNIC46"] * n,
        "blank": [""] * n,
    }


@settings(max_examples=60, deadline=None)
@given(
    names=people,
    countries=st.lists(st.sampled_from(COUNTRIES), min_size=12, max_size=12),
    phone=st.sampled_from(PHONES),
    order=st.permutations(list(REAL_HEADERS)),
    headers=st.one_of(st.none(), st.lists(nonsense, min_size=7, max_size=7, unique=True)),
)
def test_unambiguous_values_are_mapped_in_any_order_under_any_header(
    names, countries, phone, order, headers
) -> None:  # type: ignore[no-untyped-def]
    columns = _columns(names, countries, phone)
    titles = [REAL_HEADERS[k] for k in order] if headers is None else headers
    rows = [RawRow(1, tuple(titles))]
    for r in range(len(names)):
        rows.append(RawRow(r + 2, tuple(columns[k][r] for k in order)))
    table = RawTable("inscritos.xlsx", "Hoja1", ["Hoja1"], rows, "xlsx")
    layout = layout_for(table, 0)
    plan = plan_columns(None, table, layout)
    got = dict(zip(order, plan.mapping, strict=True))
    assert got == {
        "full_name": "full_name",
        "email": "email",
        "country": "country",
        "phone": "phone",
        **{k: None for k in UNMAPPED},
    }
