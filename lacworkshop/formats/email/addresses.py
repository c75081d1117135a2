"""Is an email address one a message can be sent to? Syntax only, never the network."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def normalised_address(address: str | None) -> str | None:
    """*address* in its normal form when it is valid, else None."""
    if not address or not address.strip():
        return None
    try:
        checked = validate_email(address.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(checked.normalized)


def address_problem(address: str | None) -> str | None:
    """Why *address* cannot be written to (in the validator's words), or None."""
    if not address or not address.strip():
        return "empty"
    try:
        validate_email(address.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None
