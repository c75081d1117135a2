"""Save dialogs start at a full path named after the workshop, not a bare name in the cwd."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from lacworkshop.ui.widgets.save_path import suggested_path


def _capture(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def fake(parent, caption, directory, *rest, **kw):  # type: ignore[no-untyped-def]
        seen.append(directory)
        return "", ""  # the organiser cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return seen


def test_register_and_sign_in_sheets_suggest_a_full_path(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = _capture(monkeypatch)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.files.export_register()
    page.files.signin_sheets()
    assert [Path(p).name for p in seen] == ["WALC2026-attendance.xlsx", "WALC2026-sign-in.pdf"]
    assert all(Path(p).is_absolute() and Path(p).parent.is_dir() for p in seen)


def test_the_workshop_box_uses_the_same_dash_as_the_other_pages(page) -> None:  # type: ignore[no-untyped-def]
    assert page.workshop_box.currentText().startswith("WALC2026 — ")


def test_attendee_list_suggests_the_workshop_code(page, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.export_people_dialog import ExportPeopleDialog

    seen = _capture(monkeypatch)
    dialog = ExportPeopleDialog(page.ctx, page.workshop_id(), page)
    qtbot.addWidget(dialog)
    dialog._export()
    assert Path(seen[0]).name == "WALC2026-attendees.xlsx" and Path(seen[0]).is_absolute()


def test_a_file_name_is_made_safe() -> None:
    assert Path(suggested_path('A/B:C*"x"?.pdf')).name == "A-B-C-x-.pdf"
    assert Path(suggested_path("")).name == "lacworkshop"
