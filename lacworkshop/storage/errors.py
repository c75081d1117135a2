"""Storage failures a person can act on."""


class StorageError(Exception):
    """A problem with the database file, worded for the person using the app."""


class DatabaseLockedError(StorageError):
    """Another lacworkshop process has the database open."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer lacworkshop."""


class NotADatabaseError(StorageError):
    """The file is not a lacworkshop database at all."""
