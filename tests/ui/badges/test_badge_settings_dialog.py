"""The badge settings dialog saves a workshop's choices, and check-in follows its lateness."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select


def test_settings_are_saved_and_lateness_follows(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Participation, Role, Slot
    from lacworkshop.services.attendance.grid import clear_slot
    from lacworkshop.services.badges import badge_settings, print_badges
    from lacworkshop.services.checkin import Outcome, check_in
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database
    from lacworkshop.ui.app_context import AppContext
    from lacworkshop.ui.dialogs.badge_settings_dialog import BadgeSettingsDialog
    from lacworkshop.ui.tasks import InlineRunner

    db = open_database(tmp_path / "settings.sqlite3")
    try:
        populate(db, people=30, workshops=1)
        wid = workshop_id_for_code(db, "WALC2026")
        ctx = AppContext(db, InlineRunner())
        dialog = BadgeSettingsDialog(ctx, wid)
        qtbot.addWidget(dialog)
        dialog.field_boxes["country"].setChecked(False)
        dialog.late_box.setValue(30)
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("avery-5395"))
        dialog.colours["trainer"] = "#CC79A7"
        from PIL import Image

        from lacworkshop.ui.dialogs import badge_settings_dialog

        logo = tmp_path / "logo.png"
        Image.new("RGB", (40, 20), (0, 114, 178)).save(logo)
        monkeypatch.setattr(
            badge_settings_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(logo), "")
        )
        dialog.btn_logo.click()
        qtbot.waitUntil(lambda: dialog.settings.logo is not None, timeout=5000)
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog._save()
        saved = badge_settings(db, wid)
        assert "country" not in saved.fields and "qr" in saved.fields
        assert (saved.late_after_minutes, saved.layout) == (30, "avery-5395")
        assert saved.colours["trainer"] == "#CC79A7"
        assert saved.logo == f"badge-logo-{wid}"

        # Printed on the workshop's stock when none is named; 25 minutes is not late now.
        result = print_badges(db, wid, tmp_path / "b.pdf", record=False).value
        assert result.layout == "avery-5395"
        with db.session() as session:
            slot = session.scalars(select(Slot).where(Slot.workshop_id == wid)).first()
            code = session.scalar(
                select(Participation.checkin_code).where(
                    Participation.workshop_id == wid,
                    Participation.role == Role.ATTENDEE,
                    Participation.checkin_code.is_not(None),
                    (Participation.track_id == slot.track_id)
                    if slot.track_id is not None
                    else Participation.id.is_not(None),
                )
            )
            sid, start = slot.id, datetime.combine(slot.date, slot.start_time)
        clear_slot(db, wid, sid)
        answer = check_in(db, wid, sid, code, now=start + timedelta(minutes=25)).value
        assert answer.outcome is Outcome.PRESENT
    finally:
        db.close()
