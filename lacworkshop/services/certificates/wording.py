"""The printed words of a certificate, in its language(s), and their content hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from lacworkshop.formats import catalogue
from lacworkshop.formats.certificates import (
    country_name,
    fill,
    format_date,
    format_dates,
    format_hours,
    join_list,
)
from lacworkshop.formats.text import typeset
from lacworkshop.model import CertificateKind, Workshop
from lacworkshop.services.certificates.recipients import Candidate
from lacworkshop.services.certificates.templates import LANGUAGES, TemplateInfo, words

_CODE = "\x00code\x00"  # stands for the code until one is drawn; keeps hashes code-free


def languages_for(
    person_language: str | None, workshop: Workshop, requested: str, bilingual: bool
) -> list[str]:
    """The certificate's language(s): asked for, else the person's, else the workshop's."""
    ws_langs = [x.strip() for x in (workshop.languages or "").split(",") if x.strip() in LANGUAGES]
    ws_default = (
        workshop.certificate_language
        if workshop.certificate_language in LANGUAGES
        else (ws_langs[0] if ws_langs else "es")
    )
    if requested in LANGUAGES:
        primary = requested
    else:
        primary = person_language if person_language in LANGUAGES else ws_default
    if not bilingual:
        return [primary]
    second = next((x for x in ws_langs if x != primary), "en" if primary != "en" else "es")
    return [primary, second]


def _modules(topics: tuple[str, ...], language: str) -> str:
    if not topics:
        return ""
    if len(topics) == 1:
        return catalogue.text("certificates.modules.one", language, m=topics[0])
    quoted = {"es": "«{}»", "pt": "“{}”", "en": "“{}”", "fr": "«\u00a0{}\u00a0»"}[language]
    items = [quoted.format(t) for t in topics]
    return catalogue.text("certificates.modules.many", language, m=join_list(items, language))


def _wording(
    info: TemplateInfo, kind: CertificateKind, language: str, c: Candidate, ws: Workshop
) -> dict[str, str]:
    values = {
        "name": c.name,
        "workshop": typeset(ws.title, language),
        "dates": format_dates(ws.start_date, ws.end_date, language),
        "hours": format_hours(c.hours, language),
        "city": ws.city or "",
        "country": country_name(ws.country, language),
        "track": c.track_name or "",
        "role": catalogue.text(f"certificates.role.{c.role.value}", language),
        "code": _CODE,
        "modules": _modules(c.modules, language),
    }
    # The template's words and the workshop's title are typeset; the person's name never is.
    w = {part: typeset(value, language) for part, value in words(info, kind, language).items()}
    detail = ""
    # The track says something only where the workshop has parallel tracks.
    if (
        c.track_name
        and len(ws.tracks) > 1
        and kind in (CertificateKind.PARTICIPATION, CertificateKind.COMPLETION)
    ):
        detail = catalogue.text("certificates.track", language, track=c.track_name)
    return {
        "language": language,
        "title": fill(w["title"], values),
        "lead": fill(w["lead"], values),
        "body": fill(w["body"], values),
        "detail": detail,
        "verify_label": catalogue.text("certificates.verify_label", language),
    }


def printed_content(
    info: TemplateInfo, kind: CertificateKind, c: Candidate, ws: Workshop, langs: list[str]
) -> dict[str, Any]:
    printed_hours = c.hours if kind is not CertificateKind.ORGANISER else None
    return {
        "name": c.name,
        "kind": kind.value,
        "workshop": ws.code,
        "template": info.name,
        "languages": langs,
        "hours": None if printed_hours is None else round(printed_hours, 2),
        "wordings": [_wording(info, kind, lang, c, ws) for lang in langs],
    }


def certified_facts(kind: CertificateKind, c: Candidate, ws: Workshop) -> dict[str, Any]:
    """What a certificate attests, whatever its language or template.

    A change here (the name as printed, the hours, the kind, the workshop's
    title, dates or place, the track or modules) makes a new version; a change
    of language or template alone is a reprint of the same certificate.
    """
    printed_hours = c.hours if kind is not CertificateKind.ORGANISER else None
    return {
        "name": c.name,
        "kind": kind.value,
        "hours": None if printed_hours is None else round(printed_hours, 2),
        "workshop": ws.code,
        "title": ws.title,
        "dates": [ws.start_date.isoformat(), ws.end_date.isoformat()],
        "city": ws.city or "",
        "country": ws.country or "",
        "track": (c.track_name or "") if len(ws.tracks) > 1 else "",
        "role": c.role.value,
        "modules": list(c.modules),
    }


def content_hash(content: dict[str, Any]) -> str:
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


facts_hash = content_hash  # the same digest, over the certified facts


def finish(content: dict[str, Any], code: str, ws: Workshop, issued: date) -> dict[str, Any]:
    """The snapshot: the content with its code, place and date of issue filled in."""
    snap = json.loads(json.dumps(content).replace(json.dumps(_CODE)[1:-1], code))
    for w in snap["wordings"]:
        w["place_date"] = catalogue.text(
            "certificates.place_date",
            w["language"],
            city=ws.city or "",
            date=format_date(issued, w["language"]),
        ).strip(", ")
    snap["code"] = code
    snap["issued"] = issued.isoformat()
    return snap
