"""Check-in codes: short, typeable, unguessable, and safe to read from a USB scanner.

A code is nine characters from an alphabet of digits and the letters that sit
on the same key on every Latin keyboard layout in use in the region: QWERTY
(Spanish, Portuguese, Latin American) and AZERTY (French Caribbean) swap A/Q,
Z/W and move M, QWERTZ swaps Y/Z, so those letters are left out, as are I, L,
O and U, easy to misread. A barcode scanner types the key codes of a US
keyboard; on AZERTY the digit row then gives ``&é"'(-è_çà`` for ``1234567890``,
so those characters are read back as the digits. 26^9 codes (about 5e12) make
one guessed code a miss for every workshop that will ever exist.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "0123456789BCDEFGHJKNPRSTVX"
LENGTH = 9
GROUP = 3
_AZERTY_DIGITS = str.maketrans("&é\"'(-è_çà", "1234567890")
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def new_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh code not in *taken* (canonical form, no separators)."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        if code not in taken:
            return code


def display(code: str) -> str:
    """*code* grouped for reading aloud: ``K7D-2XP-9BN``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(text: str) -> str | None:
    """The canonical code in *text* (typed, scanned, any case, with separators), or None.

    A scan on an AZERTY keyboard (digits typed as ``&é"'(...``) reads the same
    as on QWERTY. Text that is not a code (a name typed to search) gives None.
    """
    raw = unicodedata.normalize("NFC", text.strip())
    if "-" in raw and len(raw.replace("-", "")) == LENGTH:
        raw = raw.replace("-", " ")  # separators typed by a person, not a scanner's digit 6
    raw = raw.translate(_AZERTY_DIGITS).upper().translate(_ALIASES)
    compact = "".join(ch for ch in raw if not ch.isspace() and ch not in "-.")
    if len(compact) != LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return compact
