"""The real extent of a workbook's sheets, found by streaming their XML, never trusting it.

A spreadsheet reader allocates a grid from the first cell to the farthest one
holding a value. A 2 KB xlsx with values in A1 and XFD1048576 (and a false or
missing ``<dimension>``) asks for 17 billion cells, and the reader aborts the
whole process. So before any reader sees a workbook, every sheet's XML is
streamed in chunks, keeping nothing but counters: the farthest row and column
holding a value. xlsx sheets as Excel, LibreOffice and openpyxl write them are
scanned with a few patterns per chunk; anything unusual, and ODS content, goes
through expat element by element. The scan stops at the first cell past a limit.
"""

from __future__ import annotations

import re
import xml.parsers.expat

from lacworkshop.formats.messages import Term
from lacworkshop.formats.reading.input_limits import TableLimits
from lacworkshop.formats.reading.table_model import column_letter
from lacworkshop.formats.reading.zip_guard import InputRefused

_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODS_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_NS = " "  # expat joins namespace and local name with this
# Letters and digits of a cell reference; longer ones than any sheet allows still count.
_REF = re.compile(r"([A-Za-z]{1,8})([0-9]{1,12})$")


class SheetExtent:
    """The farthest value of one sheet so far; refuses the file once it passes a limit."""

    def __init__(self, source: str, sheet: str, limits: TableLimits) -> None:
        self.source = source
        self.sheet = sheet
        self.limits = limits
        self.max_row = 0
        self.max_col = 0

    def value_at(self, row: int, last_col: int, last_row: int | None = None) -> None:
        """A value in *row* (down to *last_row* when repeated) up to column *last_col*."""
        bottom = row if last_row is None else last_row
        if bottom <= self.max_row and last_col <= self.max_col:
            return
        self.max_row = max(self.max_row, bottom)
        self.max_col = max(self.max_col, last_col)
        limits = self.limits
        cell = f"{column_letter(last_col - 1)}{bottom}"
        common = {"source": self.source, "sheet": self.sheet, "what": Term(limits.what)}
        if bottom > limits.max_rows:
            raise InputRefused(
                "bounds.sheet_rows", cell=cell, limit=f"{limits.max_rows:,}", **common
            )
        if last_col > limits.max_columns:
            raise InputRefused(
                "bounds.sheet_columns",
                cell=cell,
                column=column_letter(limits.max_columns - 1),
                limit=f"{limits.max_columns:,}",
                **common,
            )
        if self.max_row * self.max_col > limits.max_grid_cells:
            raise InputRefused(
                "bounds.sheet_grid",
                row=f"{self.max_row:,}",
                column=column_letter(self.max_col - 1),
                cell=cell,
                cells=f"{self.max_row * self.max_col:,}",
                limit=f"{limits.max_grid_cells:,}",
                **common,
            )


def _parser(source: str) -> xml.parsers.expat.XMLParserType:
    parser = xml.parsers.expat.ParserCreate(namespace_separator=_NS)

    def refuse_dtd(*_: object) -> None:
        # No spreadsheet part has a DTD; entity tricks (billion laughs) start with one.
        raise InputRefused("bounds.xml_entities", source=source)

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    return parser


def _row_col(ref: str) -> tuple[int, int] | None:
    """'XFD1048576' -> (1048576, 16384); None for what is not a cell reference."""
    found = _REF.match(ref)
    if found is None:
        return None
    col = 0
    for ch in found.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(found.group(2)), col


class _XmlScan:
    """Feeds one XML part to expat chunk by chunk; a parse error is a damaged file."""

    def __init__(self, source: str, part: str) -> None:
        self.source = source
        self.part = part
        self.parser = _parser(source)

    def feed(self, chunk: bytes) -> None:
        """Scan the next *chunk* of the part."""
        self._parse(chunk, False)

    def close(self) -> None:
        """The part has ended; refuses it if its XML is cut off."""
        self._parse(b"", True)

    def _parse(self, data: bytes, final: bool) -> None:
        try:
            self.parser.Parse(data, final)
        except xml.parsers.expat.ExpatError as exc:
            raise InputRefused(
                "bounds.xml_damaged",
                source=self.source,
                part=self.part,
                reason=xml.parsers.expat.ErrorString(exc.code),
                line=exc.lineno,
            ) from None


# Cell start tags with their reference, parsed attribute by attribute (a value in quotes may
# hold ">" or "/"): either something is inside (a value, an inline string, a formula; text
# or a comment count too), which is what a reader puts in its grid, or nothing is. Every
# referenced cell must be one or the other, or the part is read exactly. Literal starts
# keep these patterns at the speed of a plain search.
_CELL_REF = rb'<c r="([A-Z]{1,8})([0-9]{1,12})"'
_ATTRS = rb'(?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*\s*'
_VALUED_CELL = re.compile(_CELL_REF + _ATTRS + rb">(?=[^<]*<(?!/))")
_EMPTY_CELL = re.compile(_CELL_REF + _ATTRS + rb"(?:/>|>[^<]*</)")


def _column_number(letters: bytes) -> int:
    col = 0
    for ch in letters:
        col = col * 26 + ch - 64
    return col


