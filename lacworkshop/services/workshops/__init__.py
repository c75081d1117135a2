"""Workshops: listing, editing, tracks, time zones, the schedule and new editions.

Workshops and their tracks are created and edited; the schedule is generated
(``generate_sessions``) or edited a session at a time (``save_session``), each
checked for overlaps and trainers in two places; the week is shown as a table
and exported as iCalendar; next year's edition is made from this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.workshops.editing import (
        DEFAULT_TRACK,
        LANGUAGES,
        TrackRow,
        WorkshopData,
        add_track_claiming_default,
        as_dict,
        create_workshop,
        get_workshop,
        list_tracks,
        normalise,
        rename_track,
        track_id_for_name,
        update_workshop,
    )
    from lacworkshop.services.workshops.listing import (
        WorkshopRow,
        list_workshops,
        workshop_id_for_code,
    )
    from lacworkshop.services.workshops.new_edition import new_edition_of, suggest
    from lacworkshop.services.workshops.schedule import (
        DEFAULT_BLOCKS,
        SlotData,
        SlotRow,
        WeekTable,
        assign_trainers,
        get_slot,
        list_slots,
        plan_days,
        restore_trainers,
        schedule_problems,
        trainers_of,
        update_slot,
        week_table,
    )
    from lacworkshop.services.workshops.schedule_checks import (
        ScheduleProblem,
        ScheduleProblemsError,
    )
    from lacworkshop.services.workshops.schedule_export import export_schedule_ics
    from lacworkshop.services.workshops.schedule_generation import (
        GeneratedSessions,
        SessionPlan,
        block_hours,
        generate_sessions,
    )
    from lacworkshop.services.workshops.session_saving import SavedSession, save_session
    from lacworkshop.services.workshops.timezone import workshop_timezone
    from lacworkshop.services.workshops.track_gaps import TracklessPerson, attendees_without_track
    from lacworkshop.services.workshops.workshop_saving import SavedWorkshop, save_workshop

_WHERE = {
    "DEFAULT_BLOCKS": "schedule",
    "DEFAULT_TRACK": "editing",
    "GeneratedSessions": "schedule_generation",
    "LANGUAGES": "editing",
    "SavedSession": "session_saving",
    "SavedWorkshop": "workshop_saving",
    "ScheduleProblem": "schedule_checks",
    "ScheduleProblemsError": "schedule_checks",
    "SessionPlan": "schedule_generation",
    "SlotData": "schedule",
    "SlotRow": "schedule",
    "TrackRow": "editing",
    "TracklessPerson": "track_gaps",
    "WeekTable": "schedule",
    "WorkshopData": "editing",
    "WorkshopRow": "listing",
    "add_track_claiming_default": "editing",
    "as_dict": "editing",
    "assign_trainers": "schedule",
    "attendees_without_track": "track_gaps",
    "block_hours": "schedule_generation",
    "create_workshop": "editing",
    "export_schedule_ics": "schedule_export",
    "generate_sessions": "schedule_generation",
    "get_slot": "schedule",
    "get_workshop": "editing",
    "list_slots": "schedule",
    "list_tracks": "editing",
    "list_workshops": "listing",
    "new_edition_of": "new_edition",
    "normalise": "editing",
    "plan_days": "schedule",
    "rename_track": "editing",
    "restore_trainers": "schedule",
    "save_session": "session_saving",
    "save_workshop": "workshop_saving",
    "schedule_problems": "schedule",
    "suggest": "new_edition",
    "track_id_for_name": "editing",
    "trainers_of": "schedule",
    "update_slot": "schedule",
    "update_workshop": "editing",
    "week_table": "schedule",
    "workshop_id_for_code": "listing",
    "workshop_timezone": "timezone",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_BLOCKS",
    "DEFAULT_TRACK",
    "LANGUAGES",
    "GeneratedSessions",
    "SavedSession",
    "SavedWorkshop",
    "ScheduleProblem",
    "ScheduleProblemsError",
    "SessionPlan",
    "SlotData",
    "SlotRow",
    "TrackRow",
    "TracklessPerson",
    "WeekTable",
    "WorkshopData",
    "WorkshopRow",
    "add_track_claiming_default",
    "as_dict",
    "assign_trainers",
    "attendees_without_track",
    "block_hours",
    "create_workshop",
    "export_schedule_ics",
    "generate_sessions",
    "get_slot",
    "get_workshop",
    "list_slots",
    "list_tracks",
    "list_workshops",
    "new_edition_of",
    "normalise",
    "plan_days",
    "rename_track",
    "restore_trainers",
    "save_session",
    "save_workshop",
    "schedule_problems",
    "suggest",
    "track_id_for_name",
    "trainers_of",
    "update_slot",
    "update_workshop",
    "week_table",
    "workshop_id_for_code",
    "workshop_timezone",
]
