"""The words for why a row matched someone, and for roles, in the message language."""

from __future__ import annotations

from lacworkshop.errors import message_text
from lacworkshop.model import Role

# The codes duplicates.py gives a match (Match.reason, Candidate.same_reason).
_WHY = {
    "same email": "import.why_same_email",
    "same name and country": "import.why_same_name_country",
    "same registration number": "import.why_same_ref",
}


def why_text(reason: str) -> str:
    """*reason* (a match code such as ``same email``) in the message language."""
    key = _WHY.get(reason)
    return message_text(key) if key else reason


def role_text(role: Role) -> str:
    """*role* as a word of the message language."""
    return message_text(f"import.role_{role.value}")
