"""Guess the text encoding of a CSV or text file, and say how sure the guess is.

Registration lists reach us as UTF-8 (Google Forms, LibreOffice), UTF-8 with a
BOM (Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode text") and cp1252 (Excel's
plain "CSV" on Windows in Buenos Aires or São Paulo). A wrong guess would store
mojibake ("JosÃ©"), so an unsure guess is reported and the person chooses.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Offered to the person when the guess is unsure; the first ones are by far the likeliest.
CHOICES = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "cp850", "mac_roman")

# Characters expected in names, organisations and answers in es/pt/fr/en.
_EXPECTED = set("áéíóúýàèìòùâêîôûãõäëïöüÿçñÁÉÍÓÚÝÀÈÌÒÙÂÊÎÔÛÃÕÄËÏÖÜŸÇÑ¿¡ºª°€£·«»“”‘’–—…œŒæÆøØß")
# UTF-8 read as a single-byte code page: "Ã©", "Ã±", "Ã‘", "â€™" ...
_MOJIBAKE = re.compile(
    "[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]|â€[™œ\u009d“”˜¦¢]"
)


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str
    certain: bool
    reason: str
    alternatives: tuple[str, ...] = ()


def looks_like_mojibake(text: str) -> bool:
    """True when *text* carries the marks of UTF-8 decoded as cp1252 or latin-1."""
    return bool(_MOJIBAKE.search(text))


def _score(text: str) -> int:
    """Plausibility of decoded text: expected letters count up, oddities count down."""
    score = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _EXPECTED:
            score += 2
        elif unicodedata.category(ch).startswith("L"):
            score += 0
        else:
            score -= 3
    if looks_like_mojibake(text):
        score -= 20
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_nul = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def guess_encoding(data: bytes) -> EncodingGuess:
    """The likeliest encoding of *data*, whether it is certain, and why."""
    if data.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", True, "UTF-8 byte-order mark")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", True, "UTF-16 byte-order mark")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            data.decode(utf16)
            return EncodingGuess(utf16, True, "UTF-16 pattern of zero bytes")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if text.isascii():
            return EncodingGuess("utf-8", True, "plain ASCII text")
        return EncodingGuess("utf-8", True, "valid UTF-8")
    scored: list[tuple[int, str]] = []
    for candidate in ("cp1252", "cp850", "mac_roman"):
        try:
            decoded = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        scored.append((_score(decoded), candidate))
    if not scored:
        return EncodingGuess("latin-1", False, "no common encoding fits", ("cp1252", "utf-8"))
    scored.sort(key=lambda s: (-s[0], s[1] != "cp1252"))
    best_score, best = scored[0]
    others = tuple(c for _s, c in scored[1:])
    runner_up = scored[1][0] if len(scored) > 1 else None
    certain = best_score > 0 and (runner_up is None or best_score - runner_up >= 4)
    # Excel on Windows writes cp1252; only clear evidence moves the guess elsewhere.
    if best != "cp1252" and not certain:
        best, others = "cp1252", tuple(c for c in CHOICES if c not in ("cp1252", "utf-8-sig"))
    reason = "accented letters read as Windows Latin (cp1252)" if best == "cp1252" else best
    return EncodingGuess(best, certain, reason, others)


def decode(data: bytes, encoding: str) -> str:
    """Decode *data*; raises UnicodeDecodeError when it does not fit *encoding*."""
    if encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        text = data.decode(encoding)
        return text[1:] if text.startswith("\ufeff") else text
    return data.decode(encoding)
