"""The command line speaks the language of the environment: LC_ALL, LC_MESSAGES, LANG."""

from __future__ import annotations

import os

from lacworkshop.formats.messages import LANGUAGES


def cli_language(environ: dict[str, str] | None = None) -> str:
    """es, pt, fr or en, from the first locale variable that is set (POSIX order)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"
