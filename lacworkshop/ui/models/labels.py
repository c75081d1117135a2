"""Words for stored values (roles, statuses), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lacworkshop.model import ParticipationStatus, Role, WorkshopStatus


def role_label(role: Role | str) -> str:
    return {
        "attendee": QCoreApplication.translate("Labels", "Attendee"),
        "trainer": QCoreApplication.translate("Labels", "Trainer"),
        "organiser": QCoreApplication.translate("Labels", "Organiser"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
    }.get(str(role), str(role))


def status_label(status: ParticipationStatus | str) -> str:
    return {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "confirmed": QCoreApplication.translate("Labels", "Confirmed"),
        "waitlisted": QCoreApplication.translate("Labels", "Waitlisted"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(str(status), str(status))


def workshop_status_label(status: WorkshopStatus | str) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "open": QCoreApplication.translate("Labels", "Registration open"),
        "running": QCoreApplication.translate("Labels", "Running"),
        "finished": QCoreApplication.translate("Labels", "Finished"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(str(status), str(status))
