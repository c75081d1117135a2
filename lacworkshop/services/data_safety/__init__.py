"""Data safety: backups and restoring them, deleting with undo."""

__all__ = [
    "backups",
    "deletion",
]
