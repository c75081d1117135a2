"""A person: attendee, trainer, organiser, the same row across years."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lacworkshop.model.base import Base, new_uuid, str_enum, utcnow
from lacworkshop.model.display_names import display_name
from lacworkshop.model.enums import Language
from lacworkshop.model.text_keys import email_key, name_key, search_key, sort_key

if TYPE_CHECKING:
    from lacworkshop.model.participation import Participation


NAME = String(200).with_variant(Text(), "postgresql")
NAME_KEY = String(400).with_variant(Text(), "postgresql")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same row in every database it travels to (bundles match on it).
    uuid: Mapped[str] = mapped_column(
        String(36), default=new_uuid, unique=True, index=True, nullable=True
    )
    # Unbounded on PostgreSQL, which enforces VARCHAR lengths that SQLite ignores.
    given_names: Mapped[str] = mapped_column(NAME)
    family_names: Mapped[str] = mapped_column(NAME, default="")
    preferred_name: Mapped[str | None] = mapped_column(NAME)
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))
    organisation: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    # A Gender code; the person's own words are kept in gender_text when self-described.
    gender: Mapped[str | None] = mapped_column(String(60))
    gender_text: Mapped[str | None] = mapped_column(String(60))
    document_id: Mapped[str | None] = mapped_column(String(60))
    language: Mapped[Language | None] = mapped_column(str_enum(Language))
    # Consent: when it was given, the notice it answered (its text or version) and what
    # was agreed to, as comma-separated scope keys (services.privacy.consent.SCOPES).
    consent_at: Mapped[datetime | None]
    consent_text: Mapped[str | None] = mapped_column(Text)
    consent_scope: Mapped[str | None] = mapped_column(String(200))
    # Set when the person's data was erased on their request: the row stays, anonymised,
    # so counts, statistics and the certificate register keep working.
    erased_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # Made by the demo: `demo --remove` takes it away, real work never is.
    is_demo: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Derived keys, kept by refresh_keys on every ORM write: lower-case, accent-free forms
    # used for search-as-you-type, duplicate detection and regional sorting.
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    name_key: Mapped[str] = mapped_column(NAME_KEY, default="", index=True)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(NAME_KEY, default="", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who changed it last ("user@host"), stamped by storage on every ORM write.
    changed_by: Mapped[str | None] = mapped_column(String(200))
    # Optimistic check: an edit made from a stale copy of the row fails instead of
    # silently overwriting another organiser's edit (see storage.database).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    participations: Mapped[list[Participation]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def display_name(self) -> str:
        """The name printed on badges and certificates."""
        return display_name(self.preferred_name, self.given_names, self.family_names)

    def refresh_keys(self) -> None:
        """Recompute the derived search, duplicate and sorting keys from the fields."""
        self.email_key = email_key(self.email)
        self.name_key = name_key(self.given_names, self.family_names)
        self.sort_key = sort_key(self.given_names, self.family_names)
        self.search_key = search_key(
            self.given_names,
            self.family_names,
            self.preferred_name,
            self.email,
            self.organisation,
            self.document_id,
        )


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_keys(_mapper: object, _connection: object, person: Person) -> None:
    # ORM writes keep the keys right by themselves; bulk Core inserts compute them.
    person.refresh_keys()
