"""Storage failures a person can act on: the one root's database errors under their names."""

from lacworkshop.errors import Damaged, DatabaseProblem, Locked, TooNew

StorageError = DatabaseProblem
DatabaseLockedError = Locked
NewerDatabaseError = TooNew
NotADatabaseError = Damaged

__all__ = ["DatabaseLockedError", "NewerDatabaseError", "NotADatabaseError", "StorageError"]
