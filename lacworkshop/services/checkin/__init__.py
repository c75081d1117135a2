"""Check-in at the door: scan a badge, type a code or a name; the session is marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
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

_WHERE = {
    "Candidate": "scanning",
    "CheckinResult": "scanning",
    "CheckinSession": "clock",
    "Outcome": "scanning",
    "check_in": "scanning",
    "check_in_participation": "scanning",
    "checkin_sessions": "clock",
    "current_session": "clock",
    "session_under_way": "clock",
    "undo_check_in": "scanning",
}
__getattr__ = lazy_names(__name__, _WHERE)

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
