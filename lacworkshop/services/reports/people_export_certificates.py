"""Each participant's certificate for a mail merge: code, status, hours and the PDF's name.

The file name is the one the per-person certificate output writes, so a mail
merge can attach each person's own PDF.
"""

from __future__ import annotations

from lacworkshop.formats.text import unique_names
from lacworkshop.model import CertificateStatus
from lacworkshop.services.certificates import CertificateRow, file_stems, list_certificates
from lacworkshop.storage import Database

CERTIFICATE_COLUMNS = (
    "certificate_code",
    "certificate_status",
    "certificate_hours",
    "certificate_file",
)


def current_certificates(db: Database, workshop_id: int) -> dict[int, CertificateRow]:
    """Per participation id, the certificate to send: the newest valid one, else the newest."""
    chosen: dict[int, CertificateRow] = {}
    for row in list_certificates(db, workshop_id):
        have = chosen.get(row.participation_id)
        valid = row.status is CertificateStatus.VALID
        if (
            have is None
            or (valid and have.status is not CertificateStatus.VALID)
            or (valid == (have.status is CertificateStatus.VALID) and row.id > have.id)
        ):
            chosen[row.participation_id] = row
    return chosen


def certificate_file_name(row: CertificateRow) -> str:
    """The name ``certificates issue --per-person`` gives this certificate's PDF."""
    return unique_names(file_stems([row]), "pdf")[0]
