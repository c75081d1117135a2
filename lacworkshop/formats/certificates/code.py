"""Certificate codes a person can type: Crockford base32, grouped, with a check character.

A code is eleven random base32 characters and one check character, shown in
groups of four (``7KQ2-M9XD-4HBR``). The alphabet has no I, L, O or U, so a
code read aloud or copied by hand is hard to get wrong; when reading, ``I`` and
``L`` count as ``1`` and ``O`` as ``0``, case and separators do not matter. The
check character (Luhn mod 32) catches every single wrong character and every
swap of two neighbours except 0 with Z (the one pair Luhn mod N cannot see); it
stays inside the alphabet, unlike Crockford's mod-37 symbols ``*~$=U``.
"""

from __future__ import annotations

import secrets

from lacworkshop.errors import Invalid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_ALIASES = {"I": "1", "L": "1", "O": "0"}
BODY_LENGTH = 11
GROUP = 4


class InvalidCode(Invalid, ValueError):
    """Text that is not a well-formed certificate code."""


def check_character(body: str) -> str:
    """The Luhn mod 32 check character of *body* (canonical characters only)."""
    n = len(ALPHABET)
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def _group(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def new_code() -> str:
    """A fresh random code, grouped for reading."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return _group(body + check_character(body))


def normalise(text: str) -> str:
    """Canonical characters of *text*: upper case, separators dropped, look-alikes mapped."""
    out = []
    for ch in text.strip().upper():
        if ch in " -_.":
            continue
        out.append(_ALIASES.get(ch, ch))
    return "".join(out)


def parse(text: str) -> str:
    """The grouped canonical form of *text*, or :class:`InvalidCode` saying what is wrong."""
    raw = normalise(text)
    if not raw:
        raise InvalidCode("code.empty")
    bad = sorted({ch for ch in raw if ch not in _VALUE})
    if bad:
        raise InvalidCode("code.bad_characters", chars=", ".join(repr(c) for c in bad))
    if len(raw) != BODY_LENGTH + 1:
        raise InvalidCode("code.wrong_length", expected=BODY_LENGTH + 1, actual=len(raw))
    if check_character(raw[:-1]) != raw[-1]:
        raise InvalidCode("code.mistyped")
    return _group(raw)


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except InvalidCode:
        return False
    return True
