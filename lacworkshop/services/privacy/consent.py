"""Consent: what a person agreed to, when, and which notice they answered.

A registration form asks one or more consent questions ("Autorizo el uso de mi
imagen", "I agree to receive email"); each becomes an import column. The column's
header is the notice the person answered, its words say what the consent is for
(the scope), and the cell says whether they agreed: a yes in any of the four
languages, an "x", or the date they agreed. Pure functions; no database here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from lacworkshop.model.text_keys import fold

# Scope keys, stored comma-separated in Person.consent_scope, in this order.
SCOPES = ("data", "listing", "email", "photos")
SCOPE_LABELS = {
    "data": "processing of their data for the workshop",
    "listing": "being listed publicly",
    "email": "receiving email",
    "photos": "photos and video",
}
# Header words naming a consent question (folded, matched as whole words).
CONSENT_HEADER = re.compile(
    r"(^|[^a-z])(consentimiento|consentimento|consent|consents|consentement|autorizo|autoriza|"
    r"autorizas|autorizacion|autorizacao|autorise|autorisez|j'autorise|acepto|aceito|"
    r"j'accepte|i agree|agree|de acuerdo|concordo|lgpd|gdpr|rgpd|habeas data)([^a-z]|$)"
)
# Words that say what the consent is for; the first scope whose words appear wins.
_SCOPE_WORDS: dict[str, tuple[str, ...]] = {
    "photos": (
        "imagen",
        "imagem",
        "image",
        "images",
        "foto",
        "fotos",
        "photo",
        "photos",
        "fotografia",
        "fotografias",
        "photographie",
        "video",
        "videos",
        "grabacion",
    ),
    "email": (
        "correo",
        "correos",
        "email",
        "e-mail",
        "emails",
        "courriel",
        "courriels",
        "mail",
        "mails",
        "boletin",
        "newsletter",
        "comunicaciones",
        "comunicacoes",
        "novedades",
        "novidades",
    ),
    "listing": (
        "lista",
        "listado",
        "publica",
        "publico",
        "publicar",
        "publicacion",
        "publication",
        "liste",
        "publicly",
        "public",
        "publique",
        "directorio",
        "annuaire",
        "directory",
        "participantes",
    ),
}
_YES = frozenset(
    {
        "yes",
        "y",
        "si",
        "sim",
        "s",
        "oui",
        "o",
        "true",
        "verdadero",
        "verdadeiro",
        "vrai",
        "x",
        "1",
        "ok",
        "acepto",
        "aceito",
        "autorizo",
        "concordo",
        "de acuerdo",
        "i agree",
        "agree",
        "agreed",
        "accepted",
        "acepta",
        "j'accepte",
        "d'accord",
        "✓",
        "✔",
    }
)
_NO = frozenset(
    {
        "no",
        "n",
        "nao",
        "non",
        "false",
        "falso",
        "faux",
        "0",
        "-",
        "no acepto",
        "nao aceito",
        "no autorizo",
        "nao autorizo",
        "je refuse",
        "refuse",
        "declined",
    }
)
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
)


@dataclass(frozen=True)
class ConsentAnswer:
    """One consent column of one row, understood."""

    scope: str
    agreed: bool | None  # None: the cell could not be understood
    at: datetime | None  # the date in the cell, when it held one


@dataclass(frozen=True)
class Consent:
    """A person's consent record as stored: when, which notice, what was agreed to."""

    at: datetime | None
    notice: str | None
    scopes: tuple[str, ...]

    @property
    def stored_scope(self) -> str | None:
        return ",".join(self.scopes) if self.scopes else None


def is_consent_header(header: str) -> bool:
    """True when a column header asks for consent, in es, pt, en or fr."""
    return bool(CONSENT_HEADER.search(_fold_header(header)))


def scope_of_header(header: str) -> str:
    """What a consent column is for; plain "data" when its words name nothing narrower."""
    words = set(re.findall(r"[a-z][a-z'-]*", _fold_header(header)))
    for scope, scope_words in _SCOPE_WORDS.items():
        if words & set(scope_words):
            return scope
    return "data"


def parse_answer(header: str, value: str) -> ConsentAnswer:
    """The answer in one consent cell: yes/sí/sim/oui/true/x, no/não/non, or a date (yes)."""
    scope = scope_of_header(header)
    key = fold(value).strip(" .!")
    if key in _YES:
        return ConsentAnswer(scope, True, None)
    if key in _NO:
        return ConsentAnswer(scope, False, None)
    when = _parse_date(value.strip())
    if when is not None:
        return ConsentAnswer(scope, True, when)
    return ConsentAnswer(scope, None, None)


def consent_from_columns(columns: list[tuple[str, str]], imported_at: datetime) -> Consent:
    """The consent record of a row from its (header, value) consent cells.

    The notice is the text of the questions answered; the date is the latest
    date written in the cells, else *imported_at* (when the answers reached us).
    """
    answers = [parse_answer(h, v) for h, v in columns]
    agreed = {a.scope for a in answers if a.agreed}
    dates = [a.at for a in answers if a.agreed and a.at is not None]
    notice = " | ".join(h for h, _v in columns) or None
    return Consent(
        max(dates) if dates else (imported_at if agreed else None),
        notice,
        tuple(s for s in SCOPES if s in agreed),
    )


def scopes_of(stored: str | None) -> tuple[str, ...]:
    """The scope keys of a stored ``consent_scope`` value."""
    return tuple(s for s in (stored or "").split(",") if s in SCOPES)


def describe(at: datetime | None, notice: str | None, stored_scope: str | None) -> str:
    """One English line for the command line: what was agreed to and when."""
    scopes = scopes_of(stored_scope)
    if not scopes and not notice:
        return "no consent recorded"
    what = ", ".join(SCOPE_LABELS[s] for s in scopes) if scopes else "nothing"
    when = f" on {at.date().isoformat()}" if at else ""
    return f"agreed to {what}{when}" + (f" (notice: {notice})" if notice else "")


def _fold_header(header: str) -> str:
    return re.sub(r"[¿?¡!:*.,;()\"]", " ", fold(header)).strip()


def _parse_date(text: str) -> datetime | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    except ValueError:
        return None


@dataclass(frozen=True)
class ConsentRecord:
    """A person's consent as the editor shows it, and whether their data was erased."""

    at: datetime | None
    notice: str | None
    scopes: tuple[str, ...]
    erased_at: datetime | None
