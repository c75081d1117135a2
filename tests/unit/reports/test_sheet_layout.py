"""The shared writer's sheet: readable, printable, typed, with its document properties."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from lacworkshop.formats.writing.csv_file import csv_bytes
from lacworkshop.formats.writing.xlsx_file import Chart, Column, Sheet, write_xlsx


def test_narrow_sheet_prints_portrait_and_wide_sheet_landscape(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    narrow = Sheet("Narrow", [Column("Name"), Column("n", "int")], [["Ana", 1]])
    wide = Sheet("Wide", [Column(f"Column {i}") for i in range(12)], [["x" * 20] * 12])
    write_xlsx(out, [narrow, wide])
    wb = load_workbook(out)
    for ws, orientation in ((wb["Narrow"], "portrait"), (wb["Wide"], "landscape")):
        assert ws.page_setup.orientation == orientation
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws.freeze_panes == "A2"
    assert wb["Narrow"].auto_filter.ref == "A1:B2"


def test_columns_are_sized_to_their_content(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    long_org = "Universidad Nacional Autónoma de México"
    write_xlsx(
        out,
        [
            Sheet(
                "S",
                [Column("N"), Column("Organisation"), Column("Notes")],
                [["Ana", long_org, "y" * 300]],
            )
        ],
    )
    ws = load_workbook(out).active
    assert ws.column_dimensions["A"].width < ws.column_dimensions["B"].width
    assert ws.column_dimensions["B"].width >= len(long_org)
    assert (
        ws.column_dimensions["C"].width <= 60
    )  # capped; long notes do not make a mile-wide column


def test_numbers_and_dates_keep_types_and_formats(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    cols = [
        Column("h", "hours"),
        Column("p", "percent"),
        Column("d", "date"),
        Column("t", "datetime"),
        Column("n", "int"),
        Column("x", "number"),
    ]
    write_xlsx(
        out,
        [
            Sheet(
                "S",
                cols,
                [[12.5, 0.8, dt.date(2026, 10, 12), dt.datetime(2026, 10, 12, 9, 30), -5, 2.25]],
            )
        ],
    )
    ws = load_workbook(out).active
    cells = [ws.cell(2, c) for c in range(1, 7)]
    assert [c.value for c in cells[:2]] == [12.5, 0.8]
    assert [c.number_format for c in cells] == [
        "0.0#",
        "0%",
        "yyyy-mm-dd",
        "yyyy-mm-dd hh:mm",
        "0",
        "0.00",
    ]
    assert cells[2].is_date and cells[3].is_date
    assert cells[4].value == -5 and cells[4].data_type == "n"


def test_document_properties(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    write_xlsx(
        out,
        [Sheet("S", [Column("a")], [])],
        title="Lista: WALC",
        subject="WALC2026",
        language="es",
        keywords="attendees",
        description="for the venue",
    )
    props = load_workbook(out).properties
    assert (props.title, props.subject, props.language, props.keywords, props.description) == (
        "Lista: WALC",
        "WALC2026",
        "es",
        "attendees",
        "for the venue",
    )
    assert props.creator == "lacworkshop"


def test_sheet_names_are_made_legal_and_unique(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    write_xlsx(
        out,
        [
            Sheet("a/b:c*?", [Column("a")], []),
            Sheet("A/B:C*?", [Column("a")], []),
            Sheet("x" * 40, [Column("a")], []),
        ],
    )
    names = load_workbook(out).sheetnames
    assert names[0] == "a b c" and names[1] == "A B C (2)" and len(names[2]) == 31


def test_native_chart_refers_to_the_sheet_cells(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    rows = [["Brasil", 5], ["Chile", 3], ["Perú", 2]]
    write_xlsx(
        out,
        [
            Sheet(
                "By country",
                [Column("Country"), Column("N", "int")],
                rows,
                charts=[Chart("bar", "Participants", max_rows=2)],
            )
        ],
    )
    z = zipfile.ZipFile(out)
    chart = z.read("xl/charts/chart1.xml").decode()
    assert "<barChart>" in chart and '<barDir val="bar"' in chart
    assert "'By country'!$B$2:$B$3" in chart and "'By country'!$A$2:$A$3" in chart


def test_a_literal_ooxml_escape_in_a_name_survives(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    names = ["_x0041_ literal", "a\rb", "\r\n"]
    write_xlsx(out, [Sheet("S", [Column("a")], [[n] for n in names])])
    ws = load_workbook(out).active
    assert [unescape(ws.cell(r, 1).value) for r in (2, 3, 4)] == names


def test_csv_same_rules() -> None:
    data = csv_bytes(
        ["Nombre", "Horas", "Fecha"],
        [
            ["-Ana", -5, dt.date(2026, 10, 12)],
            ["\tTab", 2.5, None],
            ["@x", 1, None],
            ['Ñandú; "q"', 0, None],
        ],
    )
    text = data.decode("utf-8")
    assert text.startswith("\ufeff") and "\r\n" in text
    lines = text[1:].split("\r\n")
    assert lines[1] == "'-Ana,-5,2026-10-12"
    assert lines[2] == '"\'\tTab",2.5,'  # a tab separates fields in some files: quoted
    assert lines[3] == "'@x,1,"
    assert lines[4] == '"Ñandú; ""q""",0,'
