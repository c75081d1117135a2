"""Preferences kept in the database: the organisation's name and logo, backups, the address.

Edit > Preferences stores them on OK with :func:`save_preferences`, one operation
that checks everything before it writes anything. (The interface language is a
preference of this computer, not of the database, and lives with the window.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.preferences.saving import StoredPreferences, save_preferences

_WHERE = {
    "StoredPreferences": "saving",
    "save_preferences": "saving",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "StoredPreferences",
    "save_preferences",
]
