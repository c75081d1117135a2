"""The import wizard names the registration system, says which columns competed and why a
header was not believed, and offers first-session attendance from the platform's
check-in."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from lacworkshop.model import Attendance, Person


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _wizard(ctx, main_window, path: Path, workshop_id: int):  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.import_wizard import open_import_wizard

    wizard = open_import_wizard(ctx, main_window, str(path), workshop_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    wizard.next()
    assert wizard.currentPage() is wizard.layout_page
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_anonymous_form_column_notes_shown(qtbot, main_window, ctx, walc_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = [
        "ID", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre",
        "Nombre completo", "Correo electrónico de contacto", "Correo alternativo", "País",
    ]  # fmt: skip
    rows: list[list[object]] = [header]
    for n, (name, mail, other, country) in enumerate(
        [
            (
                "María de los Ángeles Quispe Mamani",
                "mquispe@agetic.gob.bo",
                "mq@gmail.com",
                "Bolivia",
            ),
            ("João Pedro D'Ávila Conceição", "jpc@nic.br", "jpc@gmail.com", "Brasil"),
        ],
        1,
    ):
        t = dt.datetime(2026, 9, 3, 10, n)
        rows.append([n, t, t, "anonymous", "", name, mail, other, country])
    path = _xlsx(tmp_path / "Registro.xlsx", rows)
    wizard = _wizard(ctx, main_window, path, walc_id)
    note = wizard.mapping_page.note.text()
    assert "Recognised as an export of Microsoft Forms." in note
    assert "'Correo electrónico' is headed like 'email' but its values are not" in note
    assert (
        "several columns could be 'email': 'Correo electrónico de contacto', "
        "'Correo alternativo'" in note
    )
    assert "choose another in the list beside it" in note and "--map" not in note
    combos = {header[i]: wizard.mapping_page.combos[i].currentData() for i in range(len(header))}
    assert combos["Correo electrónico"] is None and combos["Nombre completo"] == "full_name"
    wizard.resize(1000, 640)
    shots = os.environ.get("LACWORKSHOP_SCREENSHOTS")
    if shots:
        wizard.grab().save(str(Path(shots) / "import_mapping_systems.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    counts = wizard.preview_page.counts.text()
    assert "Exported from Microsoft Forms." in counts and "'Correo alternativo'" in counts
    assert not wizard.preview_page.checked_in.isVisible()  # the file says nothing of it
    if shots:
        wizard.grab().save(str(Path(shots) / "import_preview_systems.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    with ctx.db.session() as s:
        names = set(s.execute(select(Person.given_names, Person.family_names)).all())
    assert {("María de los Ángeles", "Quispe Mamani"), ("João Pedro", "D'Ávila Conceição")} <= names
    wizard.close()


def test_checked_in_offered_and_marks_the_first_session(
    qtbot, main_window, ctx, walc_id, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _xlsx(
        tmp_path / "registrations.xlsx",
        [
            ["ID", "Name", "Email", "Registration state", "Checked in"],
            ["11", "Marie-Claire Desrosiers", "mcd@rddl.ht", "Completed", "Yes"],
            ["12", "Kwame O'Neil", "koneil@uwi.edu.jm", "Completed", "No"],
        ],
    )
    wizard = _wizard(ctx, main_window, path, walc_id)
    assert "Recognised as an export of Indico." in wizard.mapping_page.note.text()
    wizard.next()
    box = wizard.preview_page.checked_in
    assert box.isVisible() and not box.isChecked()
    box.setChecked(True)
    shots = os.environ.get("LACWORKSHOP_SCREENSHOTS")
    if shots:
        wizard.resize(1000, 640)
        wizard.grab().save(str(Path(shots) / "import_preview_checked_in.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 1
    wizard.close()
