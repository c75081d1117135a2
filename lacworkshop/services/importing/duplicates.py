"""Duplicates of an import: rows of the same file that are one person, and rows that
are people already in the database (same email in any case or spacing; same
normalised name and country)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from lacworkshop.model import Participation, Person
from lacworkshop.services.importing.rows import Candidate, Decision, Match
from lacworkshop.storage import Database


def mark_duplicates_in_file(candidates: list[Candidate]) -> None:
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for c in candidates:
        if c.blocked:
            continue
        ek = c.email_key
        nk = (c.name_key, c.values.get("country") or "")
        if ek and ek in by_email:
            c.same_as_row, c.same_reason = by_email[ek], "same email"
        elif nk[0] and nk in by_name:
            c.same_as_row, c.same_reason = by_name[nk], "same name and country"
        if c.same_as_row is not None:
            c.decision = Decision.SKIP
            continue
        if ek:
            by_email[ek] = c.row
        if nk[0]:
            by_name[nk] = c.row


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def match_database(db: Database, workshop_id: int, candidates: list[Candidate]) -> None:
    wanted = [c for c in candidates if not c.blocked and c.same_as_row is None]
    emails = sorted({c.email_key for c in wanted if c.email_key})
    names = sorted({c.name_key for c in wanted if c.name_key})
    by_email: dict[str, Any] = {}
    by_name: dict[tuple[str, str], Any] = {}
    cols = (
        Person.id,
        Person.given_names,
        Person.family_names,
        Person.email,
        Person.country,
        Person.email_key,
        Person.name_key,
    )
    refs = sorted({c.external_ref for c in wanted if c.external_ref})
    by_ref: dict[str, Any] = {}
    with db.session() as session:
        # The platform's registration number first: the next export of the same event
        # links each registration to whoever it was imported as, whatever else changed.
        for chunk in _chunks(refs):
            for ref_hit in session.execute(
                select(Participation.external_ref, *cols)
                .join(Person, Person.id == Participation.person_id)
                .where(
                    Participation.workshop_id == workshop_id,
                    Participation.external_ref.in_(chunk),
                )
                .order_by(Participation.id)
            ):
                by_ref.setdefault(ref_hit.external_ref, ref_hit)
        for chunk in _chunks(emails):
            for hit in session.execute(
                select(*cols).where(Person.email_key.in_(chunk)).order_by(Person.id)
            ):
                by_email.setdefault(hit.email_key, hit)
        for chunk in _chunks(names):
            for hit in session.execute(
                select(*cols).where(Person.name_key.in_(chunk)).order_by(Person.id)
            ):
                by_name.setdefault((hit.name_key, hit.country or ""), hit)
        enrolled = {
            (pid, role)
            for pid, role in session.execute(
                select(Participation.person_id, Participation.role).where(
                    Participation.workshop_id == workshop_id
                )
            )
        }
    for c in wanted:
        ek = c.email_key
        nk = (c.name_key, c.values.get("country") or "")
        row: Any = None
        reason = ""
        if c.external_ref and c.external_ref in by_ref:
            row, reason = by_ref[c.external_ref], "same registration number"
        elif ek and ek in by_email:
            row, reason = by_email[ek], "same email"
        elif nk in by_name:
            row, reason = by_name[nk], "same name and country"
        if row is not None:
            c.match = Match(
                person_id=row.id,
                display_name=f"{row.given_names} {row.family_names}".strip(),
                email=row.email,
                country=row.country,
                reason=reason,
                in_workshop=(row.id, c.role) in enrolled,
            )
