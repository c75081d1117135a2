"""Finding a certificate by the code printed on it, however it was typed."""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.formats.certificates import InvalidCode, parse
from lacworkshop.model import Certificate
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.storage import Database


def certificate_id_for_code(db: Database, text: str) -> int:
    """The id of the certificate with code *text* (case, spaces and dashes forgiven)."""
    try:
        code = parse(text)
    except InvalidCode as exc:
        raise ValidationError("certificate.not_a_code", text=text.strip(), reason=exc) from None
    with db.session() as session:
        found = session.scalar(select(Certificate.id).where(Certificate.code == code))
    if found is None:
        raise NotFoundError("verify.unknown", code=code)
    return found
