"""Output options checked before a command runs: never the database, the right extension.

The atomic writer refuses the database and its backups for every write anyway;
checking here as well stops a command before it does any work (issuing
certificates, say) whose output could not be written.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

OUTPUT_OPTIONS = ("output", "report", "per_person", "zip")
_SUFFIX_IN_METAVAR = re.compile(r"^FILE(\.[a-z0-9]+)$")


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _command_parser(
    root: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser | None:
    handler = getattr(args, "handler", None)
    for parser in _parsers(root):
        if parser is not root and parser._defaults.get("handler") is handler:
            return parser
    return None


def expected_suffixes(root: argparse.ArgumentParser, args: argparse.Namespace) -> dict[str, str]:
    """Option dest -> the suffix its metavar names (``FILE.pdf`` -> ``.pdf``)."""
    parser = _command_parser(root, args)
    found: dict[str, str] = {}
    if parser is None:
        return found
    for action in parser._actions:
        match = _SUFFIX_IN_METAVAR.match(str(action.metavar or ""))
        if match and action.dest in OUTPUT_OPTIONS:
            found[action.dest] = match.group(1)
    return found


def check_output_options(
    root: argparse.ArgumentParser, args: argparse.Namespace, db_path: Path
) -> None:
    """Refuse an output that is the database or a backup, or lacks its file type's suffix."""
    targets = {o: getattr(args, o) for o in OUTPUT_OPTIONS if getattr(args, o, None)}
    if not targets:
        return
    from lacworkshop.formats.writing import check_destination
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.storage.database import protect_database_files

    protect_database_files(db_path.expanduser().resolve())
    suffixes = expected_suffixes(root, args)
    for dest, value in targets.items():
        target = Path(str(value)).expanduser()
        check_destination(target)
        suffix = suffixes.get(dest)
        if suffix and target.suffix.lower() != suffix:
            option = "--" + dest.replace("_", "-")
            raise ValidationError(
                "output.wrong_suffix", field=dest, option=option, path=target, suffix=suffix
            )
