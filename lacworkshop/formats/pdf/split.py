"""Split a PDF that lacworkshop drew into one small PDF per page.

Drawing 2,000 separate PDFs makes reportlab embed and compress the fonts and
pictures 2,000 times; drawing one and splitting it costs little more than the
one. This reads the plain structure reportlab writes (an xref table, objects in
order, ``/Font`` dictionaries by reference) and copies, for each page, only the
objects it uses: its content, the shared static form and its images, and the
font subsets its text and the form actually set (found with ``Tf`` in the
decoded content). Anything unexpected raises :class:`SplitError`, and the
caller draws the pages one by one instead.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator

_REF = re.compile(rb"\b(\d+) 0 R\b")
_TF = re.compile(rb"/([^\s/\[\]<>()]+)\s+[-\d.]+\s+Tf\b")
_FONT_ENTRY = re.compile(rb"/([^\s/\[\]<>()]+)\s+(\d+) 0 R")
_RESOURCE_FONT = re.compile(rb"/Font\s+(\d+) 0 R")


class SplitError(ValueError):
    """The PDF is not laid out as expected."""


class _Pdf:
    def __init__(self, data: bytes) -> None:
        self.data = data
        start = data.rfind(b"startxref")
        if start < 0:
            raise SplitError("no startxref")
        xref_at = int(data[start + 9 :].split()[0])
        lines = data[xref_at:start].split(b"\n")
        if lines[0].strip() != b"xref":
            raise SplitError("no classic xref table")
        first, count = (int(x) for x in lines[1].split())
        offsets: dict[int, int] = {}
        for i in range(count):
            field, _gen, kind = lines[2 + i].split()[:3]
            if kind == b"n":
                offsets[first + i] = int(field)
        order = sorted(offsets.items(), key=lambda kv: kv[1])
        self.raw: dict[int, bytes] = {}
        for j, (num, off) in enumerate(order):
            end = order[j + 1][1] if j + 1 < len(order) else xref_at
            body = data[off:end]
            head = f"{num} 0 obj".encode()
            if not body.startswith(head):
                raise SplitError(f"object {num} is not where the xref says")
            self.raw[num] = body[len(head) : body.rfind(b"endobj")].strip(b"\r\n")
        trailer = data[start - 400 if start > 400 else 0 : start]
        root = re.search(rb"/Root (\d+) 0 R", trailer)
        if root is None:
            raise SplitError("no catalogue")
        pages = re.search(rb"/Pages (\d+) 0 R", self.raw[int(root.group(1))])
        if pages is None:
            raise SplitError("no page tree")
        kids = re.search(rb"/Kids \[([^\]]*)\]", self.raw[int(pages.group(1))])
        if kids is None:
            raise SplitError("a nested page tree")
        self.pages = [int(n) for n in _REF.findall(kids.group(1))]
        if any(b"/Type /Page" not in self.raw[p] for p in self.pages):
            raise SplitError("a nested page tree")
        self._fonts_of_stream: dict[int, set[bytes]] = {}

    def dict_part(self, num: int) -> bytes:
        body = self.raw[num]
        cut = body.find(b"stream\n")
        if cut < 0:
            cut = body.find(b"stream\r\n")
        return body if cut < 0 else body[:cut]

    def stream(self, num: int) -> bytes:
        body = self.raw[num]
        head = self.dict_part(num)
        start = len(head) + len(b"stream\n")
        length = re.search(rb"/Length (\d+)", head)
        if length is None:
            raise SplitError(f"stream {num} without a length")
        data = body[start : start + int(length.group(1))]
        if b"/ASCII85Decode" in head:
            data = base64.a85decode(data.strip(), adobe=True)
        if b"/FlateDecode" in head:
            data = zlib.decompress(data)
        return data

    def fonts_set_in(self, num: int) -> set[bytes]:
        if num not in self._fonts_of_stream:
            self._fonts_of_stream[num] = set(_TF.findall(self.stream(num)))
        return self._fonts_of_stream[num]


def _closure(pdf: _Pdf, page: int, font_dict: int) -> tuple[list[int], set[bytes]]:
    """Objects a page needs (not its parent, not the shared font dictionary), fonts it sets."""
    needed: list[int] = []
    seen = {font_dict}
    stack = [page]
    fonts: set[bytes] = set()
    while stack:
        num = stack.pop()
        if num in seen:
            continue
        seen.add(num)
        needed.append(num)
        head = pdf.dict_part(num)
        is_stream = pdf.raw[num][len(head) :].startswith(b"stream")
        # Content streams and forms set fonts; images and font programs do not.
        if is_stream and not any(k in head for k in (b"/Subtype /Image", b"/Length1")):
            fonts |= pdf.fonts_set_in(num)
        if num == page:
            head = re.sub(rb"/Parent \d+ 0 R", b"", head)
        stack.extend(int(n) for n in _REF.findall(head))
    return needed, fonts


def split(data: bytes) -> Iterator[bytes]:
    """One PDF per page of *data*, in page order."""
    pdf = _Pdf(data)
    for page in pdf.pages:
        head = pdf.dict_part(page)
        font_ref = _RESOURCE_FONT.search(head)
        if font_ref is None:
            raise SplitError("a page without a font dictionary reference")
        font_dict = int(font_ref.group(1))
        entries = dict(_FONT_ENTRY.findall(pdf.dict_part(font_dict)))
        needed, fonts = _closure(pdf, page, font_dict)
        unknown = fonts - set(entries)
        if unknown:
            raise SplitError(f"fonts set but not listed: {sorted(unknown)!r}")
        used = {name: int(entries[name]) for name in sorted(fonts)}
        for ref in used.values():
            more, _ = _closure(pdf, ref, font_dict)
            needed.extend(n for n in more if n not in needed)
        yield _write(pdf, page, font_dict, needed, used)


def _write(
    pdf: _Pdf, page: int, font_dict: int, needed: list[int], used: dict[bytes, int]
) -> bytes:
    numbers = {old: i + 1 for i, old in enumerate(needed)}
    font_num = len(needed) + 1
    pages_num, catalog_num = font_num + 1, font_num + 2
    numbers[font_dict] = font_num

    def renumber(match: re.Match[bytes]) -> bytes:
        old = int(match.group(1))
        if old not in numbers:
            raise SplitError(f"object {old} is referred to but was not copied")
        return b"%d 0 R" % numbers[old]

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for old in needed:
        head = pdf.dict_part(old)
        rest = pdf.raw[old][len(head) :]
        if old == page:
            head = re.sub(rb"/Parent \d+ 0 R", b"/Parent PAGES", head)
        head = _REF.sub(renumber, head).replace(b"/Parent PAGES", b"/Parent %d 0 R" % pages_num)
        offsets.append(len(out))
        out += b"%d 0 obj\n" % numbers[old] + head + rest + b"\nendobj\n"
    fonts = b" ".join(b"/%s %d 0 R" % (name, numbers[ref]) for name, ref in used.items())
    for num, body in (
        (font_num, b"<< " + fonts + b" >>"),
        (pages_num, b"<< /Count 1 /Kids [ %d 0 R ] /Type /Pages >>" % numbers[page]),
        (catalog_num, b"<< /Pages %d 0 R /Type /Catalog >>" % pages_num),
    ):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Root %d 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        catalog_num,
        len(offsets) + 1,
        xref,
    )
    return bytes(out)
