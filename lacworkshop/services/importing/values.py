"""Imported values made meaningful: countries in es/pt/en/fr to ISO codes, roles and
languages in any of the four languages, emails checked. Cleaning and name
splitting live in import_text and import_names; they are re-exported here."""

from __future__ import annotations

import re
from functools import lru_cache

from lacworkshop.model.enums import Language, Role
from lacworkshop.model.text_keys import fold
from lacworkshop.services.importing.names import split_full_name
from lacworkshop.services.importing.text import clean_text

__all__ = [
    "clean_text",
    "country_code",
    "is_email",
    "language_from_text",
    "role_from_text",
    "split_full_name",
]

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")

_COUNTRY_ALIASES = {
    "eeuu": "US",
    "ee uu": "US",
    "usa": "US",
    "eua": "US",
    "u s a": "US",
    "estados unidos de america": "US",
    "uk": "GB",
    "reino unido": "GB",
    "inglaterra": "GB",
    "brazil": "BR",
    "mexico": "MX",
    "republica dominicana": "DO",
    "rep dominicana": "DO",
    "rep. dominicana": "DO",
    "trinidad y tobago": "TT",
    "trinidad and tobago": "TT",
    "bolivia": "BO",
    "venezuela": "VE",
    "holanda": "NL",
    "paises bajos": "NL",
    "corea del sur": "KR",
    "peru": "PE",
}
_ROLE_WORDS = {
    Role.ATTENDEE: (
        "attendee",
        "participante",
        "participant",
        "asistente",
        "alumno",
        "alumna",
        "estudiante",
        "aluno",
        "aluna",
        "estudante",
        "participant(e)",
        "inscrito",
        "inscrita",
        "inscripto",
        "inscripta",
        "student",
        "etudiant",
        "etudiante",
        "stagiaire",
        "estudiantes",
        "apprenant",
        "apprenante",
    ),
    Role.TRAINER: (
        "trainer",
        "instructor",
        "instructora",
        "instrutor",
        "instrutora",
        "capacitador",
        "capacitadora",
        "docente",
        "profesor",
        "profesora",
        "professor",
        "professora",
        "formador",
        "formadora",
        "formateur",
        "formatrice",
        "facilitador",
        "facilitadora",
        "ponente",
        "palestrante",
        "speaker",
        "tutor",
        "tutora",
        "teacher",
        "non-editing teacher",
        "editing teacher",
        "profesor sin permiso de edicion",
        "professor sem permissao de edicao",
        "enseignant",
        "enseignante",
        "enseignant non editeur",
    ),
    Role.ORGANISER: (
        "organiser",
        "organizer",
        "organizador",
        "organizadora",
        "organisateur",
        "organisatrice",
        "coordinador",
        "coordinadora",
        "coordenador",
        "coordenadora",
        "coordinateur",
    ),
    Role.STAFF: (
        "staff",
        "apoyo",
        "apoio",
        "soporte",
        "suporte",
        "equipo",
        "equipe",
        "voluntario",
        "voluntaria",
        "benevole",
    ),
}
_LANGUAGE_WORDS = {
    Language.ES: ("es", "spa", "espanol", "castellano", "spanish", "espagnol", "espanhol"),
    Language.PT: ("pt", "por", "portugues", "portuguese", "portugais", "pt-br"),
    Language.EN: ("en", "eng", "ingles", "english", "anglais"),
    Language.FR: ("fr", "fra", "frances", "french", "francais", "frances"),
}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    from babel import Locale

    index: dict[str, str] = {}
    for lang in ("en", "fr", "pt", "es"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                index[_country_fold(name)] = code
    for alias, code in _COUNTRY_ALIASES.items():
        index[_country_fold(alias)] = code
    return index


def _country_fold(text: str) -> str:
    return re.sub(r"[^a-z ]", "", fold(text).replace("-", " ").replace(".", " ")).strip()


def country_code(value: str) -> str | None:
    """ISO 3166 alpha-2 code for a country written in es/pt/en/fr (or already a code)."""
    text = clean_text(value)
    if not text:
        return None
    if len(text) == 2 and text.isalpha() and text.isascii():
        code = text.upper()
        from babel import Locale

        return code if code in Locale.parse("en").territories else None
    key = _country_fold(text)
    index = _country_index()
    if key in index:
        return index[key]
    # "Brasil (BR)", "Perú - Lima": the first part that is a country.
    for part in re.split(r"[(),/\-]", fold(text)):
        found = index.get(_country_fold(part))
        if found:
            return found
    return None


def role_from_text(value: str) -> Role | None:
    key = fold(value)
    for role, words in _ROLE_WORDS.items():
        if key in words or key == role.value:
            return role
    return None


def language_from_text(value: str) -> Language | None:
    key = fold(value)
    for language, words in _LANGUAGE_WORDS.items():
        if key in words:
            return language
    return None


def is_email(value: str) -> bool:
    return bool(EMAIL.match(value))
