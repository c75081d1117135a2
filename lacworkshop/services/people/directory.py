"""People: the directory query, one person's record, and duplicate checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from lacworkshop.formats.text import remove_unsafe_characters
from lacworkshop.model import Gender, Language, Participation, Person, Role, Track, Workshop
from lacworkshop.model.display_names import display_name
from lacworkshop.model.gender_words import gender_code_and_text
from lacworkshop.model.text_keys import email_key, fold, name_key
from lacworkshop.services import audit
from lacworkshop.services.errors import Conflict, ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.storage import Database

# Pragmatic: one @, no spaces, a dot in the domain. RFC 5322 allows more, people don't type it.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass(frozen=True)
class PersonData:
    given_names: str
    family_names: str = ""
    preferred_name: str | None = None
    email: str | None = None
    phone: str | None = None
    organisation: str | None = None
    country: str | None = None
    gender: str | None = None
    document_id: str | None = None
    language: str | None = None
    notes: str | None = None
    gender_text: str | None = None  # the person's own words when gender is self-described
    # The row's version when it was read (get_person): saving over a newer one is refused.
    version: int | None = field(default=None, compare=False)


_FIELDS = [f.name for f in fields(PersonData) if f.name != "version"]


@dataclass(frozen=True)
class PersonRow:
    id: int
    given_names: str
    family_names: str
    preferred_name: str | None
    email: str | None
    organisation: str | None
    country: str | None

    @property
    def display_name(self) -> str:
        return display_name(self.preferred_name, self.given_names, self.family_names)


@dataclass(frozen=True)
class PeopleFilter:
    search: str = ""
    country: str | None = None
    organisation: str | None = None
    workshop_id: int | None = None
    role: Role | None = None


@dataclass(frozen=True)
class Duplicate:
    person_id: int
    name: str
    email: str | None
    country: str | None
    reason: str  # "email" | "name"


@dataclass(frozen=True)
class PersonWorkshop:
    participation_id: int
    workshop_id: int
    code: str
    title: str
    start_date: date
    role: str
    status: str
    track: str | None


# Columns the directory can sort by; the family-name order is the region's (sort_key).
SORTS = {
    "name": (Person.sort_key, Person.id),
    "given": (Person.given_names, Person.sort_key),
    "email": (Person.email_key, Person.sort_key),
    "organisation": (Person.organisation, Person.sort_key),
    "country": (Person.country, Person.sort_key),
}
LIST_COLUMNS = (
    Person.id,
    Person.given_names,
    Person.family_names,
    Person.preferred_name,
    Person.email,
    Person.organisation,
    Person.country,
)


def _clean(text: str | None) -> str | None:
    # Spacing first (a newline becomes a space), then controls and bidi overrides go.
    text, _removed = remove_unsafe_characters(re.sub(r"\s+", " ", text or ""))
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def _gender_fields(data: PersonData) -> dict[str, str | None]:
    """The gender as a code; words that are no code are recognised or kept as self-described."""
    typed = _clean(data.gender)
    own = _clean(data.gender_text)
    if typed in {g.value for g in Gender}:
        keep = own if typed == Gender.SELF_DESCRIBED.value else None
        if typed == Gender.SELF_DESCRIBED.value and not own:
            return {"gender": None, "gender_text": None}
        return {"gender": typed, "gender_text": keep}
    code, words = gender_code_and_text(typed)
    return {"gender": code, "gender_text": words}


def normalise(data: PersonData) -> PersonData:
    # Notes keep their line breaks; like every field, they lose controls and bidi overrides.
    notes = remove_unsafe_characters(data.notes or "")[0].strip() or None
    gender = _gender_fields(data)
    return replace(
        data,
        given_names=_clean(data.given_names) or "",
        family_names=_clean(data.family_names) or "",
        preferred_name=_clean(data.preferred_name),
        email=remove_unsafe_characters(data.email or "")[0].strip() or None,
        phone=_clean(data.phone),
        organisation=_clean(data.organisation),
        country=(_clean(data.country) or "").upper() or None,
        document_id=_clean(data.document_id),
        language=_clean(data.language),
        notes=notes,
        gender=gender["gender"],
        gender_text=gender["gender_text"],
    )


def validate(data: PersonData) -> None:
    """Raise ValidationError naming the field at fault."""
    if not data.given_names and not data.family_names:
        raise ValidationError("person.name_missing", "given_names")
    if data.email and not _EMAIL.match(data.email):
        raise ValidationError("person.bad_email", "email", email=data.email)
    if data.country and not re.fullmatch(r"[A-Z]{2}", data.country):
        raise ValidationError("choose.country", "country")
    if data.language and data.language not in {lang.value for lang in Language}:
        raise ValidationError("person.language", "language")


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def apply_filter(stmt: Select, flt: PeopleFilter) -> Select:
    """Add the directory's conditions; every one runs inside SQLite."""
    for word in fold(flt.search).split():
        stmt = stmt.where(Person.search_key.like(f"%{escape_like(word)}%", escape="\\"))
    if flt.country:
        stmt = stmt.where(Person.country == flt.country)
    if flt.organisation:
        like = f"%{escape_like(flt.organisation.strip())}%"
        stmt = stmt.where(Person.organisation.ilike(like, escape="\\"))
    if flt.workshop_id is not None or flt.role is not None:
        cond = [Participation.person_id == Person.id]
        if flt.workshop_id is not None:
            cond.append(Participation.workshop_id == flt.workshop_id)
        if flt.role is not None:
            cond.append(Participation.role == Role(flt.role))
        stmt = stmt.where(exists().where(and_(*cond)))
    return stmt


