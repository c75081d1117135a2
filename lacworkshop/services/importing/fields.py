"""The fields a registration column can fill, and the header words that name them."""

from __future__ import annotations

import re

from lacworkshop.model.text_keys import fold
from lacworkshop.services.privacy import is_consent_header

# Field key -> English label (the UI translates labels; the CLI uses the keys).
FIELDS: dict[str, str] = {
    "given_names": "Given names",
    "family_names": "Family names",
    "full_name": "Full name (split)",
    "preferred_name": "Preferred name",
    "email": "Email",
    "phone": "Phone",
    "organisation": "Organisation",
    "country": "Country",
    "gender": "Gender",
    "document_id": "Document id",
    "language": "Language",
    "role": "Role",
    "track": "Track",
    "notes": "Notes",
    "consent": "Consent",
    "external_ref": "Registration number",
    "status": "Registration status",
    "checked_in": "Checked in",
}
IGNORE = "ignore"
# Fields several columns may fill: "Apellido paterno" and "Apellido materno" make one
# family name, "Primer nombre" and "Segundo nombre" one given name; notes collect.
REPEATABLE = frozenset({"given_names", "family_names", "notes", "consent"})

# Folded header words, tried as whole header first, then as contained words.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_names": (
        "nombre",
        "nombres",
        "nombre(s)",
        "primer nombre",
        "nome",
        "nomes",
        "primeiro nome",
        "prenom",
        "prenoms",
        "prenom(s)",
        "first name",
        "first names",
        "given name",
        "given names",
        "forename",
        "name (first)",
    ),
    "family_names": (
        "apellido",
        "apellidos",
        "apellido(s)",
        "sobrenome",
        "sobrenomes",
        "ultimo nome",
        "apelido",
        "nom de famille",
        "nom",
        "last name",
        "surname",
        "surnames",
        "family name",
        "family names",
    ),
    "full_name": (
        "nombre completo",
        "nombre y apellido",
        "nombre y apellidos",
        "apellido y nombre",
        "nome completo",
        "nom complet",
        "full name",
        "name",
        "participante",
        "participant",
        "nombre del participante",
    ),
    "preferred_name": (
        "nombre social",
        "nome social",
        "nombre preferido",
        "nom d'usage",
        "preferred name",
        "nickname",
        "apodo",
        "nome para o certificado",
        "nombre para el certificado",
        "nombre en el certificado",
    ),
    "email": (
        "email",
        "e-mail",
        "e mail",
        "mail",
        "correo",
        "correo electronico",
        "courriel",
        "adresse electronique",
        "adresse e-mail",
        "email address",
        "direccion de correo electronico",
        "endereco de e-mail",
        "endereco de email",
    ),
    "phone": ("telefono", "telefone", "celular", "movil", "telephone", "phone", "whatsapp", "tel"),
    "organisation": (
        "institucion",
        "instituicao",
        "organizacion",
        "organizacao",
        "organisation",
        "organization",
        "affiliation",
        "afiliacion",
        "empresa",
        "entidad",
        "entidade",
        "organizacion / institucion",
        "employer",
        "company",
        "etablissement",
    ),
    "country": ("pais", "pays", "country", "pais de residencia", "nacionalidad", "nacionalidade"),
    "gender": ("genero", "sexo", "genre", "gender", "sex"),
    "document_id": (
        "documento",
        "dni",
        "cedula",
        "cpf",
        "rg",
        "pasaporte",
        "passaporte",
        "passport",
        "document",
        "numero de documento",
        "rut",
        "curp",
    ),
    "language": ("idioma", "lengua", "langue", "language", "idioma preferido"),
    "role": ("rol", "papel", "funcion", "funcao", "role", "roles", "papeis", "roles"),
    "track": ("track", "itinerario", "linea", "trilha", "via", "parcours", "curso", "tema", "sala"),
    "external_ref": (
        "id",
        "registration id",
        "registration number",
        "numero de inscripcion",
        "numero de inscricao",
        "numero d'inscription",
        "codigo de inscripcion",
        "codigo da inscricao",
        "attendee #",
        "attendee id",
        "ticket number",
        "numero do ingresso",
    ),
    "status": (
        "status",
        "statut",
        "registration status",
        "estado de la inscripcion",
        "status da inscricao",
        "attendee status",
    ),
    "checked_in": ("check-in", "checked in", "check in", "acreditado", "credenciado"),
    "notes": (
        "notas",
        "observaciones",
        "observacoes",
        "comentarios",
        "remarques",
        "notes",
        "comments",
    ),
}

_WORD_PATTERNS: dict[str, re.Pattern[str]] = {}
# Headers that announce one part of a name split over columns.
_PART_OF_NAME = re.compile(
    r"\b(paterno|materno|primer|primero|segundo|second|first|middle|1|2|1er|2do|1o|2o|"
    r"premier|deuxieme|outro|outros|otro|otros)\b"
)


def _fold_header(header: str) -> str:
    text = fold(header)
    text = re.sub(r"[¿?:*]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def suggest_field(header: str) -> str | None:
    """The field a column named *header* most likely holds, or None."""
    key = _fold_header(header)
    if not key:
        return None
    # A consent question names what it is about ("Autorizo recibir correos"): it is consent,
    # not the field it mentions.
    if is_consent_header(header):
        return "consent"
    for field, words in SYNONYMS.items():
        if key in words:
            return field
    # Longer phrases first: "correo electronico" before "nombre".
    candidates = sorted(
        ((w, f) for f, words in SYNONYMS.items() for w in words if len(w) >= 4),
        key=lambda wf: -len(wf[0]),
    )
    for word, field in candidates:
        pattern = _WORD_PATTERNS.get(word)
        if pattern is None:
            pattern = re.compile(rf"(^|[^a-z]){re.escape(word)}([^a-z]|$)")
            _WORD_PATTERNS[word] = pattern
        if pattern.search(key):
            return field
    return None


def is_known_header(header: str) -> bool:
    return suggest_field(header) is not None


def suggest_mapping(headers: list[str]) -> list[str | None]:
    """One field (or None) per column; a field is suggested for one column only."""
    return resolve_suggestions(headers, [suggest_field(h) for h in headers])


def resolve_suggestions(headers: list[str], fields: list[str | None]) -> list[str | None]:
    """*fields* (one guess per column) made a mapping: a field in one column only, name
    parts only where the header says so, a full name only without separate name columns."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header, field in zip(headers, fields, strict=True):
        if (
            field in ("given_names", "family_names")
            and field in taken
            and not _PART_OF_NAME.search(_fold_header(header))
        ):
            field = None  # "Nombre en el gafete" is not a second given name
        if field is not None and field in taken and field not in REPEATABLE:
            field = None
        if field is not None:
            taken.add(field)
        out.append(field)
    # A full name is only split when there are no separate name columns.
    if "full_name" in taken and ("given_names" in taken or "family_names" in taken):
        out = [None if f == "full_name" else f for f in out]
    return out
