"""Certificates into files: one merged PDF for printing, one PDF per person, a zip.

Pages are drawn from the register's snapshots, so a certificate printed again
reads exactly as when it was issued. Every file is written to a temporary name
beside its target and renamed when complete.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from lacworkshop.formats.certificates import (
    CertificateWriter,
    Design,
    PageContent,
    Wording,
    render_bytes,
)
from lacworkshop.formats.credentials import new_private_key, qr_text, sign_payload
from lacworkshop.formats.pdf import SplitError, split_pages
from lacworkshop.formats.text import unique_names
from lacworkshop.formats.writing import atomic_path
from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates.issuing import CertificateRow, ProgressLike
from lacworkshop.services.certificates.recipients import ROLE_OF_KIND, candidates
from lacworkshop.services.certificates.templates import TemplateInfo, design_for, get_template
from lacworkshop.services.certificates.wording import finish, languages_for, printed_content
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.verification import certified_for, credentials_for, verify_url_in
from lacworkshop.storage import Database


@dataclass(frozen=True)
class OutputReport:
    pages: int
    merged: Path | None
    files: list[Path]
    zip_path: Path | None


def page_content(row: CertificateRow) -> PageContent:
    """The printed words of a certificate, from its snapshot."""
    snap = row.snapshot
    wordings = tuple(
        Wording(
            language=w.get("language", row.language),
            title=w.get("title", ""),
            lead=w.get("lead", ""),
            body=w.get("body", ""),
            detail=w.get("detail", ""),
            place_date=w.get("place_date", ""),
            verify_label=w.get("verify_label", ""),
        )
        for w in snap.get("wordings", [])
    )
    return PageContent(snap.get("name", row.name), row.code, row.payload, wordings)


class Designs:
    """The design of each template named in the register, looked up once per run."""

    def __init__(self, db: Database, workshop_id: int | None) -> None:
        self.db = db
        self.workshop_id = workshop_id
        self._cache: dict[str | None, Design] = {}

    def __call__(self, template_name: str | None) -> Design:
        if template_name not in self._cache:
            try:
                info = get_template(self.db, template_name)
            except NotFoundError:  # deleted since: print with the default design
                info = get_template(self.db, None)
            self._cache[template_name] = design_for(self.db, info, self.workshop_id)
        return self._cache[template_name]


def _check(progress: ProgressLike | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress.check()
        if done % 25 == 0 or done == total:
            progress.report(done, total, message)


def _render(rows: Iterable[CertificateRow], designs: Designs, target: BinaryIO, title: str) -> int:
    rows = list(rows)
    writer = CertificateWriter(target, designs(rows[0].template_name), title)
    for row in rows:
        writer.add(page_content(row), designs(row.template_name))
    writer.close()
    return writer.pages


def write_merged(
    db: Database,
    rows: list[CertificateRow],
    path: Path,
    workshop_id: int | None = None,
    title: str = "Certificates",
    progress: ProgressLike | None = None,
) -> int:
    """All *rows* in one PDF at *path*, in the order given (family name)."""
    if not rows:
        raise ValidationError("certificate.none_to_write")
    designs = Designs(db, workshop_id)
    total = len(rows)
    with atomic_path(path) as tmp:
        writer = CertificateWriter(tmp, designs(rows[0].template_name), title)
        for i, row in enumerate(rows, 1):
            writer.add(page_content(row), designs(row.template_name))
            _check(progress, i, total, row.name)
        writer.close()
    return total


def file_stems(rows: list[CertificateRow]) -> list[str]:
    """``Family, Given - CODE`` for each row: sorted like the register, never colliding."""
    stems = []
    for r in rows:
        person = f"{r.family_names}, {r.given_names}" if r.family_names else r.given_names
        stems.append(f"{person} - {r.code}")
    return stems


def per_person_pdfs(
    db: Database,
    rows: list[CertificateRow],
    workshop_id: int | None = None,
    progress: ProgressLike | None = None,
) -> Iterable[tuple[str, bytes]]:
    """(file name, PDF bytes) for each row.

    The pages are drawn once into one document and split, so fonts and images
    are embedded and compressed once, not once per person.
    """
    designs = Designs(db, workshop_id)
    names = unique_names(file_stems(rows), "pdf")
    total = len(rows)
    buffer = io.BytesIO()
    writer = CertificateWriter(buffer, designs(rows[0].template_name), "Certificates")
    for i, row in enumerate(rows, 1):
        writer.add(page_content(row), designs(row.template_name))
        _check(progress, i, 2 * total, row.name)
    writer.close()
    try:
        pages = list(split_pages(buffer.getvalue()))
    except SplitError:  # an unexpected layout: draw each certificate on its own instead
        pages = []
        for row in rows:
            one = io.BytesIO()
            _render([row], designs, one, row.name)
            pages.append(one.getvalue())
    for i, (name, data) in enumerate(zip(names, pages, strict=True), 1):
        _check(progress, total + i, 2 * total, name)
        yield name, data


def write_per_person(
    db: Database,
    rows: list[CertificateRow],
    folder: Path | None = None,
    zip_path: Path | None = None,
    workshop_id: int | None = None,
    progress: ProgressLike | None = None,
) -> list[Path]:
    """One PDF per certificate into *folder*, and/or all of them into the zip at *zip_path*,
    each with its Open Badges credential beside it (same name, ``.jwt``)."""
    if folder is None and zip_path is None:
        return []
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with contextlib.ExitStack() as stack:
        archive = None
        if zip_path is not None:
            tmp_zip = stack.enter_context(atomic_path(zip_path))
            # PDF pages are compressed already: storing them is as small and much faster.
            archive = stack.enter_context(zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_STORED))
        for name, data in per_person_pdfs(db, rows, workshop_id, progress):
            if folder is not None:
                target = folder / name
                with atomic_path(target) as tmp:
                    tmp.write_bytes(data)
                written.append(target)
            if archive is not None:
                archive.writestr(name, data)
        # Beside each PDF its Open Badges credential, signed with the organisation's key.
        tokens = credentials_for(db, [r.id for r in rows])
        for name, row in zip(unique_names(file_stems(rows), "pdf"), rows, strict=True):
            badge = name.removesuffix(".pdf") + ".jwt"
            if folder is not None:
                with atomic_path(folder / badge) as tmp:
                    tmp.write_text(tokens[row.id], encoding="ascii")
            if archive is not None:
                archive.writestr(badge, tokens[row.id])
    return written


def preview_pdf(
    db: Database,
    workshop_id: int,
    info: TemplateInfo,
    kind: CertificateKind,
    participation_id: int | None = None,
    language: str = "auto",
    name: str | None = None,
) -> bytes:
    """One page of *info* for a participant (or a sample), nothing issued: for the editor."""
    from lacworkshop.services.certificates.recipients import Candidate

    people = candidates(db, workshop_id, kind)
    chosen = next((c for c in people if c.participation_id == participation_id), None)
    if chosen is None:
        chosen = people[0] if people else None
    if chosen is None:
        chosen = Candidate(
            0,
            0,
            "María José Pérez",
            "María José",
            "Pérez",
            None,
            ROLE_OF_KIND[kind],
            None,
            24.0,
            ("DNS", "BGP"),
            True,
            "",
        )
    if name is not None:
        chosen = replace(chosen, name=name)
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        langs = languages_for(chosen.language, ws, language, info.bilingual)
        content = printed_content(info, kind, chosen, ws, langs)
        snapshot = finish(content, "7KQ2-M9XD-4HBR", ws, date.today())
        # A payload as long as the real one, signed by a throwaway key: the preview shows
        # the QR code at the size the issued certificate will print it.
        certified = certified_for(
            session,
            code="7KQ2-M9XD-4HBR",
            version=1,
            name=chosen.name,
            ws=ws,
            hours=chosen.hours,
            kind=kind.value,
        )
        url = verify_url_in(session)
        payload = qr_text(sign_payload(new_private_key(), certified), url)
    page = PageContent(
        chosen.name,
        "7KQ2-M9XD-4HBR",
        payload,
        tuple(Wording(**w) for w in snapshot["wordings"]),
    )
    return render_bytes(design_for(db, info, workshop_id), [page], "Preview")


def longest_name(db: Database, workshop_id: int, kind: CertificateKind) -> int | None:
    """The participation id of the longest printed name: the hardest case for a design."""
    people = candidates(db, workshop_id, kind)
    if not people:
        return None
    return max(people, key=lambda c: (len(c.name), c.name)).participation_id
