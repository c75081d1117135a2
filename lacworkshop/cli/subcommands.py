"""One sub-command with its help, its example and its handler, the same way everywhere."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

Handler = Callable[[argparse.Namespace, Context], int]


def subcommand(
    group: argparse._SubParsersAction,
    name: str,
    help: str,
    example: str,
    handler: Handler,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """Add ``group NAME`` whose --help ends with *example* (one or more command lines)."""
    lines = "\n".join(f"  {line}" for line in example.strip().splitlines())
    parser: argparse.ArgumentParser = group.add_parser(
        name,
        help=help,
        description=description or help,
        epilog=f"example:\n{lines}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def add_yes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--yes", "-y", action="store_true", help="delete without asking (for scripts)"
    )


def add_allow_problems(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-problems",
        action="store_true",
        help="save even when the schedule check finds overlapping sessions in a track, "
        "a trainer in two places at once or an empty topic (they are printed as warnings)",
    )


def group_example(registry: Registry, name: str, example: str) -> None:
    """End ``lacworkshop NAME --help`` (a command with sub-commands) with *example*."""
    parser = registry.subparsers.choices[name]
    lines = "\n".join(f"  {line}" for line in example.strip().splitlines())
    parser.epilog = f"example:\n{lines}\nEach sub-command's --help has its own example."
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
