"""The command line's error boundary: one line for a person's problem, an apology for a bug."""

from __future__ import annotations

import os
import sys

from lacworkshop.errors import message_language
from lacworkshop.formats.messages import message

EXIT_USER_ERROR = 1
# sysexits.h: EX_SOFTWARE, an internal software error.
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
# What a shell reports for a process ended by SIGPIPE (128 + 13).
EXIT_BROKEN_PIPE = 141


def user_error_message(exc: BaseException) -> str | None:
    """One clear line for a user-facing error, or None for a bug."""
    from lacworkshop.services.error_text import user_message

    return user_message(exc)


def say_error(text: str) -> None:
    """Print *text* as the program's one-line error on stderr."""
    print(f"lacworkshop: {message('cli.error', message_language(), message=text)}", file=sys.stderr)


def report_bug(exc: BaseException) -> int:
    """Log *exc* with its traceback (personal data masked), print the apology; the exit code."""
    # Imported here: a command that succeeds never pays for logging.
    import logging

    from lacworkshop.services.error_text import apology
    from lacworkshop.storage.log_file import setup_logging

    log = logging.getLogger("lacworkshop.cli")
    try:
        path: object = setup_logging()
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    except OSError:
        # No log can be written (the folder is unwritable): say so rather than fail again.
        path = "-"
    print(f"lacworkshop: {apology(path)}", file=sys.stderr)
    return EXIT_BUG


def quiet_broken_pipe() -> int:
    """The reader of our output went away (``| head``): stop quietly, as Unix tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def say_interrupted() -> int:
    print(f"lacworkshop: {message('cli.interrupted', message_language())}", file=sys.stderr)
    return EXIT_INTERRUPTED
