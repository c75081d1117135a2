"""Keep personal data out of the log: emails, SQL parameters, values in error messages.

The log keeps the traceback of a bug, which is what a developer needs; the
values a person typed (names, emails) are what nobody else should read there.
"""

from __future__ import annotations

import logging
import re

MASK = "<hidden>"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# SQLAlchemy's "[parameters: (...)]" and sqlite3's parameter tuples in messages.
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$))", re.MULTILINE | re.DOTALL)
_QUOTED = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")
# Credentials in a URL (smtp://user:secret@host) and secrets registered at run time.
_URL_SECRET = re.compile(r"(?<=://)[^/@\s:]*:[^/@\s]*(?=@)")
_secrets: set[str] = set()


def hide_secret(secret: str) -> None:
    """Mask *secret* (a password read from the keyring or typed) wherever a log line holds it."""
    if secret:
        _secrets.add(secret)


def mask_text(text: str) -> str:
    """*text* with emails and SQL parameter lists replaced by a mask."""
    for secret in _secrets:
        text = text.replace(secret, MASK)
    text = _URL_SECRET.sub(MASK, text)
    text = _PARAMETERS.sub(f"[parameters: {MASK}]", text)
    return _EMAIL.sub("<email>", text)


def mask_traceback(text: str) -> str:
    """A formatted traceback with personal values masked.

    Frame lines (indented: file, line, source) stay as they are, since they
    are the program's own text; the exception lines (not indented) carry
    values, so quoted values there are masked too.
    """
    lines = []
    for line in mask_text(text).splitlines():
        if line and not line[0].isspace() and not line.startswith("Traceback"):
            line = _QUOTED.sub(f"'{MASK}'", line)
        lines.append(line)
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    """A formatter that masks personal data in messages and tracebacks."""

    def formatException(self, ei: logging._SysExcInfoType) -> str:
        return mask_traceback(super().formatException(ei))

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached its own, unmasked, traceback text on the record.
        cached = record.exc_text
        record.exc_text = None
        try:
            return mask_text(super().format(record))
        finally:
            record.exc_text = cached
