"""The import wizard driven like a person would, on every shared file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from lacworkshop.model import Participation, Person
from lacworkshop.services.importing.preview import Decision


def _names(db) -> set[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {
            f"{g} {f}".strip()
            for g, f in s.execute(select(Person.given_names, Person.family_names))
        }


def _open(ctx, main_window, path, workshop_id):  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.import_wizard import open_import_wizard

    wizard = open_import_wizard(ctx, main_window, str(path), workshop_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    # WALC2026 has three tracks: the wizard waits on the first page for the track.
    assert wizard.currentPage() is wizard.file_page
    wizard.next()
    return wizard


def _run_to_result(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.layout_page
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    wizard.next()  # Import: runs through the task runner
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)


def _read(text: object) -> str:
    return " ".join(str(text).split())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "respuestas_formulario.csv",
            lambda p: {
                _read(f"{r['Nombre(s)']} {r['Apellido(s)']}")
                for r in csv.DictReader(p.open(encoding="utf-8-sig", newline=""))
            },
        ),
        (
            "inscriptos_excel.csv",
            lambda p: {
                _read(f"{r['Nombre']} {r['Apellido']}")
                for r in csv.DictReader(p.open(encoding="cp1252", newline=""), delimiter=";")
            },
        ),
        ("lista_antigua.xls", None),
        ("participantes.ods", None),
        ("inscricoes.xlsx", None),
    ],
)
def test_every_shared_file_through_the_wizard(
    qtbot, main_window, ctx, walc_id, shared_data: Path, name, expected
) -> None:  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    src = shared_data / name
    wizard = _open(ctx, main_window, src, walc_id)
    with qtbot.waitSignal(ctx.changed, timeout=20000) as changed:
        _run_to_result(qtbot, wizard)
    assert changed.args[0] >= {"people", "participations"}
    if expected is not None:
        want = expected(src)
    elif name == "inscricoes.xlsx":
        rows = CalamineWorkbook.from_path(str(src)).get_sheet_by_index(0).to_python()[3:]
        want = {_read(r[0]) for r in rows if str(r[0]).strip()}
    else:
        rows = CalamineWorkbook.from_path(str(src)).get_sheet_by_index(0).to_python()[1:]
        want = {_read(f"{r[0]} {r[1]}") for r in rows}
    assert _names(ctx.db) == want
    summary = wizard.state.summary
    assert summary is not None and summary.created == len(want)
    assert "created" in wizard.result_page.counts.text()
    assert summary.backup is not None and summary.backup.is_file()
    assert str(summary.backup) in wizard.result_page.details.toPlainText()
    # The mapping is remembered for the next file with these headers.
    again = _open(ctx, main_window, src, walc_id)
    again.next()
    assert again.state.remembered


def test_layout_page_shows_header_below_title(
    qtbot, main_window, ctx, walc_id, shared_data: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard = _open(ctx, main_window, shared_data / "inscricoes.xlsx", walc_id)
    page = wizard.layout_page
    assert page.header_row.value() == 3
    # Blank rows are left out; the row labels are the sheet's own row numbers.
    from PySide6.QtCore import Qt as _Qt

    model = page.raw.model()
    assert model.headerData(1, _Qt.Orientation.Vertical) == "3"
    assert model.index(1, 0).data() == "Nome completo"
    assert model.index(1, 0).data(_Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(_Qt.ItemDataRole.FontRole) is None
    assert not page.encoding.isVisible()
    wizard.next()
    fields = [c.currentData() for c in wizard.mapping_page.combos]
    assert fields[:4] == ["full_name", "email", "organisation", "country"]


def test_uncertain_encoding_is_shown_and_can_be_chosen(
    qtbot, main_window, ctx, walc_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "dos.csv"
    src.write_bytes("Nombre;Apellido;Correo\r\nJosé;Muñoz ░;jm@example.org\r\n".encode("cp850"))
    wizard = _open(ctx, main_window, src, walc_id)
    page = wizard.layout_page
    assert not page.warning.isHidden()
    assert "could not be told for sure" in page.warning.text()
    page.encoding.setCurrentIndex(page.encoding.findData("cp850"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.warning.isHidden()
    assert page.raw.model().index(1, 1).data() == "Muñoz ░"
    _run_to_result(qtbot, wizard)
    assert _names(ctx.db) == {"José Muñoz ░"}


def test_per_duplicate_choices(qtbot, main_window, ctx, walc_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        s.add_all(
            [
                Person(
                    given_names="Ana", family_names="Pérez", email="ana@example.org", country="PE"
                ),
                Person(
                    given_names="Luis",
                    family_names="Gómez",
                    email="luis@example.org",
                    organisation="Old",
                ),
            ]
        )
    src = tmp_path / "dups.csv"
    src.write_text(
        "Nombre,Apellido,Correo,Institución\n"
        "Ana,Pérez,ANA@example.org,UNI\n"
        "Luis,Gómez,luis@example.org,Nueva\n"
        "Rosa,Díaz,rosa@example.org,X\n"
        "Rosa,Díaz,ROSA@example.org,X\n",
        encoding="utf-8",
    )
    wizard = _open(ctx, main_window, src, walc_id)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert page.duplicate_rows() == [2, 3, 5]
    assert page.model.index(0, 6).data() == "Ana Pérez (same email)"
    assert page.model.index(3, 6).data() == "row 4 (same email)"
    assert page.model.index(2, 1).data() == "New person"
    # Row 2 through the combo box a person clicks in the Action column.
    from PySide6.QtWidgets import QComboBox

    page.only_attention.setChecked(True)
    assert page.proxy.rowCount() == 3  # the new person (row 4) is hidden
    page.only_attention.setChecked(False)
    assert page.proxy.rowCount() == 4
    action = page.proxy.index(0, 1)
    page.grid.setCurrentIndex(action)
    page.grid.edit(action)
    combo = page.grid.viewport().findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Link to the existing person",
        "Update the existing person",
        "Skip",
    ]
    combo.setCurrentIndex(combo.findData("skip"))
    combo.activated.emit(combo.currentIndex())
    assert page.model.rows[0].decision is Decision.SKIP
    assert page.model.index(0, 1).data() == "Skip"
    page.set_decision(3, Decision.UPDATE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    s = wizard.state.summary
    assert (s.created, s.linked, s.updated, len(s.skipped)) == (1, 0, 1, 2)
    with ctx.db.session() as session:
        luis = session.scalars(select(Person).where(Person.email == "luis@example.org")).one()
        assert luis.organisation == "Nueva"
        enrolled = session.scalars(
            select(Participation.person_id).where(Participation.workshop_id == walc_id)
        ).all()
        assert len(enrolled) == 2


def test_cancel_writes_nothing(
    qtbot, main_window, ctx, walc_id, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    src = tmp_path / "many.csv"
    src.write_text(
        "Nombre,Apellido\n" + "".join(f"N{i},A{i}\n" for i in range(3000)), encoding="utf-8"
    )
    wizard = _open(ctx, main_window, src, walc_id)
    wizard.next()
    wizard.next()
    wizard.next()  # starts the task; the inline runner runs it on the next turn
    assert wizard.preview_page.progress_dialog is not None
    from PySide6.QtWidgets import QPushButton

    wizard.preview_page.progress_dialog.findChild(QPushButton).click()  # the dialog's Cancel
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert messages == ["The import was cancelled; nothing was written."]
    assert wizard.currentPage() is wizard.preview_page
    assert _names(ctx.db) == set()


def test_unreadable_file_is_a_message_not_a_traceback(
    qtbot, main_window, ctx, walc_id, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    bad = tmp_path / "roto.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    wizard = _open(ctx, main_window, bad, walc_id)
    assert wizard.currentPage() is wizard.file_page
    assert warnings and warnings[0].startswith("roto.xlsx: the file is damaged")


def test_save_report(
    qtbot, main_window, ctx, walc_id, shared_data: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    target = tmp_path / "informe.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard = _open(ctx, main_window, shared_data / "participantes.ods", walc_id)
    _run_to_result(qtbot, wizard)
    wizard.result_page.save.click()
    rows = list(load_workbook(target).worksheets[1].iter_rows(values_only=True))
    assert len(rows) == 61


def test_import_request_from_the_window_opens_the_wizard(
    qtbot, main_window, ctx, walc_id, shared_data: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from lacworkshop.ui.dialogs.import_wizard import ImportWizard

    main_window.request_import(str(shared_data / "participantes.ods"), walc_id)

    def mine() -> list[ImportWizard]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ImportWizard) and w.isVisible() and w.parent() is main_window
        ]

    qtbot.waitUntil(lambda: len(mine()) == 1, timeout=5000)
    wizard = mine()[0]
    # Three tracks: the wizard stays on its first page, the track list focused, until
    # the organiser says which track these people follow.
    assert wizard.currentPage() is wizard.file_page
    assert wizard.focusWidget() is wizard.file_page.track
    assert wizard.file_page.track.count() == 4 and wizard.file_page.track.toolTip()
    wizard.file_page.track.setCurrentIndex(wizard.file_page.track.findText("Network security"))
    wizard.next()
    assert wizard.currentPage() is wizard.layout_page
    assert wizard.state.track_name == "Network security"
    wizard.close()


def test_a_workshop_with_one_track_goes_straight_to_the_sheet(
    qtbot, main_window, ctx, walc_id, shared_data: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.data_safety.deletion import delete_entity
    from lacworkshop.services.importing.preview import workshop_tracks
    from lacworkshop.ui.dialogs.import_wizard import open_import_wizard

    for tid, _name in workshop_tracks(ctx.db, walc_id)[1:]:
        delete_entity(ctx.db, "track", tid)
    wizard = open_import_wizard(ctx, main_window, str(shared_data / "participantes.ods"), walc_id)
    assert wizard.currentPage() is wizard.layout_page
    assert wizard.state.track_name == "Routing and BGP"
    wizard.close()


def test_problems_are_shown_before_anything_is_written(
    qtbot, main_window, ctx, walc_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "problemas.csv"
    src.write_text(
        "Nombre,Apellido,Correo,País\n"
        "Ana,Pérez,ana(at)example.org,Perú\n"
        "Zoé,Martin,zoe@example.fr,Narnia\n"
        ",,nadie@example.org,Chile\n",
        encoding="utf-8",
    )
    wizard = _open(ctx, main_window, src, walc_id)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert "1 new people, 0 duplicates, 2 cannot be imported, 1 with warnings" in page.counts.text()
    cells = [
        [page.proxy.index(r, c).data() for c in range(9)] for r in range(page.proxy.rowCount())
    ]
    assert cells[0][1] == "Not imported" and cells[0][7] == "bad email “ana(at)example.org”"
    assert cells[1][1] == "New person" and cells[1][7] == "unknown country “Narnia” (left empty)"
    assert cells[2][1] == "Not imported" and cells[2][7] == "missing name"
    assert _names(ctx.db) == set()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert _names(ctx.db) == {"Zoé Martin"}
    text = wizard.result_page.details.toPlainText()
    assert "Row 2 (Ana Pérez): skipped, bad email 'ana(at)example.org'" in text
    assert "Row 4 (no name): skipped, missing name" in text


def test_dropping_a_file_on_the_window_opens_the_wizard(
    qtbot, main_window, ctx, walc_id, shared_data: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from lacworkshop.ui.dialogs.import_wizard import ImportWizard

    ctx.workshop_selected.emit(walc_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shared_data / "lista_antigua.xls"))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    # Qt delivers drop events only inside a real drag; the window's handlers are called
    # as the drag machinery would.
    main_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    main_window.dropEvent(drop)
    wizards = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ImportWizard) and w.isVisible() and w.parent() is main_window
    ]
    assert len(wizards) == 1
    wizard = wizards[0]
    assert wizard.state.path == shared_data / "lista_antigua.xls"
    # The current workshop was taken; it has three tracks, so the wizard asks for one.
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.workshop.currentData() == main_window.ctx.current_workshop_id
    wizard.close()
