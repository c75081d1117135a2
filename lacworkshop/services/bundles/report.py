"""What a bundle merge did, or would do: counts per kind of row, and the conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Side(StrEnum):
    """Who wins a conflict: our value, the bundle's, or whichever was changed last."""

    MINE = "mine"
    THEIRS = "theirs"
    NEWEST = "newest"


@dataclass(frozen=True)
class MergeConflict:
    """The same row changed on both sides: both values, who changed them and when.

    *key* names this version of the bundle's row; a choice for it is given under
    that key (``choices={conflict.key: Side.THEIRS}``).
    """

    key: str
    kind: str  # "workshop", "session", "person", "participation" or "attendance"
    what: str  # the person, and the session for a mark
    fields: tuple[str, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    mine_by: str | None
    mine_at: str | None
    theirs_by: str | None
    theirs_at: str | None
    # MINE or THEIRS once decided; None: left as it is, asked again next time.
    resolution: Side | None


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class MergeReport:
    """What merged from one bundle (or would, on a dry run)."""

    workshop: str
    track: str | None
    made_by: str
    made_at: str
    dry_run: bool = False
    workshop_added: bool = False
    tracks_added: int = 0
    slots_added: int = 0
    # Edits of the workshop's fields and of sessions we already had.
    workshop_edits: Counts = field(default_factory=Counts)
    sessions: Counts = field(default_factory=Counts)
    people: Counts = field(default_factory=Counts)
    participations: Counts = field(default_factory=Counts)
    marks: Counts = field(default_factory=Counts)
    conflicts: list[MergeConflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the merge wrote (or would write) anything."""
        return bool(
            self.workshop_added
            or self.tracks_added
            or self.slots_added
            or any(
                c.added or c.updated
                for c in (
                    self.workshop_edits,
                    self.sessions,
                    self.people,
                    self.participations,
                    self.marks,
                )
            )
        )

    @property
    def open_conflicts(self) -> list[MergeConflict]:
        """Conflicts no choice was given for: both values stay as they are."""
        return [c for c in self.conflicts if c.resolution is None]
