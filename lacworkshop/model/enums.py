"""Enumerations stored as their string values."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    ES = "es"
    PT = "pt"
    EN = "en"
    FR = "fr"


class Gender(enum.StrEnum):
    """What a person's gender is stored as; SELF_DESCRIBED keeps their words beside it."""

    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    UNDISCLOSED = "undisclosed"  # prefers not to say
    SELF_DESCRIBED = "self_described"


class WorkshopStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"  # registration open
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class Role(enum.StrEnum):
    ATTENDEE = "attendee"
    TRAINER = "trainer"
    ORGANISER = "organiser"
    STAFF = "staff"


class ParticipationStatus(enum.StrEnum):
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Mark(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class LatePolicy(enum.StrEnum):
    PRESENT = "present"  # a late arrival counts the whole slot
    FRACTION = "fraction"  # counts late_fraction of the slot


class ExcusedPolicy(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCLUDE = "exclude"  # the slot is taken out of the scheduled hours


class CertificateKind(enum.StrEnum):
    PARTICIPATION = "participation"
    COMPLETION = "completion"
    TRAINER = "trainer"
    ORGANISER = "organiser"


class CertificateStatus(enum.StrEnum):
    VALID = "valid"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
