"""Verify whatever a person hands in: a code, a QR text or URL, a PDF, a photo, a credential.

With the register (the database) the answer is its status: valid, revoked,
superseded by which. With only the organisation's public key (``--public-key``,
no database at all) a signed payload or a credential is checked for its
signature, and the answer says that the status is not known without the
register or the published list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lacworkshop.errors import BadFile, Invalid
from lacworkshop.formats.credentials import (
    BadCredential,
    Certified,
    NotAPublicKey,
    PictureUnreadable,
    PublicKeyInfo,
    certified_of,
    check_signature,
    find_payload,
    fingerprint,
    load_public_keys,
    qr_texts_in_file,
    read_vc_jwt,
)
from lacworkshop.formats.messages import message
from lacworkshop.services.certificates import Verdict, Verification, verify_code, verify_version
from lacworkshop.services.operations import NO_PROGRESS, OpResult, Progress
from lacworkshop.services.verification.org_keys import public_keys
from lacworkshop.storage import Database

MAX_FILE_BYTES = 60 * 1024 * 1024
OLD_PREFIX = "LACW1|"
_SIGNATURE_PROBLEMS = ("verify.payload_damaged", "verify.unknown_key", "verify.bad_signature")


@dataclass(frozen=True)
class VerifyAnswer:
    """The verdict, what the certificate certifies (when it says), and where it was read."""

    verification: Verification
    certified: Certified | None = None
    kid: str | None = None
    found_in: str | None = None  # the file whose QR code or credential was checked

    @property
    def ok(self) -> bool:
        return self.verification.ok

    def lines(self, language: str) -> list[str]:
        """The verdict, then what was certified, in *language*."""
        lines = [self.verification.message_in(language)]
        c = self.certified
        if c is not None and self.kid is not None:
            hours = (
                message("verify.certified_hours", language, hours=f"{c.hours:g}")
                if c.hours is not None
                else ""
            )
            kind = message(f"verify.kind.{c.kind}", language) if c.kind else ""
            lines.append(
                message(
                    "verify.certified",
                    language,
                    kind=kind,
                    name=c.name,
                    workshop=c.workshop,
                    title=c.title,
                    first_day=c.first_day,
                    last_day=c.last_day,
                    hours=hours,
                    issuer=c.issuer,
                    fingerprint=fingerprint(self.kid),
                )
            )
        return lines


def _read_keys(path: Path) -> list[PublicKeyInfo | object]:
    try:
        return list(load_public_keys(path.read_bytes()))
    except (OSError, NotAPublicKey):
        raise Invalid("keys.public_key_file", "public_key", path=path) from None


def _is_jwt(data: bytes) -> bool:
    return data.lstrip()[:3] == b"eyJ" and data.count(b".") == 2


def _file_text(path: Path) -> tuple[str | None, bytes]:
    """(the certificate text found in the file's QR codes, the file's bytes)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BadFile(
            "verify.file_too_large",
            path=path,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    data = path.read_bytes()
    if _is_jwt(data):
        return None, data
    try:
        texts = qr_texts_in_file(data)
    except PictureUnreadable:
        raise BadFile("verify.unreadable_file", path=path) from None
    for text in texts:
        if find_payload(text) is not None or text.startswith(OLD_PREFIX):
            return text, data
    raise BadFile("verify.no_qr", path=path)


def _credential(db: Database | None, token: str, keys: list | None) -> VerifyAnswer:
    if keys is None:
        assert db is not None
        with db.session() as session:
            keys = [k.key() for k in public_keys(session)]
    publics = [k.key() if isinstance(k, PublicKeyInfo) else k for k in keys]
    try:
        vc = read_vc_jwt(token, publics)
        certified = certified_of(vc)
    except BadCredential:
        return VerifyAnswer(Verification(Verdict.FORGED, "verify.credential_bad"))
    from joserfc import jws

    kid = str(jws.extract_compact(token.strip().encode("ascii")).protected.get("kid"))
    if db is None:
        values = {
            "code": certified.code,
            "version": certified.version,
            "fingerprint": fingerprint(kid),
        }
        found = Verification(Verdict.VALID, "verify.credential_valid", values)
    else:
        found = verify_version(db, certified.code, certified.version)
    return VerifyAnswer(found, certified, kid)


def _signed_only(text: str, keys: list) -> VerifyAnswer:
    signed = find_payload(text)
    if signed is None:
        raise Invalid("verify.needs_register", "public_key")
    check = check_signature(signed, keys)
    if not check.ok or check.payload is None:
        assert check.problem is not None
        return VerifyAnswer(Verification(Verdict.FORGED, check.problem, check.values))
    c = check.payload.certified
    values = {"code": c.code, "version": c.version, "fingerprint": fingerprint(check.payload.kid)}
    found = Verification(Verdict.VALID, "verify.signature_only", values, signed=check.payload)
    return VerifyAnswer(found, c, check.payload.kid)


def _as_file(given: str) -> Path | None:
    """*given* as the path of an existing file, or None (a code, a payload, a URL)."""
    if find_payload(given) is not None or "\n" in given or len(given) > 4096:
        return None
    try:
        path = Path(given.strip()).expanduser()
        return path if path.is_file() else None
    except (OSError, ValueError):  # a name too long for the system, or with a NUL in it
        return None


def verify_given(
    db: Database | None,
    given: str,
    public_key: Path | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[VerifyAnswer]:
    """Verify *given*: a code, a QR text or URL, or the path of a PDF, image or .jwt file.

    With *public_key* (a PEM or keys.json file) the database is not used at all and
    *db* may be None.
    """
    progress.report(0, 1, "")
    keys = _read_keys(public_key) if public_key is not None else None
    path = _as_file(given)
    found_in: str | None = None
    text = given
    if path is not None:
        found_in = str(path)
        found, data = _file_text(path)
        if found is None:
            answer = _credential(db, data.decode("ascii", "replace"), keys)
            return OpResult(replace(answer, found_in=found_in))
        text = found
    elif _is_jwt(given.encode("utf-8", "replace")):
        return OpResult(_credential(db, given, keys))
    progress.check()
    if keys is not None:
        answer = _signed_only(text, keys)
    else:
        assert db is not None
        result = verify_code(db, text)
        # What a payload certifies is shown only when its signature held.
        signed = result.signed if result.key not in _SIGNATURE_PROBLEMS else None
        answer = VerifyAnswer(
            result,
            signed.certified if signed is not None else None,
            signed.kid if signed is not None else None,
        )
    progress.report(1, 1, "")
    return OpResult(replace(answer, found_in=found_in))
