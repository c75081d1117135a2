"""Workshops, their parallel tracks and scheduled slots."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lacworkshop.model.base import Base, new_uuid, str_enum, utcnow
from lacworkshop.model.enums import ExcusedPolicy, LatePolicy, WorkshopStatus

if TYPE_CHECKING:
    from lacworkshop.model.participation import Participation
    from lacworkshop.model.person import Person

slot_trainer = Table(
    "slot_trainer",
    Base.metadata,
    Column("slot_id", ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)


class Workshop(Base):
    __tablename__ = "workshop"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("min_share >= 0 AND min_share <= 1", name="min_share_is_share"),
        CheckConstraint("late_fraction >= 0 AND late_fraction <= 1", name="late_fraction_is_share"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    series: Mapped[str | None] = mapped_column(String(200), index=True)
    edition: Mapped[str | None] = mapped_column(String(60))
    start_date: Mapped[date]
    end_date: Mapped[date]
    venue: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    host: Mapped[str | None] = mapped_column(String(300))
    languages: Mapped[str] = mapped_column(String(40), default="es")  # "es,en"
    status: Mapped[WorkshopStatus] = mapped_column(
        str_enum(WorkshopStatus), default=WorkshopStatus.DRAFT
    )
    description: Mapped[str | None] = mapped_column(Text)
    # Certificate rule: see services.eligibility.
    min_share: Mapped[float] = mapped_column(Float, default=0.75)
    late_policy: Mapped[LatePolicy] = mapped_column(
        str_enum(LatePolicy), default=LatePolicy.PRESENT
    )
    late_fraction: Mapped[float] = mapped_column(Float, default=0.5)
    excused_policy: Mapped[ExcusedPolicy] = mapped_column(
        str_enum(ExcusedPolicy), default=ExcusedPolicy.ABSENT
    )
    certificate_language: Mapped[str] = mapped_column(String(10), default="auto")
    # Made by the demo: `demo --remove` takes it away, real work never is.
    is_demo: Mapped[bool] = mapped_column(default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who changed it last ("user@host"), stamped by storage on every ORM write.
    changed_by: Mapped[str | None] = mapped_column(String(200))
    # Optimistic check: an edit made from a stale copy of the row fails instead of
    # silently overwriting another organiser's edit (see storage.database).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    tracks: Mapped[list[Track]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Track.position",
    )
    slots: Mapped[list[Slot]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Slot.date, Slot.start_time)",
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )


class Track(Base):
    __tablename__ = "track"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same row in every database it travels to (bundles match on it).
    uuid: Mapped[str] = mapped_column(
        String(36), default=new_uuid, unique=True, index=True, nullable=True
    )
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="tracks")


class Slot(Base):
    """One scheduled block; the UI calls it a session."""

    __tablename__ = "slot"
    __table_args__ = (CheckConstraint("end_time > start_time", name="times_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    # NULL track: a plenary slot that belongs to every track.
    track_id: Mapped[int | None] = mapped_column(
        ForeignKey("track.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date]
    start_time: Mapped[time]
    end_time: Mapped[time]
    topic: Mapped[str] = mapped_column(String(300), default="")
    room: Mapped[str | None] = mapped_column(String(200))
    # The same row in every database it travels to (bundles match on it).
    uuid: Mapped[str] = mapped_column(
        String(36), default=new_uuid, unique=True, index=True, nullable=True
    )
    # When and by whom its times, topic or room last changed (a bundle merge compares them).
    updated_at: Mapped[datetime | None] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    # Optimistic check: an edit made from a stale copy of the row fails instead of
    # silently overwriting another organiser's edit (see storage.database).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    workshop: Mapped[Workshop] = relationship(back_populates="slots")
    track: Mapped[Track | None] = relationship()
    trainers: Mapped[list[Person]] = relationship(secondary=slot_trainer)

    @property
    def hours(self) -> float:
        start = self.start_time.hour * 60 + self.start_time.minute
        end = self.end_time.hour * 60 + self.end_time.minute
        return (end - start) / 60.0
