"""Operations: one user action, one use case, one typed answer naming what changed.

Every action a person takes (issue certificates, import a list, mark a session,
send the outbox) is a plain function in the services that opens its own
session, does the whole job and returns an :class:`OpResult`: the value the
caller shows, plus the set of :class:`Change` kinds it touched. The window runs
it off the GUI thread through one helper (``lacworkshop.ui.operations``) and
refreshes pages from the change set; the command line calls the very same
function and prints the value. Neither side sequences service calls itself.

Long operations take a :class:`Progress`: they report ``(done, total,
message)`` and call ``check()`` between steps, which raises
:class:`Cancelled` once the person pressed Cancel. :data:`NO_PROGRESS` is the
silent stand-in for callers with nothing to show (tests, the CLI's quiet mode).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)  # an OpResult[Sub] is an OpResult[Base]


class Change(StrEnum):
    """A kind of data an operation may have changed; pages refresh by kind.

    Members are strings, so ``"people" in changes`` still reads naturally.
    """

    DATABASE = "database"  # another file opened, restored or merged: everything
    WORKSHOPS = "workshops"
    SLOTS = "slots"
    PEOPLE = "people"
    PARTICIPATIONS = "participations"
    ATTENDANCE = "attendance"
    CERTIFICATES = "certificates"
    TEMPLATES = "templates"
    SETTINGS = "settings"
    KEYS = "keys"
    OUTBOX = "outbox"


Changes = frozenset[Change]

NOTHING: Changes = frozenset()
EVERYTHING: Changes = frozenset(Change)


def changes(*kinds: Change | str) -> Changes:
    """A change set from members or their names (``changes("people")``)."""
    return frozenset(Change(kind) for kind in kinds)


@dataclass(frozen=True)
class OpResult(Generic[T_co]):
    """What an operation hands back: its value and the kinds of data it changed."""

    value: T_co
    changes: Changes = field(default=NOTHING)

    def with_changes(self, more: Iterable[Change]) -> OpResult[T_co]:
        return OpResult(self.value, self.changes | frozenset(more))


class Cancelled(Exception):
    """Raised inside an operation when the person pressed Cancel."""


class Progress(Protocol):
    """What a long operation reports to; the window's and the CLI's both fit."""

    def report(self, done: int, total: int, message: str = "") -> None: ...

    def check(self) -> None: ...


class _NoProgress:
    """Reports nowhere and is never cancelled."""

    def report(self, done: int, total: int, message: str = "") -> None:
        del done, total, message

    def check(self) -> None:
        return None


NO_PROGRESS: Progress = _NoProgress()
