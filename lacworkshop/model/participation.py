"""A person's part in a workshop, and their attendance at its slots."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lacworkshop.model.base import Base, new_uuid, str_enum, utcnow
from lacworkshop.model.enums import Mark, ParticipationStatus, Role

if TYPE_CHECKING:
    from lacworkshop.model.certificate import Certificate
    from lacworkshop.model.person import Person
    from lacworkshop.model.workshop import Slot, Track, Workshop


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (
        UniqueConstraint("workshop_id", "person_id", "role"),
        Index("ix_participation_external_ref", "workshop_id", "external_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same row in every database it travels to (bundles match on it).
    uuid: Mapped[str] = mapped_column(
        String(36), default=new_uuid, unique=True, index=True, nullable=True
    )
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.ATTENDEE)
    track_id: Mapped[int | None] = mapped_column(
        ForeignKey("track.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ParticipationStatus] = mapped_column(
        str_enum(ParticipationStatus), default=ParticipationStatus.REGISTERED
    )
    # Organiser's decision that beats the attendance rule; NULL means "follow the rule".
    eligibility_override: Mapped[bool | None]
    override_reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))  # e.g. the imported file
    # The registration's number on the platform it came from (never a document id): the
    # next export from that platform links to this participation by it.
    external_ref: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the badge's QR holds (see formats.badges.checkin_code); given at the first print.
    checkin_code: Mapped[str | None] = mapped_column(String(16), unique=True, index=True)
    badge_printed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who changed it last ("user@host"), stamped by storage on every ORM write.
    changed_by: Mapped[str | None] = mapped_column(String(200))
    # Optimistic check: an edit made from a stale copy of the row fails instead of
    # silently overwriting another organiser's edit (see storage.database).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    workshop: Mapped[Workshop] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship(back_populates="participations")
    track: Mapped[Track | None] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="participation", cascade="all, delete-orphan", passive_deletes=True
    )
    certificates: Mapped[list[Certificate]] = relationship(
        back_populates="participation", cascade="all, delete-orphan", passive_deletes=True
    )


class Attendance(Base):
    """One mark: a participation at a slot. No row means not yet marked."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("participation_id", "slot_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same row in every database it travels to (bundles match on it).
    uuid: Mapped[str] = mapped_column(
        String(36), default=new_uuid, unique=True, index=True, nullable=True
    )
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"), index=True)
    mark: Mapped[Mark] = mapped_column(str_enum(Mark))
    note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who changed it last ("user@host"), stamped by storage on every ORM write.
    changed_by: Mapped[str | None] = mapped_column(String(200))

    participation: Mapped[Participation] = relationship(back_populates="attendance")
    slot: Mapped[Slot] = relationship()


class AttendanceCleared(Base):
    """A mark someone cleared: who and when, so the clearing travels in bundles.

    One per cell (participation, session), the latest clearing; a mark set on the
    cell again removes it. *uuid* is the cleared mark's, which a new mark on the
    cell takes over, so the cell keeps one identity across databases.
    """

    __tablename__ = "attendance_cleared"
    __table_args__ = (UniqueConstraint("participation_id", "slot_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"), index=True)
    cleared_at: Mapped[datetime] = mapped_column(default=utcnow)
    cleared_by: Mapped[str | None] = mapped_column(String(200))
