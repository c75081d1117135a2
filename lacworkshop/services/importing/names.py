"""Splitting a full name into given and family names, as people in the region write them."""

from __future__ import annotations

import re

from lacworkshop.model.text_keys import FAMILY_NAME_PARTICLES, fold
from lacworkshop.services.importing.text import clean_text

# Particles that begin a family name ("da Cunha", "de la Fuente"), and the
# apostrophe form of "de" ("d'Ávila").
_PARTICLES = FAMILY_NAME_PARTICLES | {"d'"}
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
    family_first, comma, given_after = clean_text(full).partition(",")
    if comma and family_first.strip() and given_after.strip() and "," not in given_after:
        # "Pérez Núñez, María José": rosters and platforms write the family name first.
        return given_after.strip(), family_first.strip()
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
