"""Certificate templates: the three built-in designs, saved designs, and their words.

A template's JSON definition holds its style, colours, fonts, logos (asset
names) and, optionally, its own words per language and kind; words it does not
set come from the document catalogue. ``Template.kind`` is the kind a template
is offered for first; every template can print every kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from lacworkshop.formats import catalogue
from lacworkshop.formats.certificates import DEFAULT_STYLE, STYLE_NAMES, Design, Signature
from lacworkshop.formats.pdf import FAMILIES, prepare
from lacworkshop.model import Asset, CertificateKind, Signatory, Template, Workshop
from lacworkshop.resource_files import resource_path
from lacworkshop.services import audit
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.services.organisation import LOGO_ASSET, MAX_LOGO_BYTES, image_mime
from lacworkshop.storage import Database

LANGUAGES = ("es", "pt", "en", "fr")
TEXT_PARTS = ("title", "lead", "body")
SAMPLE_LOGO = "sample-logo"

BUILTIN: dict[str, dict[str, Any]] = {
    "Classic": {
        "style": "classic",
        "colours": {
            "primary": "#1F3A5F",
            "accent": "#B08D57",
            "text": "#2B2B2B",
            "muted": "#6B6B6B",
        },
        "fonts": {"title": "DejaVu Serif", "body": "DejaVu Serif"},
        "logos": [SAMPLE_LOGO],
        "texts": {},
    },
    "Modern": {
        "style": "modern",
        "colours": {
            "primary": "#0F5E63",
            "accent": "#E0A526",
            "text": "#22313A",
            "muted": "#66737C",
        },
        "fonts": {"title": "DejaVu Sans", "body": "DejaVu Sans"},
        "logos": [SAMPLE_LOGO],
        "texts": {},
    },
    "Bilingual": {
        "style": "bilingual",
        "colours": {
            "primary": "#6B1E3A",
            "accent": "#B08D57",
            "text": "#2B2B2B",
            "muted": "#6E6468",
        },
        "fonts": {"title": "DejaVu Serif", "body": "DejaVu Serif"},
        "logos": [SAMPLE_LOGO],
        "texts": {},
    },
}
DEFAULT_TEMPLATE = "Classic"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    kind: CertificateKind = CertificateKind.PARTICIPATION
    page_size: str = "A4"
    orientation: str = "landscape"
    definition: dict[str, Any] = field(default_factory=dict)
    background: bytes | None = None
    builtin: bool = False
    id: int | None = None

    @property
    def style(self) -> str:
        return str(self.definition.get("style", DEFAULT_STYLE))

    @property
    def bilingual(self) -> bool:
        return self.style == "bilingual"


def _info(t: Template) -> TemplateInfo:
    try:
        definition = json.loads(t.definition or "{}")
    except ValueError:
        definition = {}
    return TemplateInfo(
        name=t.name,
        kind=t.kind,
        page_size=t.page_size,
        orientation=t.orientation,
        definition=definition if isinstance(definition, dict) else {},
        background=t.background,
        builtin=t.builtin,
        id=t.id,
    )


def ensure_builtin_templates(db: Database) -> None:
    """Store the built-in templates and the sample logo if they are missing."""
    with db.session() as session:
        have = set(session.scalars(select(Template.name)))
        for name, definition in BUILTIN.items():
            if name not in have:
                session.add(
                    Template(
                        name=name,
                        kind=CertificateKind.PARTICIPATION,
                        definition=json.dumps(definition),
                        builtin=True,
                    )
                )
        if session.scalar(select(Asset.id).where(Asset.name == SAMPLE_LOGO)) is None:
            data = resource_path("templates", "sample-logo.png").read_bytes()
            session.add(Asset(name=SAMPLE_LOGO, mime="image/png", data=data))


def list_templates(db: Database) -> list[TemplateInfo]:
    ensure_builtin_templates(db)
    with db.session() as session:
        rows = session.scalars(select(Template).order_by(Template.builtin.desc(), Template.name))
        return [_info(t) for t in rows]


def get_template(db: Database, name: str | None) -> TemplateInfo:
    ensure_builtin_templates(db)
    wanted = name or DEFAULT_TEMPLATE
    with db.session() as session:
        t = session.scalar(select(Template).where(Template.name == wanted))
        if t is None:
            names = ", ".join(session.scalars(select(Template.name).order_by(Template.name)))
            raise NotFoundError("template.unknown_listed", name=wanted, names=names)
        return _info(t)


def validate(info: TemplateInfo) -> None:
    if not info.name.strip():
        raise ValidationError("template.name_missing", "name")
    if info.page_size not in ("A4", "Letter"):
        raise ValidationError("template.page_size", "page_size")
    if info.orientation not in ("landscape", "portrait"):
        raise ValidationError("template.orientation", "orientation")
    if info.style not in STYLE_NAMES:
        raise ValidationError("template.style", "style", styles=", ".join(STYLE_NAMES))
    for role in ("title", "body"):
        family = info.definition.get("fonts", {}).get(role)
        if family and family not in FAMILIES:
            raise ValidationError("template.no_font", "fonts", family=family)


def save_template(db: Database, info: TemplateInfo) -> TemplateInfo:
    """Create or update the template named ``info.name``; built-ins are never overwritten."""
    validate(info)
    with db.session() as session:
        t = session.scalar(select(Template).where(Template.name == info.name.strip()))
        if t is not None and t.builtin:
            raise ValidationError("template.built_in_save", "name", name=info.name)
        created = t is None
        if t is None:
            t = Template(name=info.name.strip(), builtin=False)
            session.add(t)
        t.kind = info.kind
        t.page_size = info.page_size
        t.orientation = info.orientation
        t.definition = json.dumps(info.definition, ensure_ascii=False)
        t.background = info.background
        session.flush()
        audit.record(
            session, "create" if created else "update", "template", t.id, f"Template {t.name}"
        )
        return _info(t)


def delete_template(db: Database, name: str) -> None:
    with db.session() as session:
        t = session.scalar(select(Template).where(Template.name == name))
        if t is None:
            raise NotFoundError("template.unknown", name=name)
        if t.builtin:
            raise ValidationError("template.built_in_delete", name=name)
        audit.record(session, "delete", "template", t.id, f"Template {t.name}")
        session.delete(t)


def words(info: TemplateInfo, kind: CertificateKind, language: str) -> dict[str, str]:
    """Title, lead and body (with placeholders) of *kind* in *language* for this template."""
    own = info.definition.get("texts", {}).get(language, {}).get(kind.value, {})
    defaults = {
        "title": catalogue.text(f"certificates.title.{kind.value}", language),
        "lead": catalogue.text("certificates.lead", language),
        "body": catalogue.text(f"certificates.body.{kind.value}", language),
    }
    return {part: (own.get(part) or defaults[part]) for part in TEXT_PARTS}


def signatures_for(db: Database, workshop_id: int | None) -> tuple[Signature, ...]:
    """Up to three signatories: the workshop's own first, then those for every workshop.

    The demo's signatories sign demo workshops only, never real work.
    """
    with db.session() as session:
        rows = session.scalars(
            signing_order(
                select(Signatory).where(
                    or_(Signatory.workshop_id == workshop_id, Signatory.workshop_id.is_(None))
                ),
                session,
                workshop_id,
            )
        ).all()
        return tuple(
            Signature(s.name, s.title or "", s.organisation or "", s.signature_image)
            for s in rows[:3]
        )


def signing_order(stmt: Select[Any], session: Session, workshop_id: int | None) -> Select[Any]:
    """*stmt* over signatories in printing order, without the demo's on a real workshop."""
    demo_workshop = workshop_id is not None and bool(
        session.scalar(select(Workshop.is_demo).where(Workshop.id == workshop_id))
    )
    if not demo_workshop:
        stmt = stmt.where(Signatory.is_demo.is_(False))
    return stmt.order_by(Signatory.workshop_id.is_(None), Signatory.position, Signatory.id)


