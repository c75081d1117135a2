"""People: the directory, one person's record, their places in workshops, merging."""

__all__ = [
    "directory",
    "language",
    "merge",
    "participation",
    "place",
    "refs",
]
