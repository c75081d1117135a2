"""verify.html filled with its texts, and the data files it reads, as bytes."""

from __future__ import annotations

import json
from typing import Any

from lacworkshop.formats.catalogue import LANGUAGES, keys, text
from lacworkshop.resource_files import resource_path

TEXTS_MARK = "__LACW_TEXTS__"
_PREFIX = "verify_page."


def _script_json(value: Any) -> str:
    """JSON safe inside a <script>: ASCII only, and no ``</script>`` or ``<!--`` can form."""
    encoded = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_texts() -> dict[str, dict[str, str]]:
    """language -> key -> the page's word, placeholders left for the page to fill."""
    wanted = [k for k in keys() if k.startswith(_PREFIX)]
    return {lang: {k: text(k, lang) for k in wanted} for lang in LANGUAGES}


def page_html() -> bytes:
    """The self-contained verification page (inline style and script, no network)."""
    template = resource_path("verify_page", "verify.html").read_text(encoding="utf-8")
    if template.count(TEXTS_MARK) != 1:
        raise ValueError("the verification page template must hold its texts mark once")
    return template.replace(TEXTS_MARK, _script_json(page_texts())).encode("utf-8")


def data_script(data: Any) -> bytes:
    """``data.js``: the published data for pages opened from disk, where fetch() is refused."""
    return f"window.LACW_DATA = {_script_json(data)};\n".encode("ascii")


def json_bytes(value: Any) -> bytes:
    """A published JSON file: UTF-8, keys sorted so that republishing changes only what changed."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
