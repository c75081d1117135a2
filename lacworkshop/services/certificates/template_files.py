"""A certificate template as one file to share between organisers: a zip of JSON and images.

``template.json`` holds the name, kind, page and the design (colours, fonts,
words); the logos it names and its background travel beside it as images, so
the template prints the same on another organiser's computer.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lacworkshop.formats.reading import (
    FileLimits,
    InputRefused,
    check_file_size,
    check_zip_directory,
    zip_members,
)
from lacworkshop.formats.writing import atomic_write_bytes
from lacworkshop.model import Asset, CertificateKind
from lacworkshop.services.certificates.templates import (
    SAMPLE_LOGO,
    TemplateInfo,
    get_template,
    save_template,
    store_asset,
)
from lacworkshop.services.errors import Conflict, NotFoundError, ValidationError
from lacworkshop.services.organisation import image_mime
from lacworkshop.storage import Database

FORMAT = "lacworkshop-template"
VERSION = 1
MANIFEST = "template.json"
LIMITS = FileLimits(
    what="certificate template",
    max_file_bytes=40 * 1024 * 1024,
    max_unpacked_bytes=80 * 1024 * 1024,
    max_members=20,
    max_ratio=100.0,
    ratio_min_member_bytes=1024 * 1024,
)
_EXT = {"image/png": "png", "image/jpeg": "jpg"}


@dataclass(frozen=True)
class TemplateImport:
    name: str
    logos: tuple[str, ...]  # asset names as stored here (renamed when taken)
    replaced: bool


def export_template(db: Database, name: str, path: Path | str) -> Path:
    """Write template *name* with its logos and background to a .zip file."""
    info = get_template(db, name)
    logos = [str(n) for n in info.definition.get("logos", [])]
    with db.session() as session:
        stored = {
            a.name: (a.mime, a.data)
            for a in session.scalars(select(Asset).where(Asset.name.in_(logos)))
        }
    members: dict[str, bytes] = {}
    listed = []
    for i, logo in enumerate(logos):
        if logo == SAMPLE_LOGO or logo not in stored:
            # The sample logo ships with every installation; nothing to carry.
            listed.append({"name": logo})
            continue
        mime, data = stored[logo]
        file = f"logos/{i + 1}.{_EXT.get(mime, 'bin')}"
        members[file] = data
        listed.append({"name": logo, "file": file, "mime": mime})
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": info.name,
        "kind": info.kind.value,
        "page_size": info.page_size,
        "orientation": info.orientation,
        "definition": info.definition,
        "logos": listed,
    }
    if info.background is not None:
        members["background.img"] = info.background
        manifest["background"] = "background.img"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for file, data in members.items():
            zf.writestr(file, data)
    target = Path(path)
    atomic_write_bytes(target, buffer.getvalue())
    return target


def _refuse(path: Path, key: str, **values: object) -> ValidationError:
    """The error *key* (of ``template_file.*``) about the file at *path*."""
    return ValidationError(key, "file", name=path.name, **values)


def _read(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    try:
        check_file_size(path, LIMITS)
        infos = zip_members(path)
        if infos is None:
            raise _refuse(path, "template_file.not_template")
        check_zip_directory(path.name, infos, LIMITS)
    except InputRefused:
        raise
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if MANIFEST not in names:
            raise _refuse(path, "template_file.not_template")
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise _refuse(path, "template_file.damaged") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, "template_file.not_template")
        if int(manifest.get("version", 0)) > VERSION:
            raise _refuse(path, "template_file.newer")
        wanted = [str(x.get("file")) for x in manifest.get("logos", []) if x.get("file")]
        if manifest.get("background"):
            wanted.append(str(manifest["background"]))
        files = {}
        for file in wanted:
            if file not in names:
                raise _refuse(path, "template_file.missing_part", part=file)
            files[file] = zf.read(file)
    return manifest, files


def import_template(
    db: Database, path: Path | str, name: str | None = None, replace_existing: bool = False
) -> TemplateImport:
    """Store the template in *path* (under *name*, or its own); logos are stored beside it."""
    source = Path(path)
    manifest, files = _read(source)
    final = (name or str(manifest.get("name") or "")).strip()
    if not final:
        raise _refuse(source, "template_file.no_name")
    try:
        exists = get_template(db, final).name == final
    except NotFoundError:
        exists = False
    if exists and not replace_existing:
        raise Conflict("template_file.exists", "name", template=final)
    definition = manifest.get("definition")
    if not isinstance(definition, dict):
        raise _refuse(source, "template_file.damaged")
    logos: list[str] = []
    for entry in manifest.get("logos", []):
        file = entry.get("file")
        if not file:
            logos.append(str(entry.get("name", SAMPLE_LOGO)))
            continue
        data = files[str(file)]
        mime = image_mime(data)
        if mime is None:
            raise _refuse(source, "template_file.not_image", part=file)
        logos.append(store_asset(db, str(entry.get("name") or final), data, mime))
    background = files.get(str(manifest.get("background") or ""))
    if background is not None and image_mime(background) is None:
        raise _refuse(source, "template_file.not_image", part="background")
    try:
        kind = CertificateKind(str(manifest.get("kind", "participation")))
    except ValueError:
        raise _refuse(source, "template_file.damaged") from None
    info = TemplateInfo(
        name=final,
        kind=kind,
        page_size=str(manifest.get("page_size", "A4")),
        orientation=str(manifest.get("orientation", "landscape")),
        definition={**definition, "logos": logos},
        background=background,
    )
    saved = save_template(db, info)
    return TemplateImport(saved.name, tuple(logos), exists)
