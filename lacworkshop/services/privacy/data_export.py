"""Everything held about one person, as a JSON document they can read (a subject access request).

Sections: profile, consent, participations (with their attendance marks and
certificates: codes, versions, printed text), sessions taught, the email messages
sent or queued to them (headers, text and the names of attachments), and the audit
entries about them. Keys are plain English words so the file reads without a
manual; dates are ISO 8601.
"""

from __future__ import annotations

import email
import email.policy
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.formats.writing import atomic_write_bytes
from lacworkshop.model import (
    Attendance,
    Certificate,
    OutboxMessage,
    Participation,
    Person,
    Slot,
    Track,
    Workshop,
    slot_trainer,
)
from lacworkshop.model.base import utcnow
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import NO_PROGRESS, NOTHING, OpResult, Progress
from lacworkshop.services.privacy.audit_mentions import (
    entries_about,
    load_details,
    needles_pattern,
)
from lacworkshop.services.privacy.consent import SCOPE_LABELS, scopes_of
from lacworkshop.services.privacy.person_lookup import find_person
from lacworkshop.storage import Database

FORMAT = "lacworkshop personal data export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExportSummary:
    """What a personal-data export wrote."""

    path: Path
    person_id: int
    participations: int
    attendance_marks: int
    certificates: int
    audit_entries: int
    messages: int = 0


def _iso(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value is not None else None


def identifying_values(person: Person) -> list[str | None]:
    """The values that single *person* out wherever they were copied: full names, email, ids.

    Given or family names alone are left out: "Ana" alone names many people.
    """
    return [
        f"{person.given_names} {person.family_names}".strip(),
        f"{person.family_names}, {person.given_names}".strip(", "),
        person.preferred_name,
        person.display_name,
        person.email,
        person.email_key,
        person.phone,
        person.document_id,
    ]


def personal_values(person: Person) -> list[str | None]:
    """Every value to blank out of text known to be about *person*, name parts included."""
    return [*identifying_values(person), person.given_names, person.family_names]


def profile(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "given names": person.given_names,
        "family names": person.family_names,
        "preferred name": person.preferred_name,
        "email": person.email,
        "phone": person.phone,
        "organisation": person.organisation,
        "country": person.country,
        "gender": person.gender,
        "gender in their words": person.gender_text,
        "document id": person.document_id,
        "preferred language": person.language.value if person.language else None,
        "notes": person.notes,
        "created at": _iso(person.created_at),
        "updated at": _iso(person.updated_at),
        "data erased at": _iso(person.erased_at),
    }


def consent_section(person: Person) -> dict[str, Any]:
    scopes = scopes_of(person.consent_scope)
    return {
        "given at": _iso(person.consent_at),
        "notice": person.consent_text,
        "agreed to": [{"scope": s, "meaning": SCOPE_LABELS[s]} for s in scopes],
    }


def _certificate(cert: Certificate) -> dict[str, Any]:
    try:
        printed: Any = json.loads(cert.snapshot) if cert.snapshot else None
    except ValueError:
        printed = cert.snapshot
    return {
        "code": cert.code,
        "kind": cert.kind.value,
        "version": cert.version,
        "status": cert.status.value,
        "hours": cert.hours,
        "language": cert.language,
        "template": cert.template_name,
        "issued at": _iso(cert.issued_at),
        "revoked at": _iso(cert.revoked_at),
        "revocation reason": cert.revoked_reason,
        "printed text": printed,
        "QR code text": cert.payload,
    }


def _participation(session: Session, part: Participation) -> dict[str, Any]:
    ws = session.get(Workshop, part.workshop_id)
    track = session.get(Track, part.track_id) if part.track_id is not None else None
    marks = session.execute(
        select(Attendance, Slot)
        .join(Slot, Slot.id == Attendance.slot_id)
        .where(Attendance.participation_id == part.id)
        .order_by(Slot.date, Slot.start_time)
    ).all()
    certs = session.scalars(
        select(Certificate)
        .where(Certificate.participation_id == part.id)
        .order_by(Certificate.kind, Certificate.version)
    ).all()
    return {
        "workshop": ws.code if ws else None,
        "workshop title": ws.title if ws else None,
        "workshop dates": [_iso(ws.start_date), _iso(ws.end_date)] if ws else None,
        "role": part.role.value,
        "track": track.name if track else None,
        "status": part.status.value,
        "eligibility decided by the organisers": part.eligibility_override,
        "reason for that decision": part.override_reason,
        "source": part.source,
        "notes": part.notes,
        "registered at": _iso(part.created_at),
        "attendance": [
            {
                "date": _iso(slot.date),
                "start": _iso(slot.start_time),
                "end": _iso(slot.end_time),
                "session": slot.topic,
                "mark": mark.mark.value,
                "note": mark.note,
                "recorded at": _iso(mark.updated_at),
            }
            for mark, slot in marks
        ],
        "certificates": [_certificate(c) for c in certs],
    }


def _taught(session: Session, person_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Workshop.code, Slot.date, Slot.start_time, Slot.end_time, Slot.topic)
        .join(slot_trainer, slot_trainer.c.slot_id == Slot.id)
        .join(Workshop, Workshop.id == Slot.workshop_id)
        .where(slot_trainer.c.person_id == person_id)
        .order_by(Slot.date, Slot.start_time)
    ).all()
    return [
        {"workshop": code, "date": _iso(d), "start": _iso(s), "end": _iso(e), "session": topic}
        for code, d, s, e, topic in rows
    ]


