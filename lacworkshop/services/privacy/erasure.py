"""Erasing a person's data on their request, everywhere, while the numbers still add up.

What goes: names, preferred name, email, phone, organisation, document id,
language, notes and consent are emptied on the person's row (the given name
becomes "(erased)"); notes and reasons on their participations and attendance
marks, and the marks cleared of them (with the bundles' stored versions of their
rows); their name in certificate snapshots, the QR text (kept as a digest, see
``erased_certificates``) and revocation reasons; their values in every audit
entry about them (the entry keeps action, what it was about and its date).

What stays, anonymised: the row itself with its country and gender, its
participations (role, track, status) and attendance marks, and its
certificates. Head counts and the per-country and per-gender statistics of past
workshops therefore do not change; the organisation breakdown counts them
under "not stated". Certificates stay verifiable: "issued; holder's data erased".

Afterwards the file is rewritten and its WAL emptied (``file_purge``), a fresh
backup is taken (so "restore the latest backup" does not bring them back) and
the older backups that still hold them are listed (``backup_residue``).
No backup is taken before: it would be one more copy of what is being erased.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from lacworkshop.model import Attendance, Certificate, Participation, Person
from lacworkshop.model.base import utcnow
from lacworkshop.services import audit
from lacworkshop.services.bundles import forget_sync_traces
from lacworkshop.services.data_safety import backup_now, backups_kept
from lacworkshop.services.email import forget_messages_of
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.services.privacy.audit_mentions import (
    ERASED,
    entries_about,
    load_details,
    needles_pattern,
    own_person_ids,
    scrub_values,
    strip_entries,
)
from lacworkshop.services.privacy.backup_residue import HeldBackup, backups_holding
from lacworkshop.services.privacy.data_export import identifying_values, personal_values
from lacworkshop.services.privacy.erased_certificates import erased_payload
from lacworkshop.services.privacy.file_purge import purge_free_space
from lacworkshop.services.privacy.person_lookup import find_person
from lacworkshop.storage import Database

# Fields emptied on the person's row; country and gender stay for the statistics.
CLEARED_FIELDS = (
    "gender_text",  # their own words for a self-described gender; the gender code stays
    "preferred_name",
    "email",
    "phone",
    "organisation",
    "document_id",
    "language",
    "notes",
    "consent_at",
    "consent_text",
    "consent_scope",
)


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure would touch, for the confirmation that precedes it."""

    person_id: int
    name: str
    email: str | None
    participations: int
    attendance_marks: int
    certificates: int
    audit_entries: int
    backups_holding: tuple[Path, ...]
    already_erased: bool


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did, and where the person's data still lives."""

    person_id: int
    participations: int
    attendance_marks: int
    certificates: int
    audit_entries: int
    file_purged: bool  # False: another program kept the WAL open; it empties later
    backup: Path | None  # the backup taken after the erasure, free of the person
    held: tuple[HeldBackup, ...]  # older backups that still hold them
    backups_kept: int


def _counts(db: Database, person_id: int) -> tuple[int, int, int]:
    with db.session() as session:
        part_ids = select(Participation.id).where(Participation.person_id == person_id)
        parts = session.scalar(select(func.count()).select_from(part_ids.subquery())) or 0
        marks = session.scalar(
            select(func.count(Attendance.id)).where(Attendance.participation_id.in_(part_ids))
        )
        certs = session.scalar(
            select(func.count(Certificate.id)).where(Certificate.participation_id.in_(part_ids))
        )
        return parts, marks or 0, certs or 0


