"""Images prepared once for many PDFs: decoded and compressed a single time.

reportlab decodes, compresses and encodes an image again for every document
it goes into; with one PDF per person that is most of the work. Here an image
becomes a ready PDF image object once per process (cached by its bytes) and
each document gets a shallow copy of it, so the costly stream is shared.
This leans on reportlab's document internals (``_doc``, ``_setXObjects``), the
same steps ``Canvas.drawImage`` takes; the tests render and read back images.
"""

from __future__ import annotations

import copy
import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class PreparedImage:
    name: str
    width: int
    height: int
    proto: pdfdoc.PDFImageXObject

    def getSize(self) -> tuple[int, int]:
        return self.width, self.height


@lru_cache(maxsize=64)
def prepare(data: bytes) -> PreparedImage:
    """*data* (PNG or JPEG bytes) as a PDF image object, with its transparency kept."""
    reader = ImageReader(io.BytesIO(data))
    name = "lwimg" + hashlib.sha1(data).hexdigest()[:20]
    proto = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    proto.name = name
    width, height = reader.getSize()
    return PreparedImage(name, width, height, proto)


def draw(c: Canvas, image: PreparedImage, x: float, y: float, w: float, h: float) -> None:
    """Draw *image* stretched to the box; the image is stored once per document."""
    doc = c._doc
    reg_name = doc.getXObjectName(image.name)
    if doc.idToObject.get(reg_name) is None:
        obj = copy.copy(image.proto)
        smask = getattr(image.proto, "_smask", None)
        if smask is not None:
            del obj._smask
        c._setXObjects(obj)
        doc.Reference(obj, reg_name)
        doc.addForm(image.name, obj)
        if smask is not None:
            mask = copy.copy(smask)
            mask_name = doc.getXObjectName(smask.name)
            if doc.idToObject.get(mask_name) is None:
                c._setXObjects(mask)
                obj.smask = doc.Reference(mask, mask_name)
            else:
                obj.smask = pdfdoc.PDFObjectReference(mask_name)
    c.saveState()
    c.translate(x, y)
    c.scale(w, h)
    c._code.append(f"/{reg_name} Do")
    c.restoreState()
    c._formsinuse.append(image.name)
