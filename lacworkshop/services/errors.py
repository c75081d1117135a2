"""Errors a person can act on, raised by services and shown as one clear line."""


class ServiceError(Exception):
    """A user-facing problem: bad input, a missing workshop, a refused action."""


class NotFoundError(ServiceError):
    """The thing asked for does not exist."""


class ValidationError(ServiceError):
    """Input that breaks a rule; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
