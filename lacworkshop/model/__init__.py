"""SQLAlchemy entities of lacworkshop. No I/O beyond the mapping.

The package opens lazily. Its enumerations (``model.enums``) and pure helpers
(``model.text_keys``, ``model.display_names``, ...) are used without building the
mapped classes, which a command that only reads a list would otherwise pay for on
every start. The first entity (or ``Base``) asked of the package maps them all at
once, so the relationships between them always resolve.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_ENTITY_MODULES = (
    "admin",
    "base",
    "certificate",
    "email_outbox",
    "participation",
    "person",
    "signing_key",
    "sync",
    "workshop",
)

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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _ENUMS:
        globals()[name] = getattr(import_module("lacworkshop.model.enums"), name)
    else:
        _map_entities()
    return globals()[name]


_ENUMS = frozenset(
    {
        "CertificateKind",
        "CertificateStatus",
        "ExcusedPolicy",
        "Gender",
        "Language",
        "LatePolicy",
        "Mark",
        "ParticipationStatus",
        "Role",
        "WorkshopStatus",
    }
)


def _map_entities() -> None:
    """Import every entity module and publish the package's names."""
    modules = [import_module(f"lacworkshop.model.{m}") for m in (*_ENTITY_MODULES, "enums")]
    published = globals()
    for module in modules:
        for name in __all__:
            if name not in published and hasattr(module, name):
                published[name] = getattr(module, name)
