"""One module per command; each defines ``register(registry)``. Found automatically.

A command line names one command, so only the modules that register that word
are imported: importing every module would load every service (and the
libraries they use) on each start. The index is read from the modules' source,
not by importing them: a module registers its words with literal strings,
``registry.command("name", ...)`` or ``registry.group("name", ...)`` (a test
holds the index equal to what the modules really register).
"""

from __future__ import annotations

import pkgutil
import re
from functools import cache
from pathlib import Path

_REGISTERS = re.compile(r"""registry\s*\.\s*(?:command|group)\(\s*["']([^"']+)["']""")


def module_names() -> list[str]:
    """Every command module, in a stable order."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__))


@cache
def command_index() -> dict[str, tuple[str, ...]]:
    """Command word -> the modules that register it (a group may span several)."""
    here = Path(__file__).parent
    index: dict[str, list[str]] = {}
    for name in module_names():
        source = (here / f"{name}.py").read_text(encoding="utf-8")
        for word in dict.fromkeys(_REGISTERS.findall(source)):
            index.setdefault(word, []).append(name)
    return {word: tuple(modules) for word, modules in index.items()}


def modules_for(word: str | None) -> list[str]:
    """The modules to import for a command line naming *word* (None or unknown: all)."""
    if word is None:
        return module_names()
    return list(command_index().get(word, module_names()))
