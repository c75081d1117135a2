"""Output files (merged, per person, zip, atomic) and templates."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates.issuing import issue_certificates
from lacworkshop.services.certificates.output import (
    longest_name,
    preview_pdf,
    write_merged,
    write_per_person,
)
from lacworkshop.services.certificates.templates import (
    TemplateInfo,
    get_template,
    list_templates,
    save_template,
    words,
)
from lacworkshop.services.errors import NotFoundError, ValidationError

DAY = date(2026, 10, 16)


class _CancelAfter:
    def __init__(self, n: int) -> None:
        self.n = n
        self.calls = 0

    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def check(self) -> None:
        self.calls += 1
        if self.calls > self.n:
            raise KeyboardInterrupt("cancelled")


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def test_merged_and_per_person_outputs(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    rows = issue_certificates(db, wid, CertificateKind.COMPLETION, today=DAY).certificates
    n = write_merged(db, rows, tmp_path / "all.pdf", wid)
    assert n == len(rows) == _pdf_pages(tmp_path / "all.pdf")
    files = write_per_person(db, rows, tmp_path / "each", tmp_path / "each.zip", wid)
    assert len(files) == len(rows) and all(_pdf_pages(f) == 1 for f in files[:3])
    assert files[0].name.startswith(
        f"{rows[0].family_names}, {rows[0].given_names} - {rows[0].code}"
    )
    with zipfile.ZipFile(tmp_path / "each.zip") as z:
        names = z.namelist()
    # Each PDF with its Open Badges credential beside it, in the folder and in the zip.
    assert [n for n in names if n.endswith(".pdf")] == [f.name for f in files]
    badges = [f.with_suffix(".jwt").name for f in files]
    assert [n for n in names if n.endswith(".jwt")] == badges
    assert all((tmp_path / "each" / b).is_file() for b in badges)
    assert not list(tmp_path.glob(".*.part"))


def test_a_cancelled_run_leaves_no_file(walc, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    tmp_path = tmp_path_factory.mktemp("out")
    rows = issue_certificates(db, wid, CertificateKind.COMPLETION, today=DAY).certificates
    (tmp_path / "all.pdf").write_bytes(b"the old file")
    with pytest.raises(KeyboardInterrupt):
        write_merged(db, rows, tmp_path / "all.pdf", wid, progress=_CancelAfter(3))
    assert (tmp_path / "all.pdf").read_bytes() == b"the old file"
    with pytest.raises(KeyboardInterrupt):
        write_per_person(db, rows, None, tmp_path / "x.zip", wid, progress=_CancelAfter(3))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf"]


def test_nothing_to_write_is_a_clear_error(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    with pytest.raises(ValidationError, match="no certificates"):
        write_merged(db, [], tmp_path / "x.pdf", wid)


def test_builtin_templates_and_saving_a_copy(walc) -> None:  # type: ignore[no-untyped-def]
    db, _wid = walc
    names = [t.name for t in list_templates(db)]
    assert names[:3] == ["Bilingual", "Classic", "Modern"]
    classic = get_template(db, "Classic")
    with pytest.raises(ValidationError, match="built-in"):
        save_template(db, classic)
    mine = TemplateInfo(
        "Ours",
        CertificateKind.COMPLETION,
        "Letter",
        "portrait",
        {**classic.definition, "texts": {"es": {"completion": {"title": "Diploma de {workshop}"}}}},
    )
    saved = save_template(db, mine)
    assert saved.id is not None and get_template(db, "Ours").page_size == "Letter"
    w = words(get_template(db, "Ours"), CertificateKind.COMPLETION, "es")
    assert w["title"] == "Diploma de {workshop}" and w["lead"] == "Se certifica que"
    with pytest.raises(NotFoundError, match="Ours"):
        get_template(db, "Nope")
    with pytest.raises(ValidationError):
        save_template(db, TemplateInfo("Bad", page_size="A3"))


def test_preview_and_longest_name(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = longest_name(db, wid, CertificateKind.PARTICIPATION)
    assert pid is not None
    pdf = preview_pdf(db, wid, get_template(db, "Modern"), CertificateKind.PARTICIPATION, pid, "fr")
    assert pdf.startswith(b"%PDF") and b"lwStatic" in pdf
