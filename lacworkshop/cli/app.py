"""Parser assembly and the error boundary between people and tracebacks."""

from __future__ import annotations

import argparse
import importlib
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


class _Unbuilt:
    """Stands in for the sub-commands of a group the command line does not name.

    Building every sub-command's parser costs more than the command itself takes
    (argparse looks up its own translations for each); only the named group's are
    needed to parse, or to show that group's --help.
    """

    def __getattr__(self, _name: str) -> Any:
        return self._swallow

    def _swallow(self, *_args: Any, **_kwargs: Any) -> _Unbuilt:
        return self


class Registry:
    """Hands command modules their place in the parser, including shared groups."""

    def __init__(
        self,
        subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
        wanted: str | None = None,
    ) -> None:
        self.subparsers = subparsers
        self.wanted = wanted  # the command named on the command line; None: build all
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
        if self.wanted is not None and name != self.wanted:
            return _Unbuilt()  # type: ignore[return-value]
        return self._groups[name]


def _missing_subcommand(
    parser: argparse.ArgumentParser,
) -> Callable[[argparse.Namespace, Context], int]:
    def handler(_args: argparse.Namespace, _ctx: Context) -> int:
        parser.error("choose what to do; see --help")
        return EXIT_USAGE

    return handler


def _named_command(argv: list[str]) -> str | None:
    """The command word in *argv* (after the global options), or None."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(argv: list[str] | None = None) -> Parser:
    """The parser; given *argv*, only the named group's sub-commands are built."""
    parser = Parser(
        prog="lacworkshop",
        description="Plan training workshops, record attendance, produce registers and certificates.",
    )
    parser.add_argument("--version", action="version", version=f"lacworkshop {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or a postgresql://user@host/name server "
        "(default: LACWORKSHOP_DB, or lacworkshop.sqlite3 in your data folder)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    wanted = _named_command(argv) if argv is not None else None
    # With no command word (the window, or the top-level --help) no sub-command is needed.
    registry = Registry(sub, wanted if wanted is not None or argv is None else "")
    # Only the named command's modules are imported (all of them for --help or a word
    # that is no command, so argparse can list the choices).
    for name in commands.modules_for(wanted):
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(registry)
    return parser


def run(argv: list[str]) -> int:
    from lacworkshop.cli import errors
    from lacworkshop.cli.language import cli_language
    from lacworkshop.cli.output_guard import check_output_options
    from lacworkshop.errors import set_message_language

    set_message_language(cli_language())
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No command (``lacworkshop`` or ``lacworkshop --db X``): the window is the default.
        from lacworkshop.cli.commands.gui import run as run_window

        handler = run_window
    ctx = Context(args.db)
    try:
        check_output_options(parser, args, ctx.db_path)
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
        # A damaged database has its own code (4), so scripts can tell it apart.
        return int(getattr(exc, "exit_code", EXIT_USER_ERROR))
    finally:
        try:
            ctx.close()
        except Exception as exc:  # closing must not turn a clean exit into a traceback
            errors.report_bug(exc)
