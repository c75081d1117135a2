"""Errors a person can act on, raised by services: the names services have always used.

They are the one root in ``lacworkshop.errors`` under their older names.
"""

from lacworkshop.errors import Conflict, Invalid, NotFound, UserError

ServiceError = UserError
NotFoundError = NotFound
ValidationError = Invalid

__all__ = ["Conflict", "NotFoundError", "ServiceError", "ValidationError"]
