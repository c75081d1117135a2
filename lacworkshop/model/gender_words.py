"""How people write a gender in es/pt/en/fr, and the Gender code each spelling means.

Pure text rules, shared by the import, the person editor and the migration that
turned the values typed before into codes.
"""

from __future__ import annotations

import re

from lacworkshop.model.enums import Gender
from lacworkshop.model.text_keys import fold

# Folded spellings (lower case, no accents, no dots; spaces and hyphens as one space).
_WORDS: dict[Gender, frozenset[str]] = {
    Gender.FEMALE: frozenset(
        {
            "f",
            "fem",
            "female",
            "femenino",
            "feminino",
            "feminin",
            "feminine",
            "femme",
            "mujer",
            "mulher",
            "woman",
            "w",
            "femenina",
            "feminina",
            "mujer cis",
            "cis woman",
            "cisgender woman",
            "girl",
        }
    ),
    Gender.MALE: frozenset(
        {
            "m",
            "masc",
            "male",
            "masculino",
            "masculin",
            "masculine",
            "homme",
            "hombre",
            "homem",
            "man",
            "h",
            "varon",
            "masculina",
            "hombre cis",
            "cis man",
            "cisgender man",
        }
    ),
    Gender.NON_BINARY: frozenset(
        {
            "nb",
            "enby",
            "non binary",
            "nonbinary",
            "non binaire",
            "nonbinaire",
            "no binario",
            "no binaria",
            "nao binario",
            "nao binaria",
            "nao binarie",
            "no binarie",
            "genero no binario",
            "genderqueer",
        }
    ),
    Gender.UNDISCLOSED: frozenset(
        {
            "prefer not to say",
            "prefers not to say",
            "prefer not to answer",
            "rather not say",
            "prefiero no decir",
            "prefiero no decirlo",
            "prefiero no responder",
            "prefiero no contestar",
            "prefiro nao dizer",
            "prefiro nao responder",
            "prefiro nao informar",
            "je prefere ne pas le dire",
            "je prefere ne pas repondre",
            "prefere ne pas le dire",
            "prefere ne pas dire",
            "ne souhaite pas repondre",
            "nao informado",
            "nao informar",
            "no informa",
            "ns/nc",
            "nsnc",
            "n/a",
            "undisclosed",
            "sin respuesta",
            "sem resposta",
        }
    ),
}
_INDEX = {word: gender for gender, words in _WORDS.items() for word in words}
# Codes stored as themselves, and the spellings earlier versions wrote.
for _g in Gender:
    _INDEX.setdefault(_g.value.replace("_", " "), _g)
_INDEX["non-binary"] = Gender.NON_BINARY

SELF_DESCRIBED_MAX = 60


def _key(text: str) -> str:
    folded = fold(text).replace(".", " ").replace("-", " ").replace("_", " ")
    return re.sub(r"\s+", " ", folded).strip()


def gender_from_text(text: str | None) -> Gender | None:
    """The Gender a written value means, or None when it is not one we know (or empty)."""
    if not text or not text.strip():
        return None
    key = _key(text)
    return _INDEX.get(key) or _INDEX.get(key.replace(" ", "")) or _INDEX.get(text.strip().lower())


def gender_code_and_text(text: str | None) -> tuple[str | None, str | None]:
    """(code, self-described text) to store for a written value; (None, None) when empty.

    A value not recognised is kept, in the person's own words, as self-described.
    """
    if not text or not text.strip():
        return None, None
    found = gender_from_text(text)
    if found is not None and found is not Gender.SELF_DESCRIBED:
        return found.value, None
    own = " ".join(text.split())[:SELF_DESCRIBED_MAX]
    return Gender.SELF_DESCRIBED.value, own