def _message_text(raw: bytes) -> tuple[str | None, list[str]]:
    """The readable text of a stored message and the names of its attachments."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else None
    names = [part.get_filename() or part.get_content_type() for part in message.iter_attachments()]
    return text, names


def _messages(session: Session, person_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(OutboxMessage, Workshop.code)
        .outerjoin(Workshop, Workshop.id == OutboxMessage.workshop_id)
        .where(OutboxMessage.person_id == person_id)
        .order_by(OutboxMessage.queued_at, OutboxMessage.id)
    ).all()
    messages = []
    for row, code in rows:
        text, attachments = _message_text(row.raw) if row.raw else (None, [])
        messages.append(
            {
                "workshop": code,
                "message": row.template,
                "language": row.language,
                "to": row.recipient,
                "subject": row.subject,
                "state": row.state,
                "queued at": _iso(row.queued_at),
                "sent at": _iso(row.sent_at),
                "last error": row.last_error,
                "message id": row.message_id,
                "certificate": row.certificate_code,
                "text": text,
                "attachments": attachments,
            }
        )
    return messages


def personal_data(session: Session, person: Person) -> dict[str, Any]:
    """The whole document for *person*, inside the caller's session."""
    parts = list(
        session.scalars(
            select(Participation)
            .where(Participation.person_id == person.id)
            .order_by(Participation.created_at, Participation.id)
        )
    )
    pattern = needles_pattern(identifying_values(person))
    audit = entries_about(session, person.id, {p.id for p in parts}, pattern)
    return {
        "format": FORMAT,
        "format version": FORMAT_VERSION,
        "exported at": _iso(utcnow()),
        "profile": profile(person),
        "consent": consent_section(person),
        "participations": [_participation(session, p) for p in parts],
        "sessions taught": _taught(session, person.id),
        "email messages": _messages(session, person.id),
        "audit log": [
            {
                "at": _iso(e.at),
                "by": e.actor,
                "action": e.action,
                "about": e.entity,
                "about id": e.entity_id,
                "summary": e.summary,
                "details": load_details(e.details),
            }
            for e in audit
        ],
    }


def export_personal_data(
    db: Database, who: str, path: Path | str, progress: Progress = NO_PROGRESS
) -> OpResult[ExportSummary]:
    """Write everything held about the person *who* (email or id) to the JSON file *path*."""
    progress.check()
    target = Path(path)
    if target.suffix.lower() != ".json":
        raise ValidationError("privacy.not_json", "output", name=target.name)
    with db.session() as session:
        person = find_person(session, who)
        document = personal_data(session, person)
    data = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
    atomic_write_bytes(target, data.encode("utf-8"))
    parts = document["participations"]
    summary = ExportSummary(
        target,
        document["profile"]["id"],
        len(parts),
        sum(len(p["attendance"]) for p in parts),
        sum(len(p["certificates"]) for p in parts),
        len(document["audit log"]),
        len(document["email messages"]),
    )
    return OpResult(summary, NOTHING)
