"""The attendance register: exported, filled in with openpyxl as a trainer would, imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from lacworkshop.formats.attendance.register_xlsx import FIRST_PERSON, ID_SHEET
from lacworkshop.model import Mark
from lacworkshop.services.attendance.grid import EMPTY, list_tracks, load_grid
from lacworkshop.services.attendance.register import apply_import, export_register, preview_import
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.workshops.listing import workshop_id_for_code

LETTER = {Mark.PRESENT: "P", Mark.LATE: "L", Mark.EXCUSED: "E", Mark.ABSENT: "A"}


def all_cells(db, wid):  # type: ignore[no-untyped-def]
    out = {}
    for t in list_tracks(db, wid):
        out.update(load_grid(db, wid, t.id).cells)
    return out


def slot_columns(ws) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """slot id -> column number, from the hidden id row."""
    row = next(r for r in ws.iter_rows() if r[0].value == "#slot")
    return {c.value: c.column for c in row[3:] if isinstance(c.value, int)}


def person_rows(ws) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return {
        ws.cell(r, 1).value: r
        for r in range(FIRST_PERSON, ws.max_row + 1)
        if isinstance(ws.cell(r, 1).value, int)
    }


def test_untouched_register_changes_nothing(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    path = tmp_path / "register.xlsx"
    assert export_register(db, wid, path) == []
    preview = preview_import(db, wid, path)
    assert preview.changes == [] and preview.problems == []
    assert preview.unchanged == len(all_cells(db, wid))


def test_exactly_the_changed_marks_change(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    before = all_cells(db, wid)
    wb = openpyxl.load_workbook(path)
    expected = dict(before)
    edits = 0
    for ws in wb.worksheets:
        if ws.title == ID_SHEET:
            continue
        cols, rows = slot_columns(ws), person_rows(ws)
        for n, (pid, r) in enumerate(sorted(rows.items())[:3]):
            for k, (sid, c) in enumerate(list(cols.items())[n : n + 2]):
                old = before.get((pid, sid), EMPTY).mark
                new = [Mark.ABSENT, Mark.LATE, Mark.EXCUSED, Mark.PRESENT][(n + k) % 4]
                if new == old:
                    new = Mark.ABSENT if old is not Mark.ABSENT else Mark.PRESENT
                # A trainer types lower case as often as not.
                ws.cell(r, c).value = LETTER[new].lower() if k else LETTER[new]
                expected[(pid, sid)] = before.get((pid, sid), EMPTY).__class__(
                    new, before.get((pid, sid), EMPTY).note
                )
                edits += 1
    wb.save(path)
    preview = preview_import(db, wid, path)
    assert len(preview.changes) == edits
    assert all_cells(db, wid) == before, "a preview changes nothing"
    result = apply_import(db, wid, path)
    assert result.applied and len(result.changes) == edits
    assert all_cells(db, wid) == expected
    # Importing the same file again finds nothing left to do.
    assert preview_import(db, wid, path).changes == []


def test_rows_are_matched_by_id_not_by_name(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = person_rows(ws)
    cols = slot_columns(ws)
    (pid_a, ra), (pid_b, rb) = list(rows.items())[:2]
    # Swap the names of two rows, as a badly sorted copy-paste would; mark the first row.
    for col in (2, 3):
        ws.cell(ra, col).value, ws.cell(rb, col).value = (
            ws.cell(rb, col).value,
            ws.cell(ra, col).value,
        )
    first_slot = next(iter(cols))
    ws.cell(ra, cols[first_slot]).value = "P"
    wb.save(path)
    apply_import(db, wid, path)
    cells = all_cells(db, wid)
    assert cells[(pid_a, first_slot)].mark is Mark.PRESENT
    assert (pid_b, first_slot) not in cells


def test_a_register_of_another_workshop_is_refused(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    other = workshop_id_for_code(db, "DNSSEC-2026")
    path = tmp_path / "walc.xlsx"
    export_register(db, wid, path)
    before = all_cells(db, other)
    with pytest.raises(ValidationError, match="register of workshop WALC2026, not DNSSEC-2026"):
        apply_import(db, other, path)
    assert all_cells(db, other) == before


def test_a_register_from_another_database_is_refused(tmp_path: Path) -> None:
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    one = open_database(tmp_path / "one.sqlite3")
    two = open_database(tmp_path / "two.sqlite3")
    try:
        # The same demo in two databases: same codes, same ids, same participation ids.
        populate(one, people=30, workshops=3)
        populate(two, people=30, workshops=3)
        path = tmp_path / "walc.xlsx"
        export_register(one, workshop_id_for_code(one, "WALC2026"), path)
        for db in (two, one):
            # Even after the other database exported its own register.
            with pytest.raises(ValidationError, match="another database"):
                preview_import(two, workshop_id_for_code(two, "WALC2026"), path)
            export_register(db, workshop_id_for_code(db, "WALC2026"), tmp_path / "own.xlsx")
        assert preview_import(one, workshop_id_for_code(one, "WALC2026"), path).changes == []
    finally:
        one.close()
        two.close()


def test_not_a_register_is_refused_clearly(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["name", "P"])
    wb.save(path)
    with pytest.raises(ValidationError, match="not an attendance register"):
        preview_import(db, wid, path)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ValidationError, match="cannot be read"):
        preview_import(db, wid, junk)


def test_bad_letters_and_rows_without_id_are_reported_not_applied(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cols, rows = slot_columns(ws), person_rows(ws)
    r = next(iter(rows.values()))
    c = next(iter(cols.values()))
    ws.cell(r, c).value = "X"
    walk_in = ws.max_row + 1
    ws.cell(walk_in, 2).value = "Walk-in"
    ws.cell(walk_in, c).value = "P"
    wb.save(path)
    preview = preview_import(db, wid, path)
    assert preview.changes == []
    text = "\n".join(preview.problems)
    assert "'X' is not one of P, L, E, A" in text
    assert f"A{walk_in}" in text and "no id" in text


def test_blank_cells_keep_marks_unless_asked(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cols, rows = slot_columns(ws), person_rows(ws)
    pid, r = next(iter(rows.items()))
    sid, c = next(iter(cols.items()))
    assert ws.cell(r, c).value
    ws.cell(r, c).value = None
    wb.save(path)
    assert preview_import(db, wid, path).changes == []
    cleared = preview_import(db, wid, path, clear_blanks=True)
    assert [(x.participation_id, x.slot_id, x.after) for x in cleared.changes] == [(pid, sid, None)]


def test_register_structure(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = tricky
    path = tmp_path / "register.xlsx"
    export_register(db, wid, path)
    wb = openpyxl.load_workbook(path)
    assert wb[ID_SHEET].sheet_state == "veryHidden"
    assert wb[ID_SHEET].protection.sheet
    ws = wb["Única"]
    assert ws.freeze_panes == "D7"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows is not None
    assert ws.row_dimensions[6].hidden
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and dv[0].formula1 == '"P,L,E,A"'
    assert str(dv[0].sqref) == f"D7:G{6 + 8}"
    # Two days: the first day's two sessions share a merged day label.
    assert "D3:E3" in {str(m) for m in ws.merged_cells.ranges}
    # Names are text: the injection attempt and "-5" never become formulas.
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "HYPERLINK" in sheet_xml
    formulas = [line for line in sheet_xml.split("<f>")[1:]]
    assert not any("HYPERLINK" in f.split("</f>")[0] for f in formulas)
    names = {ws.cell(r, 3).value for r in range(7, 15)}
    assert '=HYPERLINK("http://x","y")' in names and "-5" in names


def test_control_characters_are_replaced_with_a_warning(tricky, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import Person
    from lacworkshop.services.attendance.signin_sheets import write_signin_sheets

    db, wid = tricky
    with db.session() as s:
        p = s.scalar(select(Person).where(Person.given_names == "İlkay"))
        p.family_names = "Şa\x07hin\x0b"
    path = tmp_path / "register.xlsx"
    warnings = export_register(db, wid, path)
    assert len(warnings) == 1 and "control characters" in warnings[0]
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert "Şa\ufffdhin\ufffd" in {ws.cell(r, 2).value for r in range(7, 15)}
    assert preview_import(db, wid, path).changes == []
    # The sign-in sheet prints the name with a space where the control character was.
    pdf = tmp_path / "sheets.pdf"
    write_signin_sheets(db, wid, pdf)
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Şa hin" in text


def test_files_far_larger_than_a_register_are_refused_unread(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    big = tmp_path / "huge.xlsx"
    with open(big, "wb") as fh:
        fh.truncate(41 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ValidationError, match="far larger than any attendance register"):
        preview_import(db, wid, big)
    bomb = tmp_path / "bomb.xlsx"
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z,
        z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(410):
            member.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ValidationError, match="would unpack to 410 MB"):
        preview_import(db, wid, bomb)
