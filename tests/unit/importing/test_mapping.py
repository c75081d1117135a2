"""Header suggestions in four languages, name splitting, countries, remembered mappings."""

from __future__ import annotations

import pytest

from lacworkshop.services.errors import ValidationError
from lacworkshop.services.importing.fields import suggest_field, suggest_mapping
from lacworkshop.services.importing.mapping import (
    apply_overrides,
    check_mapping,
    initial_mapping,
    remember_mapping,
)
from lacworkshop.services.importing.values import (
    clean_text,
    country_code,
    role_from_text,
    split_full_name,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nombre(s)", "given_names"),
        ("Apellido(s)", "family_names"),
        ("Nome completo", "full_name"),
        ("Sobrenome", "family_names"),
        ("Prénom", "given_names"),
        ("Nom", "family_names"),
        ("Courriel", "email"),
        ("Correo", "email"),
        ("E-mail", "email"),
        ("Dirección de correo electrónico", "email"),
        ("País", "country"),
        ("Pays", "country"),
        ("Institución", "organisation"),
        ("Instituição", "organisation"),
        ("Organisation", "organisation"),
        ("Affiliation", "organisation"),
        ("Organización / Institución", "organisation"),
        ("Género", "gender"),
        ("Gênero", "gender"),
        ("Rol", "role"),
        ("Teléfono", "phone"),
        ("Marca temporal", None),
        ("¿Autoriza el uso de su imagen?", "consent"),
        ("Consentimento LGPD", "consent"),
        ("I consent to receive email", "consent"),
        ("J'autorise la publication de mon nom", "consent"),
    ],
)
def test_header_suggestions(header: str, field: str | None) -> None:
    assert suggest_field(header) == field


def test_full_name_is_not_suggested_beside_name_columns() -> None:
    assert suggest_mapping(["Nombre", "Apellido", "Nombre completo", "Correo", "Email"]) == [
        "given_names",
        "family_names",
        None,
        "email",
        None,
    ]


@pytest.mark.parametrize(
    ("full", "country", "given", "family"),
    [
        ("Marcela Novais", "BR", "Marcela", "Novais"),
        ("Thiago Leonel Alvarez Campos", "AR", "Thiago Leonel", "Alvarez Campos"),
        ("Adriana Castro Oyarzo", "CL", "Adriana", "Castro Oyarzo"),
        ("Arthur Miguel Melo", "BR", "Arthur Miguel", "Melo"),
        ("Francisco Javier Salinas", "MX", "Francisco Javier", "Salinas"),
        ("Carlos Eduardo da Conceição", "BR", "Carlos Eduardo", "da Conceição"),
        ("Erick da Cunha", "BR", "Erick", "da Cunha"),
        ("Juan de la Fuente", "ES", "Juan", "de la Fuente"),
        (
            "María de los Ángeles Guadalupe Esperanza Fernández de la Concepción y Rodríguez-Santibáñez",
            "PE",
            "María de los Ángeles Guadalupe Esperanza",
            "Fernández de la Concepción y Rodríguez-Santibáñez",
        ),
        ("José D'Alessandro O'Neill", "PE", "José", "D'Alessandro O'Neill"),
        ("  Joaquín    Núñez\t", "PE", "Joaquín", "Núñez"),
        ("+54 11 Gómez", "PE", "+54 11", "Gómez"),
        ("Madonna", None, "Madonna", ""),
    ],
)
def test_full_name_split(full: str, country: str | None, given: str, family: str) -> None:
    assert split_full_name(full, country) == (given, family)
    # Whatever the split, the name reads exactly as written (spaces normalised).
    assert f"{given} {family}".strip() == clean_text(full)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Brasil", "BR"),
        ("Brazil", "BR"),
        ("Brésil", "BR"),
        ("Perú", "PE"),
        ("Pérou", "PE"),
        ("México", "MX"),
        ("Haïti", "HT"),
        ("Estados Unidos", "US"),
        ("EEUU", "US"),
        ("Trinidad y Tobago", "TT"),
        ("República Dominicana", "DO"),
        ("  colombia ", "CO"),
        ("uy", "UY"),
        ("Narnia", None),
    ],
)
def test_countries_in_four_languages(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_roles_in_four_languages() -> None:
    assert role_from_text("participante").value == "attendee"
    assert role_from_text("Instructor").value == "trainer"
    assert role_from_text("formateur").value == "trainer"
    assert role_from_text("Organizadora").value == "organiser"
    assert role_from_text("alien") is None


def test_clean_text_trims_and_normalises() -> None:
    assert clean_text("  Joaquín \t Núñez\n") == "Joaquín Núñez"
    assert clean_text("Jose\u0301") == "José"  # decomposed accents composed


def test_mapping_is_remembered_per_header_set(db) -> None:  # type: ignore[no-untyped-def]
    headers = ["Nombre", "Apellido", "Correo", "Extra"]
    mapping, remembered = initial_mapping(db, headers)
    assert not remembered and mapping == ["given_names", "family_names", "email", None]
    remember_mapping(db, headers, ["given_names", "family_names", "email", "notes"])
    # Same headers in another case and without accents: the same set.
    again, remembered = initial_mapping(db, ["NOMBRE", "apellido", "correo", "extra"])
    assert remembered and again == ["given_names", "family_names", "email", "notes"]
    _other, remembered = initial_mapping(db, ["Nombre", "Apellido"])
    assert not remembered


def test_overrides_and_their_errors() -> None:
    headers = ["Nombre", "Apellido", "Correo"]
    mapping = apply_overrides(
        headers, [None, None, None], ["Nombre=given_names", "B=family_names", "3=email"], "x.csv"
    )
    assert mapping == ["given_names", "family_names", "email"]
    with pytest.raises(
        ValidationError, match=r"x\.csv has no column 'Mail'; columns: Nombre, Apellido, Correo"
    ):
        apply_overrides(headers, mapping, ["Mail=email"], "x.csv")
    with pytest.raises(ValidationError, match="unknown field 'correo'"):
        apply_overrides(headers, mapping, ["Correo=correo"], "x.csv")
    with pytest.raises(ValidationError, match="COLUMN=field"):
        apply_overrides(headers, mapping, ["Correo"], "x.csv")
    with pytest.raises(ValidationError, match="no column is mapped to a name"):
        check_mapping([None, None, "email"], "x.csv")


def test_two_family_name_columns_make_one_family_name(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.importing.helpers import preview_of, write_csv

    assert suggest_mapping(
        ["Primer nombre", "Segundo nombre", "Apellido paterno", "Apellido materno", "Correo"]
    ) == [
        "given_names",
        "given_names",
        "family_names",
        "family_names",
        "email",
    ]
    path = write_csv(
        tmp_path / "mx.csv",
        [
            ["Primer nombre", "Segundo nombre", "Apellido paterno", "Apellido materno", "Correo"],
            ["Julio", "César", "Núñez", "Alba", "jc@example.mx"],
            ["Rosa", "", "Muñoz", "", "rm@example.mx"],
        ],
    )
    preview = preview_of(db, path, workshop_id)
    assert [(c.values["given_names"], c.values["family_names"]) for c in preview.candidates] == [
        ("Julio César", "Núñez Alba"),
        ("Rosa", "Muñoz"),
    ]


def test_another_name_column_is_not_joined_by_guess() -> None:
    assert suggest_mapping(["Nombre", "Apellido", "Nombre en el gafete"]) == [
        "given_names",
        "family_names",
        None,
    ]
