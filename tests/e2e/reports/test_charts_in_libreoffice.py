"""The statistics workbook's native charts are drawn by LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image


def _blue_pixels(png: Path) -> int:
    """Pixels of the bar and pie colours; text and grid lines are grey or black."""
    data = Image.open(png).convert("RGB").tobytes()
    return sum(
        1
        for i in range(0, len(data), 3)
        if data[i + 2] > 120 and data[i + 2] > data[i] + 60 and data[i + 2] > data[i + 1] + 15
    )


def test_stats_charts_render(run_cli, demo_db, tmp_path: Path, pdf_pages) -> None:
    out = tmp_path / "walc.xlsx"
    demo_db.close()
    run_cli(
        "export",
        "stats",
        "--workshop",
        "WALC2026",
        "--language",
        "en",
        "-o",
        str(out),
        db=demo_db.path,
        check=True,
    )
    pages = pdf_pages(out)
    pdf = tmp_path / "pdf" / "walc.pdf"
    words = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for title in (
        "By country",
        "By gender",
        "By organisation",
        "By role",
        "By track",
        "Attendance by day",
        "Trainers",
    ):
        # Once in the page header (the sheet name) and once more as the chart's title.
        assert words.count(title) >= 2, title
    drawn = [p for p in pages if _blue_pixels(p) > 400]
    # Country, gender, organisation, role, track, sessions, day and trainers have charts;
    # the summary and the (empty) certificates sheet have none.
    assert len(drawn) >= 8, [(_p.name, _blue_pixels(_p)) for _p in pages]