def plan_erasure(db: Database, who: str, progress: Progress = NO_PROGRESS) -> OpResult[ErasurePlan]:
    """Find the person *who* (email or id) and say what erasing them would touch.

    Nothing changes; it reads every backup of the database, so the window runs it
    behind a progress dialog before asking.
    """
    progress.check()
    with db.session() as session:
        person = find_person(session, who)
        part_ids = set(
            session.scalars(select(Participation.id).where(Participation.person_id == person.id))
        )
        pattern = needles_pattern(identifying_values(person))
        mentions = len(entries_about(session, person.id, part_ids, pattern))
        pid, name, email = person.id, person.display_name, person.email
        already = person.erased_at is not None
        values = identifying_values(person)
    parts, marks, certs = _counts(db, pid)
    progress.check()
    held = () if already else tuple(h.path for h in backups_holding(db, values))
    return OpResult(
        ErasurePlan(pid, name, email, parts, marks, certs, mentions, held, already), NOTHING
    )


def _scrub_text(value: str | None, pattern: re.Pattern[str] | None) -> str | None:
    if value is None or pattern is None:
        return value
    return pattern.sub(ERASED, value)


def _scrub_json(value: str, pattern: re.Pattern[str] | None) -> str:
    if not value or pattern is None:
        return value
    return json.dumps(scrub_values(load_details(value), pattern), ensure_ascii=False)


def erase_person(db: Database, person_id: int) -> ErasureResult:
    """Erase the personal data of the person *person_id*; see the module's description."""
    with db.session() as session:
        if session.get_bind().dialect.name == "sqlite":
            # Freed cells are overwritten with zeros as this transaction frees them.
            session.execute(text("PRAGMA secure_delete=ON"))
        person = require(session, Person, person_id, "privacy.no_such_id", id=person_id)
        if person.erased_at is not None:
            raise ValidationError("privacy.already_erased", id=person_id)
        values = identifying_values(person)
        pattern = needles_pattern(identifying_values(person))
        scrub = needles_pattern(personal_values(person))
        parts = list(
            session.scalars(select(Participation).where(Participation.person_id == person_id))
        )
        part_ids = {p.id for p in parts}
        mentions = entries_about(session, person_id, part_ids, pattern)
        marks = 0
        certs = 0
        for part in parts:
            part.notes = None
            if part.override_reason:
                part.override_reason = ERASED
            part.source = _scrub_text(part.source, scrub)
            for mark in session.scalars(
                select(Attendance).where(Attendance.participation_id == part.id)
            ):
                mark.note = None
                marks += 1
            for cert in session.scalars(
                select(Certificate).where(Certificate.participation_id == part.id)
            ):
                cert.snapshot = _scrub_json(cert.snapshot, scrub)
                cert.payload = erased_payload(cert.payload)
                cert.revoked_reason = _scrub_text(cert.revoked_reason, scrub)
                certs += 1
        audited = strip_entries(mentions, own_person_ids(session, person_id), scrub)
        forget_messages_of(session, person_id)
        forget_sync_traces(session, person_id)
        person.given_names = ERASED
        person.family_names = ""
        for name in CLEARED_FIELDS:
            setattr(person, name, None)
        person.erased_at = utcnow()
        session.flush()
        audit.record(
            session,
            "erase",
            "person",
            person_id,
            f"Personal data of person #{person_id} erased on request",
            {
                "participations": len(parts),
                "attendance_marks": marks,
                "certificates": certs,
                "audit_entries": audited,
            },
        )
    purged = purge_free_space(db.engine)
    backup = backup_now(db, "after erasure")
    held = tuple(h for h in backups_holding(db, values) if h.path != backup)
    return ErasureResult(
        person_id, len(parts), marks, certs, audited, purged, backup, held, backups_kept(db)
    )


def erased_people(db: Database) -> int:
    """How many people's data has been erased in this database."""
    with db.session() as session:
        return (
            session.scalar(select(func.count(Person.id)).where(Person.erased_at.is_not(None))) or 0
        )


def erase_personal_data(
    db: Database, person_id: int, progress: Progress = NO_PROGRESS
) -> OpResult[ErasureResult]:
    """Erase one person's data as one action (see :func:`erase_person`), naming what changed."""
    progress.check()
    return OpResult(
        erase_person(db, person_id),
        changes(Change.PEOPLE, Change.PARTICIPATIONS, Change.ATTENDANCE, Change.CERTIFICATES),
    )
