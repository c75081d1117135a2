"""Check-in at the door: scan a badge, type a code or a name; the session is marked."""

from lacworkshop.services.checkin.clock import (
    CheckinSession,
    checkin_sessions,
    current_session,
    session_under_way,
)
from lacworkshop.services.checkin.scanning import (
    Candidate,
    CheckinResult,
    Outcome,
    check_in,
    check_in_participation,
    undo_check_in,
)

__all__ = [
    "Candidate",
    "CheckinResult",
    "CheckinSession",
    "Outcome",
    "check_in",
    "check_in_participation",
    "checkin_sessions",
    "current_session",
    "session_under_way",
    "undo_check_in",
]
