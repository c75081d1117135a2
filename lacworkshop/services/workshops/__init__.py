"""Workshops: listing, editing, tracks, time zones, the schedule and new editions."""

__all__ = [
    "editing",
    "listing",
    "new_edition",
    "schedule",
    "schedule_checks",
    "schedule_export",
    "timezone",
    "track_gaps",
]
