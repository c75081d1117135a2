"""Refuse files no registration list could be, before any parser sees them.

A registration list is a few hundred kilobytes; even a 20,000-row workbook is
a couple of megabytes. Anything far larger, and any zip container (xlsx, ods)
whose members declare an absurd unpacked size or compression ratio, is
refused from its size and its zip directory alone, so a zip bomb never gets
the chance to fill memory. Then every part is streamed once, keeping nothing,
to measure what the directory only claims: unpacked sizes, and each sheet's
real extent (the limits are in input_limits).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from lacworkshop.formats.reading.input_limits import (
    MAX_FILE_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    REGISTRATION_FILE,
    REGISTRATION_TABLE,
    TableLimits,
)
from lacworkshop.formats.reading.registry import OLE_MAGIC, ZIP_SUFFIXES
from lacworkshop.formats.reading.sheet_extent import OdsContentScan, XlsxSheetScan, XlsxSheetXmlScan
from lacworkshop.formats.reading.xls_extent import check_xls_extent
from lacworkshop.formats.reading.zip_guard import (
    FileLimits,
    InputRefused,
    check_file_size,
    check_zip_directory,
    zip_members,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBERS",
    "MAX_RATIO",
    "MAX_UNPACKED_BYTES",
    "InputRefused",
    "check_input_file",
    "check_zip_container",
]

LIMITS = REGISTRATION_FILE
CHUNK = 1024 * 1024
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# workbook.xml and its relations are a few KB; a larger one is not parsed for names.
_MAX_NAMES_PART = 1024 * 1024


def check_input_file(path: Path) -> None:
    """Raise InputRefused when *path* is too large, a zip bomb, or has a sheet past the
    limits (input_limits); a workbook is read once as a stream, keeping nothing."""
    path = Path(path)
    size = check_file_size(path, LIMITS)
    if size == 0:
        raise InputRefused("file.empty", name=path.name)
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic == OLE_MAGIC:
        check_xls_extent(path, REGISTRATION_TABLE)
    elif magic[:2] == b"PK" or path.suffix.lower() in ZIP_SUFFIXES:
        check_zip_container(path)


def check_zip_container(
    path: Path, limits: FileLimits = LIMITS, table: TableLimits = REGISTRATION_TABLE
) -> None:
    """Inspect the zip directory of *path* (declared sizes and ratios), then stream every
    part, checking it unpacks as declared and every sheet stays within *table*."""
    infos = zip_members(path)
    if infos is None:
        raise InputRefused("file.not_zip", name=path.name)
    check_zip_directory(path.name, infos, limits)
    _check_members_unpack_as_declared(path, table)


def _check_members_unpack_as_declared(path: Path, table: TableLimits) -> None:
    """Unpack every part in small chunks, keeping nothing: a part that unpacks to more
    than its directory declares (a lying bomb) or fails its checksum is refused here,
    before the spreadsheet reader trusts the declared sizes, and every sheet's real
    extent is measured on the way (sheet_extent), whatever its <dimension> says."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = _xlsx_sheet_names(zf)
            for info in zf.infolist():
                scan: XlsxSheetScan | OdsContentScan | None = None
                if _SHEET_PART.match(info.filename):
                    sheet = names.get(info.filename, info.filename.rpartition("/")[2])
                    scan = XlsxSheetScan(path.name, info.filename, sheet, table)
                elif info.filename == "content.xml":
                    scan = OdsContentScan(path.name, info.filename, table)
                _stream_member(zf, info, scan)
                if isinstance(scan, XlsxSheetScan) and scan.needs_exact:
                    exact = XlsxSheetXmlScan(path.name, info.filename, sheet, table)
                    _stream_member(zf, info, exact)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputRefused("file.zip_damaged", name=path.name, reason=exc) from None
    except NotImplementedError:
        raise InputRefused("file.zip_compression", name=path.name) from None


def _stream_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    scan: XlsxSheetScan | XlsxSheetXmlScan | OdsContentScan | None,
) -> None:
    """Unpack one part chunk by chunk into *scan*, refusing it past its declared size."""
    seen = 0
    with zf.open(info) as member:
        while chunk := member.read(CHUNK):
            seen += len(chunk)
            if seen > info.file_size:
                raise InputRefused(
                    "file.zip_member_overflow",
                    name=Path(str(zf.filename)).name,
                    part=info.filename,
                )
            if scan is not None:
                scan.feed(chunk)
    if scan is not None:
        scan.close()


def _xlsx_sheet_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet name as the person sees it ("xl/worksheets/sheet1.xml" ->
    "Inscripciones"), for messages; empty when the workbook does not say."""
    try:
        book = zf.getinfo("xl/workbook.xml")
        rels = zf.getinfo("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    if max(book.file_size, rels.file_size) > _MAX_NAMES_PART:
        return {}
    try:
        targets = {
            el.get("Id", ""): el.get("Target", "")
            for el in ElementTree.fromstring(zf.read(rels)).iter()
            if el.tag.endswith("}Relationship")
        }
        out = {}
        for el in ElementTree.fromstring(zf.read(book)).iter():
            if not el.tag.endswith("}sheet"):
                continue
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), "")
            target = targets.get(rid, "").lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            out[part] = el.get("name", "")
        return out
    except ElementTree.ParseError:
        return {}
