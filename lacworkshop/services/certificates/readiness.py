"""Is a real workshop ready for certificates: its own logo and a real signatory?

The built-in templates ask for the bundled sample logo, and the demo brings a
sample signatory with a sample signature scan. Both are fine on the demo's
certificates and never on a real workshop's: this says what to set first, and
the issue use case refuses until it is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import or_, select

from lacworkshop.errors import message_text
from lacworkshop.model import Asset, Signatory, Workshop
from lacworkshop.resource_files import resource_path
from lacworkshop.services.certificates.templates import (
    SAMPLE_LOGO,
    TemplateInfo,
    get_template,
    signing_order,
)
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.organisation import LOGO_ASSET
from lacworkshop.storage import Database


@lru_cache(maxsize=2)
def _sample(name: str) -> bytes:
    return resource_path("templates", name).read_bytes()


@dataclass(frozen=True)
class Readiness:
    """What stands between a workshop and certificates that may be sent."""

    sample_logo: bool = False  # the page would print the sample logo
    sample_signatories: tuple[str, ...] = ()  # names that sign with the demo or sample scan
    no_signatory: bool = False

    @property
    def ready(self) -> bool:
        return not (self.sample_logo or self.sample_signatories or self.no_signatory)

    def message_key(self) -> str:
        """The catalogue key naming what to set first; empty when ready."""
        signatory = (
            "sample_signatory"
            if self.sample_signatories
            else ("signatory" if self.no_signatory else "")
        )
        parts = [part for part in ("logo" if self.sample_logo else "", signatory) if part]
        return "readiness." + "_".join(parts) if parts else ""

    def message(self) -> str:
        """What to set first, in the current message language; empty when ready."""
        key = self.message_key()
        return message_text(key, names=", ".join(self.sample_signatories)) if key else ""


def certificate_readiness(
    db: Database, workshop_id: int, template_name: str | None = None
) -> Readiness:
    """What a certificate of *workshop_id* with *template_name* would print that is a sample.

    A demo workshop is always ready: the samples are there for it.
    """
    return template_readiness(db, workshop_id, get_template(db, template_name))


def template_readiness(db: Database, workshop_id: int, info: TemplateInfo) -> Readiness:
    """As :func:`certificate_readiness`, for a template being edited (maybe not saved yet)."""
    logos = [str(n) for n in info.definition.get("logos", [])][:3]
    with db.session() as session:
        ws = session.get(Workshop, workshop_id)
        if ws is None or ws.is_demo:
            return Readiness()
        assets = {
            a.name: a.data
            for a in session.scalars(select(Asset).where(Asset.name.in_([*logos, LOGO_ASSET])))
        }
        # The demo's own signatories are left out of a real workshop's pages (signing_order).
        signatories = session.scalars(
            signing_order(
                select(Signatory).where(
                    or_(Signatory.workshop_id == workshop_id, Signatory.workshop_id.is_(None))
                ),
                session,
                workshop_id,
            )
        ).all()
        sample_signers = tuple(
            s.name
            for s in signatories[:3]
            if s.is_demo
            or (s.signature_image and s.signature_image == _sample("sample-signature.png"))
        )
        no_signatory = not signatories
    has_own_logo = LOGO_ASSET in assets and assets[LOGO_ASSET] != _sample("sample-logo.png")
    sample_logo = any(
        (name == SAMPLE_LOGO and not has_own_logo)
        or (name != SAMPLE_LOGO and assets.get(name) == _sample("sample-logo.png"))
        for name in logos
    )
    return Readiness(sample_logo, sample_signers, no_signatory)


def require_certificate_readiness(
    db: Database, workshop_id: int, template_name: str | None = None
) -> None:
    """Refuse, with what to set first, to issue a real workshop's certificates with samples."""
    found = certificate_readiness(db, workshop_id, template_name)
    if not found.ready:
        raise ValidationError(
            found.message_key(), "readiness", names=", ".join(found.sample_signatories)
        )
