"""Certificate operations: issue and write in one use case, draw for viewing, reissue, revoke."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from lacworkshop.model import CertificateKind, CertificateStatus
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.certificates.issuing import list_certificates
from lacworkshop.services.certificates.use_cases import (
    IssueTargets,
    issue_and_write,
    reissue_certificate,
    revoke_certificate,
    write_for_viewing,
)
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import NOTHING, Cancelled, Change


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split(":", 1)[1])


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_issue_and_write_issues_writes_and_names_what_changed(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    merged, zip_path = tmp_path / "walc.pdf", tmp_path / "walc.zip"
    result = issue_and_write(
        db,
        wid,
        CertificateKind.PARTICIPATION,
        None,
        "auto",
        IssueTargets(merged=merged, zip_path=zip_path),
        before_end=True,
    )
    outcome = result.value
    eligible = [s for s in workshop_standings(db, wid) if s.result.eligible]
    register = list_certificates(db, wid)
    assert result.changes == {Change.CERTIFICATES}
    assert len(outcome.report.issued) == len(eligible) == len(register) == outcome.pages
    assert outcome.merged == merged and _pages(merged) == len(register)
    text = _text(merged)
    assert all(r.code in text for r in register)
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
    pdfs = [n for n in names if n.endswith(".pdf")]
    assert len(pdfs) == len(register)  # one PDF per person (each beside its credential)
    assert all(any(r.code in n for n in pdfs) for r in register)
    # Everyone left out is named with the reason, as the window and the command line show.
    assert outcome.report.not_eligible == len(outcome.report.ineligible) > 0
    assert all(b.reason for b in outcome.report.ineligible)


def test_a_dry_run_writes_nothing_and_changes_nothing(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    merged = tmp_path / "walc.pdf"
    result = issue_and_write(
        db,
        wid,
        CertificateKind.PARTICIPATION,
        None,
        "auto",
        IssueTargets(merged=merged),
        dry_run=True,
        before_end=True,
    )
    assert result.changes == NOTHING and not result.value.written
    assert result.value.report.issued and not merged.exists()
    assert list_certificates(db, wid) == []


def test_cancel_while_writing_leaves_no_file(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    merged = tmp_path / "walc.pdf"

    class CancelWhenWriting:
        """Presses Cancel once the certificates are issued, while their PDF is drawn."""

        def report(self, done: int, total: int, message: str = "") -> None:
            del done, total, message

        def check(self) -> None:
            if list_certificates(db, wid):
                raise Cancelled()

    progress = CancelWhenWriting()
    with pytest.raises(Cancelled):
        issue_and_write(
            db,
            wid,
            CertificateKind.PARTICIPATION,
            None,
            "auto",
            IssueTargets(merged=merged),
            before_end=True,
            progress=progress,
        )
    assert list_certificates(db, wid)  # issued (and kept: they are in the register) ...
    assert not merged.exists() and not list(tmp_path.glob("*.part"))  # ... but no file


def test_viewing_draws_the_chosen_rows_and_changes_nothing(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    issue_and_write(
        db, wid, CertificateKind.PARTICIPATION, None, "auto", IssueTargets(), before_end=True
    )
    rows = list_certificates(db, wid)[:2]
    result = write_for_viewing(db, rows, tmp_path / "two.pdf", wid)
    assert result.changes == NOTHING and result.value == tmp_path / "two.pdf"
    assert _pages(result.value) == 2
    with pytest.raises(ValidationError):
        write_for_viewing(db, [], tmp_path / "none.pdf", wid)


def test_revoke_then_reissue_are_operations_on_the_register(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    issue_and_write(
        db, wid, CertificateKind.PARTICIPATION, None, "auto", IssueTargets(), before_end=True
    )
    first = list_certificates(db, wid)[0]
    revoked = revoke_certificate(db, first.id, "registered twice")
    assert revoked.changes == {Change.CERTIFICATES}
    assert revoked.value.status is CertificateStatus.REVOKED
    with pytest.raises(ValidationError):
        revoke_certificate(db, first.id, "   ")
    again = reissue_certificate(db, first.id, None, before_end=True)
    assert again.changes == {Change.CERTIFICATES}
    assert again.value.issued and again.value.issued[0].status is CertificateStatus.VALID
