"""Certificate operations: what a person does with certificates, each as one use case.

Issuing and writing the PDFs is one action for the person (the window's
Generate, the command line's ``certificates issue``), so it is one function
here; so is drawing the chosen certificates into one PDF to open or print, and
reissuing or revoking one certificate. Each returns an :class:`OpResult` naming
what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates.issuing import (
    CertificateRow,
    IssueReport,
    issue_certificates,
    reissue,
    revoke,
)
from lacworkshop.services.certificates.output import write_merged, write_per_person
from lacworkshop.services.operations import (
    NO_PROGRESS,
    NOTHING,
    Change,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.storage import Database


@dataclass(frozen=True)
class IssueTargets:
    """Where to write what is issued; all empty (or a dry run) writes nothing."""

    merged: Path | None = None  # one PDF of every certificate, by family name
    folder: Path | None = None  # one PDF per person in this folder
    zip_path: Path | None = None  # the per-person PDFs in one zip file

    def any(self) -> bool:
        return any(t is not None for t in (self.merged, self.folder, self.zip_path))


@dataclass(frozen=True)
class IssuedCertificates:
    """What issuing did (or, dry, would do) and which files it wrote.

    ``report`` names everyone issued, reused, reprinted, superseded and left
    out with the reason; ``pages`` is the merged PDF's page count (0 when none
    was written).
    """

    report: IssueReport
    merged: Path | None = None
    pages: int = 0
    files: list[Path] = field(default_factory=list)
    zip_path: Path | None = None

    @property
    def written(self) -> bool:
        return self.merged is not None or bool(self.files) or self.zip_path is not None


def issue_and_write(
    db: Database,
    workshop_id: int,
    kind: CertificateKind,
    template: str | None,
    language: str,
    targets: IssueTargets,
    *,
    dry_run: bool = False,
    before_end: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[IssuedCertificates]:
    """Issue *kind* certificates of the workshop and write them to *targets*.

    A dry run writes nothing and changes nothing. When nobody gets a
    certificate no file is written either; the report says why.
    """
    report = issue_certificates(
        db,
        workshop_id,
        kind,
        template,
        language,
        progress=progress,
        dry_run=dry_run,
        before_end=before_end,
    )
    if dry_run:
        return OpResult(IssuedCertificates(report))
    done = changes(Change.CERTIFICATES)
    rows = report.certificates
    if not rows:
        return OpResult(IssuedCertificates(report), done)
    pages = 0
    if targets.merged is not None:
        title = f"{report.workshop_code} certificates"
        pages = write_merged(db, rows, targets.merged, workshop_id, title, progress)
    files: list[Path] = []
    if targets.folder is not None or targets.zip_path is not None:
        files = write_per_person(db, rows, targets.folder, targets.zip_path, workshop_id, progress)
    written = IssuedCertificates(report, targets.merged, pages, files, targets.zip_path)
    return OpResult(written, done)


def write_for_viewing(
    db: Database,
    rows: list[CertificateRow],
    path: Path,
    workshop_id: int | None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[Path]:
    """Draw *rows* from the register into one PDF at *path*, to open or print; changes nothing."""
    write_merged(db, rows, path, workshop_id, progress=progress)
    return OpResult(path, NOTHING)


def reissue_certificate(
    db: Database,
    certificate_id: int,
    template: str | None,
    *,
    before_end: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[IssueReport]:
    """Issue one certificate again from today's data (see ``certificates.reissue``)."""
    progress.check()
    report = reissue(db, certificate_id, template, before_end=before_end)
    return OpResult(report, changes(Change.CERTIFICATES))


def revoke_certificate(
    db: Database, certificate_id: int, reason: str, progress: Progress = NO_PROGRESS
) -> OpResult[CertificateRow]:
    """Revoke one certificate with its reason; it stays in the register."""
    progress.check()
    return OpResult(revoke(db, certificate_id, reason), changes(Change.CERTIFICATES))
