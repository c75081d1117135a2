"""File names made from people's names that every system accepts, accents kept."""

from __future__ import annotations

import re
import unicodedata

from lacworkshop.formats.text.controls import remove_unsafe_characters

# Names Windows refuses whatever the extension (CON.pdf is as bad as CON).
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
    "COM¹",
    "COM²",
    "COM³",
    "LPT¹",
    "LPT²",
    "LPT³",
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_LENGTH = 150  # characters of the stem; leaves room for folders on Windows' 260 limit


def safe_stem(text: str, fallback: str = "certificate") -> str:
    """*text* as a file name stem: no separators or forbidden characters, accents kept,
    never hidden (no leading dot) and never disguised (no bidirectional overrides)."""
    stem = unicodedata.normalize("NFC", text)
    stem = re.sub(r"\s+", " ", stem).strip()
    # "Ana\u202egpj.exe" would show as "Anaexe.jpg" in a file manager.
    stem, _removed = remove_unsafe_characters(stem)
    stem = _FORBIDDEN.sub("_", stem)
    stem = stem[:MAX_LENGTH].rstrip(". ")
    # A leading dot hides the file on Linux and macOS.
    stem = stem.lstrip(". ")
    if not stem or set(stem) <= {".", "_", " "}:
        stem = fallback
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    return stem


def safe_filename(text: str, extension: str, fallback: str = "certificate") -> str:
    """``safe_stem(text) + "." + extension``."""
    return f"{safe_stem(text, fallback)}.{extension.lstrip('.')}"


def unique_names(stems: list[str], extension: str) -> list[str]:
    """Safe file names for *stems*, numbered where two would collide (case-insensitively)."""
    seen: set[str] = set()
    out = []
    for stem in stems:
        base = safe_stem(stem)
        name = f"{base}.{extension}"
        n = 2
        while name.casefold() in seen:
            name = f"{base} ({n}).{extension}"
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out
