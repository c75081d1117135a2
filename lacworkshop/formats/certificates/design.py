"""What a certificate run is made of: its design, the words and content of each page,
and the fonts and images a style draws with. Plain data, shared by the writer
(``certificates.pdf``), the styles and their drawing pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape, letter, portrait

from lacworkshop.formats.pdf import Family, PreparedImage, missing_glyphs, register_family

PAGE_SIZES = {"A4": A4, "Letter": letter}


@dataclass(frozen=True)
class Signature:
    name: str
    title: str = ""
    organisation: str = ""
    image: bytes | None = None


@dataclass(frozen=True)
class Design:
    """How the pages look; the same for every certificate of a run."""

    style: str = "classic"
    page_size: str = "A4"
    orientation: str = "landscape"
    primary: str = "#1F3A5F"
    accent: str = "#B08D57"
    text: str = "#2B2B2B"
    muted: str = "#6B6B6B"
    title_family: str = "DejaVu Serif"
    body_family: str = "DejaVu Serif"
    background: bytes | None = None
    logos: tuple[bytes, ...] = ()
    signatures: tuple[Signature, ...] = ()


@dataclass(frozen=True)
class Wording:
    """The words of one certificate in one language."""

    language: str
    title: str
    lead: str
    body: str
    detail: str = ""
    place_date: str = ""
    verify_label: str = ""


@dataclass(frozen=True)
class PageContent:
    name: str
    code: str
    payload: str
    wordings: tuple[Wording, ...]  # two on a bilingual page


@dataclass
class Faces:
    title: Family
    body: Family


@dataclass
class Images:
    background: PreparedImage | None = None
    logos: list[PreparedImage] = field(default_factory=list)
    signatures: list[PreparedImage | None] = field(default_factory=list)


def page_size(design: Design) -> tuple[float, float]:
    size = PAGE_SIZES.get(design.page_size, A4)
    return landscape(size) if design.orientation == "landscape" else portrait(size)


def faces(design: Design) -> Faces:
    return Faces(register_family(design.title_family), register_family(design.body_family))


def name_face(design: Design) -> str:
    """The face a name is printed in: check names against this one."""
    return faces(design).title.bold


def unprintable(design: Design, name: str) -> list[str]:
    """Characters of *name* the design's name font cannot draw (empty: printable)."""
    return missing_glyphs(name, name_face(design))
