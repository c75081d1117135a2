"""The Attendance page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.widgets.coming_page import ComingPage


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    tr = QCoreApplication.translate
    return ComingPage(
        tr("AttendancePage", "Attendance"),
        tr("AttendancePage", "This part of lacworkshop is not available in this version yet."),
        parent,
    )