def people_query(flt: PeopleFilter, sort: str = "name", descending: bool = False) -> Select:
    """The directory's statement: id and display columns, filtered and ordered."""
    keys: list[Any] = list(SORTS.get(sort, SORTS["name"]))
    if fold(flt.search).split():
        # With a text search, walking the sort index fetches every row at random to test
        # it (about 100 ms on 50,000 people when little matches); a straight scan and a
        # top-N sort of the matches stays near 20 ms. "x || ''" keeps SQLite off the index.
        keys = [k.op("||")("") if k is not Person.id else k for k in keys]
    order = [k.desc() if descending else k.asc() for k in keys]
    return apply_filter(select(*LIST_COLUMNS), flt).order_by(*order)


def fetch_people(
    db: Database,
    flt: PeopleFilter,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
) -> list[PersonRow]:
    """One window of the directory."""
    stmt = people_query(flt, sort, descending).offset(offset).limit(limit)
    with db.session() as session:
        return [PersonRow(*row) for row in session.execute(stmt)]


def count_people(db: Database, flt: PeopleFilter) -> int:
    stmt = apply_filter(select(func.count(Person.id)), flt)
    with db.session() as session:
        return session.scalar(stmt) or 0


def get_person(db: Database, person_id: int) -> PersonData:
    with db.session() as session:
        p = require(session, Person, person_id, "person.gone")
        values = {name: getattr(p, name) for name in _FIELDS}
        if p.language is not None:
            values["language"] = p.language.value
        return PersonData(**values, version=p.version)


def _apply(p: Person, data: PersonData) -> dict[str, list[object]]:
    changes: dict[str, list[object]] = {}
    for name in _FIELDS:
        new: object = getattr(data, name)
        if name == "language" and new is not None:
            new = Language(str(new))
        old = getattr(p, name)
        if old != new:
            changes[name] = [old, new]
            setattr(p, name, new)
    return changes


def create_person(db: Database, data: PersonData) -> int:
    data = normalise(data)
    validate(data)
    with db.session() as session:
        p = Person(given_names="")
        _apply(p, data)
        session.add(p)
        session.flush()
        audit.record(session, "create", "person", p.id, f"Added {p.display_name}")
        return p.id


def update_person(db: Database, person_id: int, data: PersonData) -> None:
    data = normalise(data)
    validate(data)
    with db.session() as session:
        p = require(session, Person, person_id, "person.gone")
        if data.version is not None and data.version != p.version:
            # Someone saved this person since the form was filled: never write over it.
            raise Conflict("db.edited_elsewhere")
        changes = _apply(p, data)
        if changes:
            audit.record(session, "update", "person", p.id, f"Edited {p.display_name}", changes)


def find_duplicates(
    db: Database, data: PersonData, exclude_id: int | None = None
) -> list[Duplicate]:
    """Others with the same email (any case or spacing), or the same name and country."""
    data = normalise(data)
    e_key = email_key(data.email)
    n_key = name_key(data.given_names, data.family_names)
    conds = []
    if e_key:
        conds.append(Person.email_key == e_key)
    if n_key:
        same_country = Person.country == data.country if data.country else Person.country.is_(None)
        conds.append(and_(Person.name_key == n_key, same_country))
    if not conds:
        return []
    stmt = select(Person).where(or_(*conds)).order_by(Person.sort_key).limit(20)
    if exclude_id is not None:
        stmt = stmt.where(Person.id != exclude_id)
    with db.session() as session:
        return [
            Duplicate(
                p.id,
                p.display_name,
                p.email,
                p.country,
                "email" if e_key and p.email_key == e_key else "name",
            )
            for p in session.scalars(stmt)
        ]


def person_workshops(db: Database, person_id: int) -> list[PersonWorkshop]:
    """Every workshop the person took part in, in any role, newest first."""
    stmt = (
        select(
            Participation.id,
            Workshop.id,
            Workshop.code,
            Workshop.title,
            Workshop.start_date,
            Participation.role,
            Participation.status,
            Track.name,
        )
        .join(Workshop, Workshop.id == Participation.workshop_id)
        .outerjoin(Track, Track.id == Participation.track_id)
        .where(Participation.person_id == person_id)
        .order_by(Workshop.start_date.desc(), Participation.role)
    )
    with db.session() as session:
        return [
            PersonWorkshop(pid, wid, code, title, start, role.value, status.value, track)
            for pid, wid, code, title, start, role, status, track in session.execute(stmt)
        ]


def distinct_countries(db: Database) -> list[str]:
    with db.session() as session:
        return [
            c or ""
            for c in session.scalars(
                select(Person.country)
                .where(Person.country.is_not(None))
                .distinct()
                .order_by(Person.country)
            )
        ]


def distinct_organisations(db: Database, limit: int = 2000) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Person.organisation)
                .where(Person.organisation.is_not(None))
                .group_by(Person.organisation)
                .order_by(func.count().desc())
                .limit(limit)
            )
        )


def session_person(session: Session, person_id: int) -> Person:
    p = require(session, Person, person_id, "person.gone")
    return p
