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


_SCORED_CHARS = 1_000_000


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str
    certain: bool
    reason: str
    alternatives: tuple[str, ...] = ()


def looks_like_mojibake(text: str) -> bool:
    """True when *text* carries the marks of UTF-8 decoded as cp1252 or latin-1."""
    return bool(_MOJIBAKE.search(text))


def _score(text: str) -> tuple[int, int]:
    """Plausibility of decoded text, and how many odd characters it holds.

    Expected letters count up, oddities count down. Context matters: "MuÒoz"
    (cp1252 bytes read as Mac Roman) has an upper-case letter inside a
    lower-case word, which no name has.
    """
    score = odd = 0
    prev = ""
    for ch in text:
        if ord(ch) >= 128:
            if ch.isupper() and prev.islower():
                score, odd = score - 3, odd + 1
            elif ch in _EXPECTED:
                score += 2
            elif not unicodedata.category(ch).startswith("L"):
                score, odd = score - 3, odd + 1
        prev = ch
    if looks_like_mojibake(text):
        score, odd = score - 20, odd + 1
    return score, odd


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
    scored: list[tuple[int, int, str]] = []
    for candidate in ("cp1252", "cp850", "mac_roman"):
        try:
            decoded = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        # The whole text must decode; judging its letters one by one is done on a sample,
        # so a 50 MB file takes no longer to guess than a list of a few thousand people.
        score, odd = _score(decoded[:_SCORED_CHARS])
        scored.append((score, odd, candidate))
    if not scored:
        return EncodingGuess("latin-1", False, "no common encoding fits", ("cp1252", "utf-8"))
    # Excel on Windows writes cp1252: it wins ties, and it is certain when nothing in
    # the text looks odd in it. Anything else winning is worth a question.
    scored.sort(key=lambda s: (-s[0], s[2] != "cp1252"))
    best_score, best_odd, best = scored[0]
    others = tuple(c for c in CHOICES if c not in (best, "utf-8-sig"))
    certain = best == "cp1252" and best_odd == 0 and best_score > 0
    reason = "accented letters read as Windows Latin (cp1252)" if best == "cp1252" else best
    return EncodingGuess(best, certain, reason, others)


def decode(data: bytes, encoding: str) -> str:
    """Decode *data*; raises UnicodeDecodeError when it does not fit *encoding*."""
    if encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        text = data.decode(encoding)
        return text[1:] if text.startswith("\ufeff") else text
    return data.decode(encoding)
