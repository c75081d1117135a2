"""Consent columns of an import turned into the person's consent fields."""

from __future__ import annotations

from datetime import datetime

from lacworkshop.errors import message_text
from lacworkshop.services.importing import Problem
from lacworkshop.services.privacy.consent import consent_from_columns, parse_answer

CONSENT_FIELDS = ("consent_at", "consent_text", "consent_scope")


def consent_values(
    columns: list[tuple[str, str]], imported_at: datetime, problems: list[Problem]
) -> dict[str, str | None]:
    """The consent fields of one row (``consent_at`` as ISO text), warning on unclear cells.

    A cell that says neither yes, no nor a date is not taken as consent: the row is
    imported without it and the preview says so.
    """
    for header, value in columns:
        if parse_answer(header, value).agreed is None:
            problems.append(
                Problem(
                    header,
                    message_text("problem.unclear_consent", value=value, column=header),
                    False,
                    "unclear_consent",
                    value,
                )
            )
    consent = consent_from_columns(columns, imported_at)
    return {
        "consent_at": consent.at.isoformat(sep=" ") if consent.at else None,
        "consent_text": consent.notice,
        "consent_scope": consent.stored_scope,
    }


def person_column_value(key: str, value: str | None) -> object:
    """An imported value as the person column stores it (the consent date as a datetime)."""
    if key == "consent_at" and value:
        return datetime.fromisoformat(value)
    return value