def design_for(db: Database, info: TemplateInfo, workshop_id: int | None) -> Design:
    """The page design of *info* with its logos and the workshop's signatories."""
    d = info.definition
    colours = d.get("colours", {})
    fonts = d.get("fonts", {})
    wanted = [str(n) for n in d.get("logos", [])][:3]
    with db.session() as session:
        found = {
            a.name: a.data
            for a in session.scalars(select(Asset).where(Asset.name.in_([*wanted, LOGO_ASSET])))
        }
    # The sample logo stands for the organisation's own once Preferences has one.
    logo_names = [LOGO_ASSET if n == SAMPLE_LOGO and LOGO_ASSET in found else n for n in wanted]
    base = Design()
    return replace(
        base,
        style=info.style if info.style in STYLE_NAMES else DEFAULT_STYLE,
        page_size=info.page_size,
        orientation=info.orientation,
        primary=colours.get("primary", base.primary),
        accent=colours.get("accent", base.accent),
        text=colours.get("text", base.text),
        muted=colours.get("muted", base.muted),
        title_family=fonts.get("title", base.title_family)
        if fonts.get("title") in FAMILIES
        else base.title_family,
        body_family=fonts.get("body", base.body_family)
        if fonts.get("body") in FAMILIES
        else base.body_family,
        background=info.background,
        logos=tuple(found[n] for n in logo_names if n in found),
        signatures=signatures_for(db, workshop_id),
    )


