"""One row of an import as the preview sees it: values, problems, duplicate match,
and the person's decision."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from lacworkshop.model import Role
from lacworkshop.model.text_keys import email_key, name_key


class Decision(enum.StrEnum):
    LINK = "link"  # use the existing person, add them to the workshop
    UPDATE = "update"  # fill the existing person with this row's values, then link
    SKIP = "skip"


@dataclass(frozen=True)
class Problem:
    column: str | None  # header of the column, when one is to blame
    message: str  # in English, for the command line and the report
    blocking: bool  # the row cannot be imported
    code: str = ""  # what kind of problem, for the window to say in its own language
    value: str = ""  # the offending text


@dataclass(frozen=True)
class Match:
    person_id: int
    display_name: str
    email: str | None
    country: str | None
    reason: str  # "same email" / "same name and country"
    in_workshop: bool  # already has this role in the workshop


@dataclass
class Candidate:
    row: int  # row number in the file
    values: dict[str, str | None]  # person fields, cleaned
    role: Role
    track_id: int | None
    notes: str | None
    problems: list[Problem] = field(default_factory=list)
    match: Match | None = None
    same_as_row: int | None = None  # an earlier row of the file is the same person
    same_reason: str = ""
    decision: Decision = Decision.LINK
    external_ref: str | None = None  # the platform's registration number
    checked_in: bool = False  # the platform says the person came
    # Duplicate keys, computed once: folding is the costly part of a large import.
    email_key: str | None = None
    name_key: str = ""

    def refresh_keys(self) -> None:
        self.email_key = email_key(self.values.get("email"))
        self.name_key = name_key(self.values.get("given_names"), self.values.get("family_names"))

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def display_name(self) -> str:
        return f"{self.values.get('given_names') or ''} {self.values.get('family_names') or ''}".strip()

    @property
    def is_duplicate(self) -> bool:
        return self.match is not None or self.same_as_row is not None

    def where(self, source: str) -> str:
        return f"{source}: row {self.row}"
