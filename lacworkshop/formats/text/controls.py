"""Characters that must never reach a name: control characters and bidirectional overrides.

A name such as ``"Ana\\u202eetneserP"`` shows one thing and holds another: the
right-to-left override reverses what follows it on a certificate, in a list and
in the terminal (where other control characters can even move the cursor or
change colours). None of these belongs in a person's data, in any script, so
they are removed on input. Letters that join or separate scripts (ZWJ, ZWNJ)
are kept: Persian and Indic names need them.
"""

from __future__ import annotations

import re
import unicodedata

# Tab, newline and carriage return are spacing, not hostile: whitespace rules turn them
# into spaces.
_SPACING = "\t\n\r"
_BIDI = (
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, POP, overrides
    "\u2066\u2067\u2068\u2069"  # isolates and POP DIRECTIONAL ISOLATE
)
_INVISIBLE = (
    "\u200b"  # ZERO WIDTH SPACE
    "\u2060"  # WORD JOINER
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside text)
    "\ufff9\ufffa\ufffb"  # interlinear annotation marks
)
_C0_C1 = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(c) not in _SPACING)
UNSAFE = re.compile("[" + re.escape(_C0_C1 + _BIDI + _INVISIBLE) + "]")


def remove_unsafe_characters(text: str) -> tuple[str, tuple[str, ...]]:
    """*text* without control characters and bidirectional controls, and what was removed
    (each kind once, as ``U+202E RIGHT-TO-LEFT OVERRIDE``)."""
    if UNSAFE.search(text) is None:
        return text, ()
    removed = dict.fromkeys(describe(ch) for ch in UNSAFE.findall(text))
    return UNSAFE.sub("", text), tuple(removed)


def describe(ch: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; control characters have no name, only a code."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"
