"""Merging two records of the same person into the one kept, in one transaction."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from lacworkshop.model import Attendance, Certificate, Participation, Person, slot_trainer
from lacworkshop.services import audit
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.operations import (
    NO_PROGRESS,
    Change,
    Changes,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.storage import Database

# Fields the kept record takes from the other one when its own are empty.
_FILLABLE = (
    "preferred_name",
    "email",
    "phone",
    "organisation",
    "country",
    "gender",
    "document_id",
    "language",
    "consent_at",
    "consent_text",
    "consent_scope",
)


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    participations_moved: int
    participations_combined: int
    certificates_moved: int
    marks_moved: int
    filled_fields: tuple[str, ...]


def merge_people(db: Database, keep_id: int, other_id: int) -> MergeResult:
    """Move every participation, mark, certificate and trainer link of *other_id* to *keep_id*.

    Where both were in the same workshop in the same role, the two participations
    become one: marks the kept one lacks and all certificates move across.
    """
    if keep_id == other_id:
        raise ValidationError("merge.same_person", "person")
    with db.session() as session:
        keep = session.get(Person, keep_id)
        other = session.get(Person, other_id)
        if keep is None or other is None:
            raise NotFoundError("merge.one_gone")
        if keep.erased_at is not None or other.erased_at is not None:
            # Merging would tie the anonymised record back to a named person.
            raise ValidationError("privacy.no_merge_erased", "person")
        moved = combined = certs = marks = 0
        kept_parts = {
            (p.workshop_id, p.role): p
            for p in session.scalars(
                select(Participation).where(Participation.person_id == keep_id)
            )
        }
        for part in list(
            session.scalars(select(Participation).where(Participation.person_id == other_id))
        ):
            twin = kept_parts.get((part.workshop_id, part.role))
            if twin is None:
                part.person_id = keep_id
                moved += 1
                certs += (
                    session.scalar(
                        select(func.count(Certificate.id)).where(
                            Certificate.participation_id == part.id
                        )
                    )
                    or 0
                )
                continue
            combined += 1
            have = set(
                session.scalars(
                    select(Attendance.slot_id).where(Attendance.participation_id == twin.id)
                )
            )
            for mark in session.scalars(
                select(Attendance).where(Attendance.participation_id == part.id)
            ):
                if mark.slot_id not in have:
                    mark.participation_id = twin.id
                    marks += 1
            for cert in session.scalars(
                select(Certificate).where(Certificate.participation_id == part.id)
            ):
                # Versions are unique per participation and kind: append after the twin's.
                top = session.scalar(
                    select(func.max(Certificate.version)).where(
                        Certificate.participation_id == twin.id, Certificate.kind == cert.kind
                    )
                )
                cert.participation_id = twin.id
                cert.version = (top or 0) + cert.version
                certs += 1
            if twin.track_id is None:
                twin.track_id = part.track_id
            session.flush()
            session.execute(delete(Participation).where(Participation.id == part.id))
        theirs = set(
            session.scalars(
                select(slot_trainer.c.slot_id).where(slot_trainer.c.person_id == other_id)
            )
        )
        mine = set(
            session.scalars(
                select(slot_trainer.c.slot_id).where(slot_trainer.c.person_id == keep_id)
            )
        )
        session.execute(delete(slot_trainer).where(slot_trainer.c.person_id == other_id))
        new_links = [{"slot_id": s, "person_id": keep_id} for s in sorted(theirs - mine)]
        if new_links:
            session.execute(insert(slot_trainer), new_links)
        filled = []
        for name in _FILLABLE:
            if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(keep, name, getattr(other, name))
                filled.append(name)
                if name == "gender":  # the person's own words travel with their gender
                    keep.gender_text = other.gender_text
        if other.notes:
            keep.notes = "\n".join(x for x in (keep.notes, other.notes) if x)
        session.flush()
        details = {
            "removed": {
                "id": other.id,
                "given_names": other.given_names,
                "family_names": other.family_names,
                "email": other.email,
                "country": other.country,
                "organisation": other.organisation,
            },
            "participations_moved": moved,
            "participations_combined": combined,
            "certificates_moved": certs,
            "marks_moved": marks,
            "filled": filled,
        }
        summary = f"Merged {other.display_name} (#{other.id}) into {keep.display_name} (#{keep.id})"
        session.delete(other)
        session.flush()
        audit.record(session, "merge", "person", keep_id, summary, details)
        return MergeResult(keep_id, other_id, moved, combined, certs, marks, tuple(filled))


MERGE_CHANGES: Changes = changes(
    Change.PEOPLE, Change.PARTICIPATIONS, Change.CERTIFICATES, Change.ATTENDANCE
)


def merge_two_people(
    db: Database, keep_id: int, other_id: int, progress: Progress = NO_PROGRESS
) -> OpResult[MergeResult]:
    """Merge two records of one person as one action: a backup first, then the merge.

    A full disk does not stop the merge (the audit log keeps its details).
    """
    progress.check()
    with contextlib.suppress(OSError):
        db.backup_now("merge")
    return OpResult(merge_people(db, keep_id, other_id), MERGE_CHANGES)