class XlsxSheetScan:
    """One ``xl/worksheets/*.xml`` part, scanned fast: as Excel, LibreOffice and openpyxl
    write them, every cell carries its reference (``r="B12"``), so a few regular
    expressions over each chunk find the farthest valued cell without a call per cell.
    A part with a cell this cannot place (no reference, an unusual spelling) says so in
    *needs_exact*, and is then read again through XlsxSheetXmlScan."""

    def __init__(self, source: str, part: str, sheet: str, limits: TableLimits) -> None:
        self.extent = SheetExtent(source, sheet, limits)
        self.carry = b""
        self.first = True
        self.needs_exact = False

    def feed(self, chunk: bytes) -> None:
        """Scan the next *chunk* of the part."""
        if self.first:
            self.first = False
            # Elements with a namespace prefix (<x:c>) are left to the exact scan.
            self.needs_exact = b"<worksheet" not in chunk[:4096]
        if self.needs_exact:
            return
        data = self.carry + chunk
        # Up to the last tag start that has a character after it: every cell tag before it
        # is whole, with the start of what follows it; the rest waits for the next chunk.
        cut = data.rfind(b"<", 0, len(data) - 1)
        if cut < 0:
            self.carry = data[-4096:]
            return
        self.carry = data[cut:]
        self._scan(data[: cut + 2])

    def close(self) -> None:
        """The part has ended."""
        if not self.needs_exact:
            self._scan(self.carry)

    def _scan(self, data: bytes) -> None:
        found = _VALUED_CELL.findall(data)
        referenced = data.count(b'<c r="')
        if (
            data.count(b"<c ") != referenced
            or referenced != len(found) + len(_EMPTY_CELL.findall(data))
            or b"<c>" in data
            or b"<c/" in data
            or b"<c\t" in data
            or b"<c\n" in data
            or b"<c\r" in data
        ):
            self.needs_exact = True
            return
        if not found:
            return
        letters, digits = zip(*found, strict=True)
        widest = max(set(letters), key=lambda c: (len(c), c))
        deepest = max(int(d) for d in set(digits))
        # The farthest row and the farthest column may be different cells; the grid spans both.
        self.extent.value_at(deepest, _column_number(widest))


class XlsxSheetXmlScan(_XmlScan):
    """One ``xl/worksheets/*.xml`` part through expat, cell by cell (slower, exact). Rows
    and cells without an ``r`` follow the previous ones, as readers place them; a cell
    counts when it holds a value, an inline string or a formula (a formatted empty cell
    makes no grid)."""

    def __init__(self, source: str, part: str, sheet: str, limits: TableLimits) -> None:
        super().__init__(source, part)
        self.extent = SheetExtent(source, sheet, limits)
        self.needs_exact = False
        self.row = 0
        self.col = 0
        self.open_cell = False
        self.parser.StartElementHandler = self._start

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(_NS)[2]
        if local == "c":
            where = _row_col(attrs.get("r", ""))
            if where is None:
                self.col += 1
            else:
                self.row, self.col = where
            self.open_cell = True
        elif local in ("v", "is", "f"):
            if self.open_cell:
                self.open_cell = False
                self.extent.value_at(self.row, self.col)
        elif local == "row":
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() else self.row + 1
            self.col = 0
            self.open_cell = False


def _repeat(attrs: dict[str, str], name: str) -> int:
    value = attrs.get(f"{_ODS_TABLE}{_NS}{name}", "1")
    return int(value) if value.isdigit() and int(value) > 0 else 1


class OdsContentScan(_XmlScan):
    """``content.xml`` of an OpenDocument spreadsheet: every table in it. Repeated rows
    and cells (``number-rows-repeated``) count as the readers expand them."""

    _TABLE = f"{_ODS_TABLE}{_NS}table"
    _ROW = f"{_ODS_TABLE}{_NS}table-row"
    _CELLS = (f"{_ODS_TABLE}{_NS}table-cell", f"{_ODS_TABLE}{_NS}covered-table-cell")
    _VALUE_TYPES = (f"{_ODS_OFFICE}{_NS}value-type", f"{_ODS_CALCEXT}{_NS}value-type")
    _NAME = f"{_ODS_TABLE}{_NS}name"

    def __init__(self, source: str, part: str, limits: TableLimits) -> None:
        super().__init__(source, part)
        self.limits = limits
        self.extent: SheetExtent | None = None
        self.row = 0
        self.rows_repeated = 1
        self.col = 0
        self.cell: tuple[int, int] | None = None  # first and last column of the open cell
        self.row_last_col = 0
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        if name in self._CELLS:
            first = self.col + 1
            self.col += _repeat(attrs, "number-columns-repeated")
            self.cell = (first, self.col)
            if any(t in attrs for t in self._VALUE_TYPES):
                self._valued()
        elif self.cell is not None:
            self._valued()  # text or an annotation inside a cell: a value
        elif name == self._ROW:
            self.rows_repeated = _repeat(attrs, "number-rows-repeated")
            self.col = 0
            self.row_last_col = 0
        elif name == self._TABLE:
            sheet = attrs.get(self._NAME, "?")
            self.extent = SheetExtent(self.source, sheet, self.limits)
            self.row = 0

    def _valued(self) -> None:
        assert self.cell is not None
        last = self.cell[1]
        self.cell = (self.cell[0], 0)  # counted once
        if last and self.extent is not None:
            self.row_last_col = max(self.row_last_col, last)
            self.extent.value_at(self.row + 1, last)

    def _end(self, name: str) -> None:
        if name in self._CELLS:
            self.cell = None
        elif name == self._ROW:
            if self.row_last_col and self.extent is not None:
                self.extent.value_at(self.row + 1, self.row_last_col, self.row + self.rows_repeated)
            self.row += self.rows_repeated
