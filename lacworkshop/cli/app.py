"""Parser assembly and the error boundary between people and tracebacks."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable
from typing import Any

from lacworkshop import __version__
from lacworkshop.cli import commands
from lacworkshop.cli.context import Context

EXIT_USER_ERROR = 1
EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse with the program's one-line error style."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"lacworkshop: error: {message}\n")


class Registry:
    """Hands command modules their place in the parser, including shared groups."""

    def __init__(self, subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self.subparsers = subparsers
        self._groups: dict[str, argparse._SubParsersAction] = {}  # type: ignore[type-arg]

    def command(
        self, name: str, help: str, handler: Callable[[argparse.Namespace, Context], int]
    ) -> argparse.ArgumentParser:
        parser = self.subparsers.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        """A command with sub-commands (``export people``), shared between modules."""
        if name not in self._groups:
            parser = self.subparsers.add_parser(name, help=help, description=help)
            parser.set_defaults(handler=_missing_subcommand(parser))
            self._groups[name] = parser.add_subparsers(title="what", metavar="WHAT")
        return self._groups[name]


def _missing_subcommand(
    parser: argparse.ArgumentParser,
) -> Callable[[argparse.Namespace, Context], int]:
    def handler(_args: argparse.Namespace, _ctx: Context) -> int:
        parser.error("choose what to do; see --help")
        return EXIT_USAGE

    return handler


def build_parser() -> Parser:
    parser = Parser(
        prog="lacworkshop",
        description="Plan training workshops, record attendance, produce registers and certificates.",
    )
    parser.add_argument("--version", action="version", version=f"lacworkshop {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: LACWORKSHOP_DB, or lacworkshop.sqlite3 in your data folder)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    registry = Registry(sub)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(registry)
    return parser


def run(argv: list[str]) -> int:
    from lacworkshop.cli import errors
    from lacworkshop.cli.language import cli_language
    from lacworkshop.errors import set_message_language

    set_message_language(cli_language())
    parser = build_parser()
    args = parser.parse_args(argv or ["gui"])
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.error("choose a command; see --help")
        return EXIT_USAGE
    ctx = Context(args.db)
    try:
        code = int(handler(args, ctx) or 0)
        # Written out here, so a reader that left early (``| head``) is caught below.
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return errors.say_interrupted()
    except BrokenPipeError:
        return errors.quiet_broken_pipe()
    except Exception as exc:
        message = errors.user_error_message(exc)
        if message is None:
            return errors.report_bug(exc)
        errors.say_error(message)
        return EXIT_USER_ERROR
    finally:
        try:
            ctx.close()
        except Exception as exc:  # closing must not turn a clean exit into a traceback
            errors.report_bug(exc)