def add_sample_signatory(db: Database, workshop_id: int | None, name: str, title: str = "") -> int:
    """A signatory with the bundled sample signature scan (for demos and trials)."""
    data = resource_path("templates", "sample-signature.png").read_bytes()
    return add_signatory(db, workshop_id, name, title, "", data)


def store_asset(db: Database, name: str, data: bytes, mime: str) -> str:
    """Keep an image (a logo) in the database; returns its name, made unique if taken."""
    with db.session() as session:
        taken = set(session.scalars(select(Asset.name)))
        final, n = name, 2
        while final in taken:
            final = f"{name} ({n})"
            n += 1
        session.add(Asset(name=final, mime=mime, data=data))
    return final


def asset_names(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Asset.name).order_by(Asset.name)))


@dataclass(frozen=True)
class SignatoryRow:
    id: int
    workshop_id: int | None
    name: str
    title: str
    organisation: str
    has_image: bool
    position: int


def list_signatories(db: Database, workshop_id: int | None) -> list[SignatoryRow]:
    """The workshop's signatories, then those for every workshop, in printing order."""
    with db.session() as session:
        rows = session.scalars(
            select(Signatory)
            .where(or_(Signatory.workshop_id == workshop_id, Signatory.workshop_id.is_(None)))
            .order_by(Signatory.workshop_id.is_(None), Signatory.position, Signatory.id)
        ).all()
        return [
            SignatoryRow(
                s.id,
                s.workshop_id,
                s.name,
                s.title or "",
                s.organisation or "",
                s.signature_image is not None,
                s.position,
            )
            for s in rows
        ]


def add_signatory(
    db: Database,
    workshop_id: int | None,
    name: str,
    title: str = "",
    organisation: str = "",
    image: bytes | None = None,
) -> int:
    """Add a signatory (for one workshop, or for all when *workshop_id* is None)."""
    if not name.strip():
        raise ValidationError("signatory.name_missing", "name")
    if image is not None:
        check_signature_image(image)
    with db.session() as session:
        n = len(
            session.scalars(select(Signatory.id).where(Signatory.workshop_id == workshop_id)).all()
        )
        s = Signatory(
            workshop_id=workshop_id,
            name=name.strip(),
            title=title.strip() or None,
            organisation=organisation.strip() or None,
            signature_image=image,
            position=n,
        )
        session.add(s)
        session.flush()
        audit.record(session, "create", "signatory", s.id, f"Signatory {s.name}")
        return s.id


def check_signature_image(data: bytes) -> None:
    """ValidationError unless *data* is a PNG or JPEG the certificate writer can draw."""
    if not data or image_mime(data) is None:
        raise ValidationError("signature.format", "image")
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            "signature.too_large",
            "image",
            kb=len(data) // 1024,
            mb=MAX_LOGO_BYTES // (1024 * 1024),
        )
    try:
        prepare(data)
    except Exception as exc:  # a damaged image raises whatever its decoder raises
        raise ValidationError("signature.unreadable", "image", error=exc) from exc


def delete_signatory(db: Database, signatory_id: int) -> None:
    with db.session() as session:
        s = require(session, Signatory, signatory_id, "signatory.no_id", id=signatory_id)
        audit.record(session, "delete", "signatory", s.id, f"Signatory {s.name}")
        session.delete(s)
