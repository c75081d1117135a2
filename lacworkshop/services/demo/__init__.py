"""The demo database: building it, telling demo from real work, taking it out."""

__all__ = [
    "content",
    "create",
    "first_start",
    "removal",
    "sample_data",
]
