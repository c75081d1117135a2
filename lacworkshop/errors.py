"""The one root of errors a person can cause and act on.

A :class:`UserError` carries a message *key* of the message catalogue
(``formats/message_texts``) and the values its text needs. It is rendered in
the person's language where it is shown: the window renders in its interface
language and the command line in the language of ``LANG``; both set the
process-wide default with :func:`set_message_language`, so ``str(error)``
already speaks it. Anything that is not a UserError (or a known operating
system condition, see ``services.error_text``) is a bug.

This module sits below every layer so that storage, services and formats can
all raise it; it imports nothing of ours but the catalogue it renders from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.formats import messages

if TYPE_CHECKING:
    from typing import Any

_language = ["en"]


def set_message_language(language: str) -> None:
    """Render user errors in *language* (es, pt, en or fr) from now on."""
    _language[0] = language if language in messages.LANGUAGES else "en"


def message_language() -> str:
    """The language user errors are rendered in by ``str()``."""
    return _language[0]


def message_text(key: str, /, **values: object) -> str:
    """The catalogue's text for *key* in the current message language, values filled."""
    return messages.message(key, _language[0], **values)


class UserError(Exception):
    """Something the person can put right: a catalogue key plus the values of its text.

    *field* names the form field at fault when there is one. A *key* that is
    not in the catalogue is shown as it is (text from before the catalogue).
    """

    def __init__(self, key: str, /, field: str | None = None, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.field = field
        # Any: the values are handed on as keywords when one error is re-raised as another.
        self.values: dict[str, Any] = values

    def message(self, language: str | None = None) -> str:
        """The message in *language* (default: the current message language)."""
        return messages.message(self.key, language or _language[0], **self.values)

    def __str__(self) -> str:
        return self.message()


class Invalid(UserError):
    """Input that breaks a rule (a form field, an option, a value)."""


class NotFound(UserError):
    """The thing asked for does not exist (any more)."""


class Conflict(UserError):
    """The action clashes with what is already there (a duplicate, a built-in)."""


class BadFile(UserError):
    """A file to read is unreadable, refused as too large, or not what it claims."""


class DatabaseProblem(UserError):
    """The database file cannot be used as it is."""


class Locked(DatabaseProblem):
    """Another lacworkshop process has the database open."""


class TooNew(DatabaseProblem):
    """The database was written by a newer lacworkshop."""


class Damaged(DatabaseProblem):
    """The file is damaged or not a lacworkshop database at all."""
