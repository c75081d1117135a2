"""Genders as codes (recognised in es/pt/en/fr, migrated from typed values) and a
person's language guessed from their country."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from lacworkshop.model import Gender
from lacworkshop.model.gender_words import gender_code_and_text, gender_from_text
from lacworkshop.services.people.language import guess_language


@pytest.mark.parametrize(
    ("written", "gender"),
    [
        ("F", Gender.FEMALE),
        ("Fem.", Gender.FEMALE),
        ("Femenino", Gender.FEMALE),
        ("Feminino", Gender.FEMALE),
        ("Féminin", Gender.FEMALE),
        ("mujer", Gender.FEMALE),
        ("Mulher", Gender.FEMALE),
        ("female", Gender.FEMALE),
        ("M", Gender.MALE),
        ("Masc.", Gender.MALE),
        ("Masculino", Gender.MALE),
        ("Masculin", Gender.MALE),
        ("Hombre", Gender.MALE),
        ("Homem", Gender.MALE),
        ("MALE", Gender.MALE),
        ("No binario", Gender.NON_BINARY),
        ("Não binário", Gender.NON_BINARY),
        ("Non-binaire", Gender.NON_BINARY),
        ("non-binary", Gender.NON_BINARY),
        ("Prefiero no decir", Gender.UNDISCLOSED),
        ("Prefiro não dizer", Gender.UNDISCLOSED),
        ("Prefer not to say", Gender.UNDISCLOSED),
        ("Je préfère ne pas le dire", Gender.UNDISCLOSED),
    ],
)
def test_spellings_are_recognised(written: str, gender: Gender) -> None:
    assert gender_from_text(written) is gender
    assert gender_code_and_text(written) == (gender.value, None)


def test_unknown_values_are_kept_as_self_described() -> None:
    assert gender_from_text("Agénero") is None
    assert gender_code_and_text("  Agénero  fluido ") == ("self_described", "Agénero fluido")
    assert gender_code_and_text("") == (None, None)
    assert gender_code_and_text(None) == (None, None)


@pytest.mark.parametrize(
    ("country", "languages", "expected"),
    [
        ("BR", "es", "pt"),
        ("HT", "es,en", "fr"),
        ("MQ", "es", "fr"),
        ("JM", "es", "en"),
        ("TT", "es", "en"),
        ("AR", "en", "es"),
        ("DO", "fr", "es"),
        ("DE", "pt,es", "pt"),  # no clear language: the workshop's first
        (None, "en,es", "en"),
    ],
)
def test_language_from_country_else_workshop(
    country: str | None, languages: str, expected: str
) -> None:
    assert guess_language(country, languages).value == expected


def test_stored_genders_are_migrated_to_codes(db_path: Path) -> None:
    from alembic import command

    from lacworkshop.storage import open_database
    from lacworkshop.storage.engine import make_engine
    from lacworkshop.storage.migrate import alembic_config

    engine = make_engine(db_path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    typed = ["Femenino", "female", "Masculino", "male", "M", "No binario", None, "Agénero"]
    with engine.begin() as conn:
        for i, gender in enumerate(typed):
            conn.execute(
                text(
                    "INSERT INTO person (given_names, family_names, gender, name_key, search_key,"
                    " sort_key, created_at, updated_at) VALUES (:g, 'X', :gender, '', '', '',"
                    " '2026-01-01', '2026-01-01')"
                ),
                {"g": f"P{i}", "gender": gender},
            )
    engine.dispose()

    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT gender, gender_text, is_demo FROM person ORDER BY id")
            ).all()
    finally:
        db.close()
    assert [(g, t) for g, t, _d in rows] == [
        ("female", None),
        ("female", None),
        ("male", None),
        ("male", None),
        ("male", None),
        ("non_binary", None),
        (None, None),
        ("self_described", "Agénero"),
    ]
    assert {d for _g, _t, d in rows} == {0}  # what was there before is real work


def test_person_editor_values_become_codes(db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.people.directory import PersonData, create_person, get_person

    typed = create_person(db, PersonData("Ana", "Paz", gender="Mulher"))
    chosen = create_person(
        db, PersonData("Kai", "Lee", gender="self_described", gender_text="Agénero")
    )
    assert get_person(db, typed).gender == "female"
    kai = get_person(db, chosen)
    assert (kai.gender, kai.gender_text) == ("self_described", "Agénero")
