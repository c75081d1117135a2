"""Consent: headers and answers in es/pt/en/fr, imported into the person's record, listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from lacworkshop.services.importing.fields import suggest_mapping
from lacworkshop.services.privacy.consent import (
    consent_from_columns,
    is_consent_header,
    parse_answer,
    scope_of_header,
)
from tests.unit.importing.helpers import preview_of, write_csv

NOW = dt.datetime(2026, 3, 1, 9, 0)


@pytest.mark.parametrize(
    ("header", "scope"),
    [
        ("Consentimiento", "data"),
        ("Consentimento LGPD", "data"),
        ("Consent", "data"),
        ("Consentement RGPD", "data"),
        ("¿Autoriza el uso de su imagen?", "photos"),
        ("Autorizo o uso da minha imagem", "photos"),
        ("Autorizo recibir correos del taller", "email"),
        ("I agree to receive email", "email"),
        ("J'autorise la publication de mon nom dans la liste", "listing"),
        ("Acepto figurar en el listado público de participantes", "listing"),
    ],
)
def test_consent_headers_and_their_scope(header: str, scope: str) -> None:
    assert is_consent_header(header)
    assert scope_of_header(header) == scope


@pytest.mark.parametrize("header", ["Correo", "Nombre", "Apellido", "Marca temporal", "País"])
def test_ordinary_headers_are_not_consent(header: str) -> None:
    assert not is_consent_header(header)


def test_a_consent_question_about_email_is_consent_not_the_email_column() -> None:
    assert suggest_mapping(["Correo electrónico", "Autorizo recibir correos"]) == [
        "email",
        "consent",
    ]


@pytest.mark.parametrize(
    ("value", "agreed"),
    [
        ("Sí", True),
        ("si", True),
        ("Sim", True),
        ("Oui", True),
        ("yes", True),
        ("TRUE", True),
        ("x", True),
        ("X", True),
        ("No", False),
        ("Não", False),
        ("non", False),
        ("false", False),
        ("tal vez", None),
    ],
)
def test_answers_in_four_languages(value: str, agreed: bool | None) -> None:
    assert parse_answer("Consentimiento", value).agreed is agreed


def test_a_date_is_consent_given_that_day() -> None:
    answer = parse_answer("Consentimiento", "15/02/2026")
    assert answer.agreed and answer.at == dt.datetime(2026, 2, 15)
    assert parse_answer("Consent", "2026-02-14 10:30:00").at == dt.datetime(2026, 2, 14, 10, 30)


def test_several_columns_make_one_record() -> None:
    consent = consent_from_columns(
        [("Autorizo el uso de mi imagen", "Sí"), ("Autorizo recibir correos", "12/02/2026")], NOW
    )
    assert consent.scopes == ("email", "photos")
    assert consent.at == dt.datetime(2026, 2, 12)
    assert consent.notice == "Autorizo el uso de mi imagen | Autorizo recibir correos"
    refused = consent_from_columns([("Consentimiento", "No")], NOW)
    assert refused.scopes == () and refused.at is None and refused.notice == "Consentimiento"


def test_consent_imported_from_a_column(db, workshop_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Person
    from lacworkshop.services.importing.apply import run_import

    path = write_csv(
        tmp_path / "inscricoes.csv",
        [
            ["Nome", "Sobrenome", "E-mail", "Consentimento LGPD (aviso v2)", "Autorizo fotos"],
            ["Conceição", "Gonçalves", "conceicao@nic.br", "Sim", "Não"],
            ["Zoë", "N'Diaye", "zoe@example.fr", "2026-02-10", "x"],
            ["Ana", "Silva", "ana@example.br", "talvez", ""],
        ],
        delimiter=";",
    )
    preview = preview_of(db, path, workshop_id)
    unclear = [p for c in preview.candidates for p in c.problems if p.code == "unclear_consent"]
    assert len(unclear) == 1 and not unclear[0].blocking and unclear[0].value == "talvez"
    run_import(db, preview)
    with db.session() as session:
        people = {
            p.email: p for p in session.scalars(select(Person).where(Person.email.is_not(None)))
        }
    first = people["conceicao@nic.br"]
    assert first.consent_scope == "data"
    assert first.consent_text == "Consentimento LGPD (aviso v2) | Autorizo fotos"
    assert first.consent_at is not None
    second = people["zoe@example.fr"]
    assert second.consent_scope == "data,photos"
    assert second.consent_at == dt.datetime(2026, 2, 10)
    third = people["ana@example.br"]
    assert third.consent_scope is None and third.consent_at is None


def test_consent_column_in_the_attendee_list(db, workshop_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from lacworkshop.services.importing.apply import run_import
    from lacworkshop.services.reports.people_export import export_people

    path = write_csv(
        tmp_path / "inscriptos.csv",
        [
            ["Nombre", "Apellido", "Correo", "Autorizo el uso de mi imagen"],
            ["María José", "Pérez", "mj@example.org", "15/02/2026"],
            ["Hervé", "Saint-Éloi", "herve@example.fr", "No"],
        ],
    )
    run_import(db, preview_of(db, path, workshop_id))
    out = tmp_path / "lista.csv"
    export_people(db, workshop_id, out, ("family_names", "consent"), language="pt")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1] == "Consentimento"
    assert ["Pérez", "Sim: fotos e vídeo (2026-02-15)"] in rows
    assert ["Saint-Éloi", "Não"] in rows
