"""What the statistics service returns: plain, frozen rows a report is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


@dataclass(frozen=True)
class Edition:
    workshop_id: int
    code: str
    title: str
    edition: str | None
    start_date: date
    languages: str


@dataclass(frozen=True)
class Breakdown:
    """Counts of one category (a country code, a gender, ...) per edition."""

    key: str | None
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class SessionRate:
    workshop_id: int
    slot_id: int
    date: date
    start: time
    hours: float
    topic: str
    track: str | None
    expected: int
    present: int
    marked: bool

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.marked and self.expected else None


@dataclass(frozen=True)
class Rate:
    label: str  # ISO date or edition code
    expected: int
    present: int

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class CertificateCount:
    kind: str
    issued: tuple[int, ...]
    revoked: tuple[int, ...]


@dataclass(frozen=True)
class TrainerHours:
    person_id: int
    name: str
    organisation: str | None
    sessions: int
    hours: float


@dataclass
class Statistics:
    subject: str  # workshop code or series name
    is_series: bool
    editions: list[Edition]
    summary: dict[str, tuple[float | None, ...]] = field(default_factory=dict)
    by_country: list[Breakdown] = field(default_factory=list)
    by_gender: list[Breakdown] = field(default_factory=list)
    by_organisation: list[Breakdown] = field(default_factory=list)
    by_role: list[Breakdown] = field(default_factory=list)
    by_track: list[Breakdown] = field(default_factory=list)
    sessions: list[SessionRate] = field(default_factory=list)
    by_day: list[Rate] = field(default_factory=list)
    by_edition: list[Rate] = field(default_factory=list)
    certificates: list[CertificateCount] = field(default_factory=list)
    trainers: list[TrainerHours] = field(default_factory=list)
