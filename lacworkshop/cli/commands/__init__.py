"""One module per command; each defines ``register(registry)``. Found automatically.

A command line names one command, so only the modules that register that word
are imported: importing every module would load every service (and the
libraries they use) on each start. ``COMMAND_INDEX`` says which modules register
each word; a test holds it equal to what the modules really register, and a word
missing from it still works (every module is imported then, as for ``--help``).
"""

from __future__ import annotations

import pkgutil

# Command word -> the modules that register it (a group may span several).
COMMAND_INDEX: dict[str, tuple[str, ...]] = {
    "attendance": ("attendance", "attendance_mark"),
    "backup": ("backup",),
    "badge-settings": ("badge_settings",),
    "badges": ("badges",),
    "bundle": ("bundle",),
    "certificates": ("certificates", "certificates_revoke"),
    "checkin": ("checkin",),
    "demo": ("demo",),
    "eligibility": ("eligibility",),
    "email": ("email",),
    "export": ("export_attendance", "export_people", "export_stats"),
    "gui": ("gui",),
    "import": ("import_registrations",),
    "keys": ("keys",),
    "organisation": ("organisation",),
    "override": ("override",),
    "people": ("people",),
    "person": ("person",),
    "privacy": ("privacy",),
    "publish": ("publish",),
    "restore": ("restore",),
    "schedule": ("schedule",),
    "sessions": ("sessions",),
    "signatories": ("signatories",),
    "signin-sheets": ("signin_sheets",),
    "templates": ("templates",),
    "tents": ("badges",),
    "tracks": ("tracks",),
    "trainers": ("trainers",),
    "verify": ("verify",),
    "workshops": ("workshop_edit", "workshops"),
}


def module_names() -> list[str]:
    """Every command module, in a stable order."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__))


def command_index() -> dict[str, tuple[str, ...]]:
    """Command word -> the modules that register it."""
    return COMMAND_INDEX


def modules_for(word: str | None) -> list[str]:
    """The modules to import for a command line naming *word* (None or unknown: all)."""
    if word is None:
        return module_names()
    return list(COMMAND_INDEX.get(word, module_names()))
