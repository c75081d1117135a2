"""Words for stored values (roles, statuses), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lacworkshop.model import ParticipationStatus, Role, WorkshopStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role | str) -> str:
    return {
        "attendee": _tr("Attendee"),
        "trainer": _tr("Trainer"),
        "organiser": _tr("Organiser"),
        "staff": _tr("Staff"),
    }.get(str(role), str(role))


def status_label(status: ParticipationStatus | str) -> str:
    return {
        "registered": _tr("Registered"),
        "confirmed": _tr("Confirmed"),
        "waitlisted": _tr("Waitlisted"),
        "cancelled": _tr("Cancelled"),
    }.get(str(status), str(status))


def workshop_status_label(status: WorkshopStatus | str) -> str:
    return {
        "draft": _tr("Draft"),
        "open": _tr("Registration open"),
        "running": _tr("Running"),
        "finished": _tr("Finished"),
        "cancelled": _tr("Cancelled"),
    }.get(str(status), str(status))
