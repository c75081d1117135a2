"""Cleaning imported values: whitespace, full-name splitting, countries to ISO codes,
roles and languages in any of the four languages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from lacworkshop.model.enums import Language, Role
from lacworkshop.model.text_keys import fold

_SPACES = re.compile(r"\s+")
EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")

# Particles that begin a family name ("da Cunha", "de la Fuente").
_PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "du",
    "van",
    "von",
    "le",
    "d'",
}
# Joiners between two family names ("Fernández y Rodríguez").
_JOINERS = {"y", "e", "&", "i"}
# Compound given names that look like a family name with a particle.
_GIVEN_TAILS = {
    "de los angeles",
    "del carmen",
    "del pilar",
    "de jesus",
    "del rosario",
    "de fatima",
    "de lourdes",
    "del mar",
    "de la luz",
    "del socorro",
    "de las mercedes",
    "de guadalupe",
    "de la paz",
    "de la concepcion",
}
# Common second given names; as the middle of three words they are given, not family.
_GIVEN_WORDS = set(
    [
        "jose",
        "maria",
        "juan",
        "luis",
        "miguel",
        "javier",
        "carlos",
        "antonio",
        "eduardo",
        "andres",
        "angel",
        "manuel",
        "pablo",
        "pedro",
        "alejandro",
        "daniel",
        "david",
        "fernando",
        "francisco",
        "jesus",
        "alberto",
        "enrique",
        "ignacio",
        "tomas",
        "sebastian",
        "gabriel",
        "rafael",
        "ricardo",
        "benjamin",
        "valentin",
        "nicolas",
        "joaquin",
        "julian",
        "ramon",
        "mariano",
        "marcelo",
        "leonel",
        "emilio",
        "agustin",
        "felipe",
        "esteban",
        "mateo",
        "lucas",
        "hugo",
        "henrique",
        "gustavo",
        "paulo",
        "vitor",
        "victor",
        "diego",
        "martin",
        "santiago",
        "thiago",
        "tiago",
        "joao",
        "arthur",
        "bruno",
        "felix",
        "alfonso",
        "alfredo",
        "adrian",
        "cesar",
        "ana",
        "isabel",
        "fernanda",
        "carolina",
        "alejandra",
        "paula",
        "lucia",
        "sofia",
        "valentina",
        "camila",
        "victoria",
        "eugenia",
        "ines",
        "teresa",
        "elena",
        "beatriz",
        "cecilia",
        "clara",
        "cristina",
        "patricia",
        "rosa",
        "mercedes",
        "pilar",
        "guadalupe",
        "esperanza",
        "soledad",
        "luz",
        "milagros",
        "belen",
        "florencia",
        "agustina",
        "julia",
        "juliana",
        "luiza",
        "luisa",
        "beatriz",
        "gabriela",
        "mariana",
        "fabiana",
        "regina",
        "vitoria",
        "eduarda",
        "helena",
        "alice",
        "laura",
        "andrea",
        "ximena",
        "noemi",
        "thi",
    ]
)
_PORTUGUESE_COUNTRIES = {"BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"}

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


def clean_text(value: object) -> str:
    """A cell as clean text: NFC, trimmed, inner whitespace (tabs, newlines) single spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, dt.datetime):
        text = (
            value.strftime("%Y-%m-%d %H:%M")
            if (value.hour or value.minute)
            else value.date().isoformat()
        )
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, float):
        text = f"{value:.10g}"
    else:
        text = str(value)
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip()


def _letters(token: str) -> str:
    return "".join(ch for ch in fold(re.sub(r"<[^>]*>", "", token)) if ch.isalpha())


def _units(tokens: list[str]) -> list[str]:
    """Group words into name units: particles glue forward, joiners glue both ways."""
    units: list[str] = []
    pending: list[str] = []
    glue_next = False
    for token in tokens:
        low = fold(token)
        if low in _PARTICLES or (low.startswith("d'") and len(low) <= 2):
            pending.append(token)
            continue
        if low in _JOINERS and units and not pending:
            units[-1] = f"{units[-1]} {token}"
            glue_next = True
            continue
        if not _letters(token) and units and not pending:
            # "+54 11": digits and marks stay with what they follow.
            units[-1] = f"{units[-1]} {token}"
            continue
        word = " ".join([*pending, token])
        pending = []
        if glue_next and units:
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
        glue_next = False
    if pending:
        if units:
            units[-1] = f"{units[-1]} {' '.join(pending)}"
        else:
            units.append(" ".join(pending))
    return units


def split_full_name(full: str, country: str | None = None) -> tuple[str, str]:
    """Split "Carlos Eduardo da Conceição" into given and family names, sensibly.

    Latin American names mostly carry two family names ("Ana Pérez Lizama") and
    Portuguese-speaking ones one at the end ("João Lucas Melo"); particles go with
    the family name; known compound given names ("María de los Ángeles") stay given.
    """
    tokens = clean_text(full).split(" ")
    tokens = [t for t in tokens if t]
    if not tokens:
        return "", ""
    units = _units(tokens)
    n = len(units)
    if n == 1:
        return units[0], ""
    if n == 2:
        return units[0], units[1]

    def is_particle_unit(u: str) -> bool:
        first = fold(u.split(" ")[0])
        return first in _PARTICLES and fold(u) not in _GIVEN_TAILS

    portuguese = (country or "").upper() in _PORTUGUESE_COUNTRIES
    if n == 3:
        middle = units[1]
        middle_given = (
            fold(middle) in _GIVEN_TAILS or _letters(middle.split(" ")[-1]) in _GIVEN_WORDS
        ) and not is_particle_unit(middle)
        start = 2 if (portuguese or middle_given) and not is_particle_unit(middle) else 1
    else:
        start = n - 2
    for i in range(1, start):
        if is_particle_unit(units[i]):
            start = i
            break
    return " ".join(units[:start]), " ".join(units[start:])


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
