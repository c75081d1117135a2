"""SQLAlchemy entities of lacworkshop. No I/O beyond the mapping."""

from lacworkshop.model.admin import AuditLog, Setting
from lacworkshop.model.base import Base
from lacworkshop.model.certificate import Asset, Certificate, Signatory, Template
from lacworkshop.model.email_outbox import OutboxMessage, OutboxState
from lacworkshop.model.enums import (
    CertificateKind,
    CertificateStatus,
    ExcusedPolicy,
    Gender,
    Language,
    LatePolicy,
    Mark,
    ParticipationStatus,
    Role,
    WorkshopStatus,
)
from lacworkshop.model.participation import Attendance, AttendanceCleared, Participation
from lacworkshop.model.person import Person
from lacworkshop.model.signing_key import SigningKey
from lacworkshop.model.sync import SyncBase, SyncSeen
from lacworkshop.model.workshop import Slot, Track, Workshop, slot_trainer

__all__ = [
    "Asset",
    "Attendance",
    "AttendanceCleared",
    "AuditLog",
    "Base",
    "Certificate",
    "CertificateKind",
    "CertificateStatus",
    "ExcusedPolicy",
    "Gender",
    "Language",
    "LatePolicy",
    "Mark",
    "OutboxMessage",
    "OutboxState",
    "Participation",
    "ParticipationStatus",
    "Person",
    "Role",
    "Setting",
    "Signatory",
    "SigningKey",
    "Slot",
    "SyncBase",
    "SyncSeen",
    "Template",
    "Track",
    "Workshop",
    "WorkshopStatus",
    "slot_trainer",
]
