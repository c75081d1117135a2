"""Attendees left without a track are flagged on the Attendance page and before issuing."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from lacworkshop.model import Role
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.people.participation import add_participants
from lacworkshop.ui.dialogs.trackless_warning import TracklessWarningBox


def test_notice_and_warning_name_the_person(qtbot, cert_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.pages.attendance_page import AttendancePage
    from lacworkshop.ui.pages.certificates_page import CertificatesPage

    ctx, wid = cert_ctx
    attendance = AttendancePage(ctx)
    qtbot.addWidget(attendance)
    attendance.show()
    attendance.select_workshop(wid)
    assert attendance.trackless.isHidden()

    pid = create_person(ctx.db, PersonData("Ñusta", "Quispe Mamani", email="nq@example.org"))
    add_participants(ctx.db, wid, [pid], Role.ATTENDEE, None)
    ctx.notify("participations")
    assert attendance.trackless.isVisible()
    assert "Ñusta Quispe Mamani" in attendance.trackless.text()

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown: list[TracklessWarningBox] = []

    def cancel(box):  # type: ignore[no-untyped-def]
        shown.append(box)
        box.cancel_button.click()
        return 0

    monkeypatch.setattr(TracklessWarningBox, "exec", cancel)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    page.generate_button.click()
    assert len(shown) == 1 and "Ñusta Quispe Mamani <nq@example.org>" in shown[0].informativeText()
    assert asked == []  # Cancel: not even the file is asked for
