"""LibreOffice as the reader of record: what an organiser would see on opening a file."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

# Export options: comma, double quote, UTF-8, (import-only), (formats), language,
# quote every text cell (so "-5" text and -5 number differ), detect numbers, values
# not as shown, no formulas, keep spaces, every sheet to its own file.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"
CSV_IN = "CSV:44,34,76,1"

Sheets = dict[str, list[list[str]]]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    return found


def _run(args: list[str], profile: Path) -> None:
    cmd = [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr


def read_csv_text(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@pytest.fixture
def libreoffice(tmp_path: Path) -> Callable[[Path], Sheets]:
    """Open an xlsx (or our CSV) in LibreOffice; every sheet comes back as CSV rows."""
    profile = tmp_path / "lo-profile"
    out = tmp_path / "lo-out"

    def open_file(path: Path) -> Sheets:
        target = out / path.stem
        target.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".csv":
            _run(
                [
                    "--infilter=" + CSV_IN,
                    "--convert-to",
                    CSV_ALL_SHEETS,
                    "--outdir",
                    str(target),
                    str(path),
                ],
                profile,
            )
        else:
            _run(["--convert-to", CSV_ALL_SHEETS, "--outdir", str(target), str(path)], profile)
        sheets: Sheets = {}
        for produced in sorted(target.glob("*.csv")):
            name = produced.stem[len(path.stem) + 1 :] if produced.stem != path.stem else ""
            sheets[name] = read_csv_text(produced)
        assert sheets, f"LibreOffice wrote nothing for {path.name}"
        return sheets

    return open_file


@pytest.fixture
def pdf_pages(tmp_path: Path) -> Callable[[Path], list[Path]]:
    """Convert an xlsx to PDF in LibreOffice and rasterise its pages with pdftoppm."""
    profile = tmp_path / "lo-profile"

    def render(path: Path) -> list[Path]:
        if shutil.which("pdftoppm") is None:
            pytest.skip("pdftoppm (poppler-utils) is not installed; .ci/run installs it")
        out = tmp_path / "pdf"
        out.mkdir(exist_ok=True)
        _run(["--convert-to", "pdf", "--outdir", str(out), str(path)], profile)
        pdf = out / f"{path.stem}.pdf"
        assert pdf.is_file()
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(out / "page")], check=True)
        return sorted(out.glob("page*.png"))

    return render
