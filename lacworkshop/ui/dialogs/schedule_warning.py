"""Asking before a session is saved with schedule problems: Continue or Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.services.workshops import ScheduleProblem

_SHOWN = 12  # a generation can clash dozens of times; the first ones say enough


class ScheduleWarningBox(QMessageBox):
    """Lists the problems the schedule check found; Continue saves anyway."""

    def __init__(self, problems: Sequence[ScheduleProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_warning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Schedule problems"))
        self.setText(
            self.tr("The schedule check found %n problem(s). Save anyway?", "", len(problems))
        )
        lines = [f"• {p.message}" for p in problems[:_SHOWN]]
        if len(problems) > _SHOWN:
            lines.append(self.tr("… and {n} more.").format(n=len(problems) - _SHOWN))
        self.setInformativeText("\n".join(lines))
        self.continue_button = self.addButton(
            self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)


def accept_schedule_problems(
    problems: Sequence[ScheduleProblem], parent: QWidget | None = None
) -> bool:
    """True when there is nothing to ask, or the organiser chose Continue."""
    if not problems:
        return True
    box = ScheduleWarningBox(problems, parent)
    box.exec()
    return box.clickedButton() is box.continue_button
