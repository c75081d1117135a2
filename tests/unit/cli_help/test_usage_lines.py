"""Every command's --help is what the README shows: readable usage lines, no raw control bytes."""

from __future__ import annotations

import argparse

from lacworkshop.cli.app import build_parser
from lacworkshop.cli.commands.import_registrations import DELIMITERS


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """*parser* and every sub-command parser below it."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found.extend(_parsers(sub))
    return found


def test_every_help_text_is_free_of_control_characters() -> None:
    parsers = _parsers(build_parser(None))
    assert len(parsers) > 60  # every command and sub-command was built
    bad = {
        p.prog: sorted({repr(c) for c in p.format_help() if ord(c) < 32 and c != "\n"})
        for p in parsers
    }
    assert {prog: chars for prog, chars in bad.items() if chars} == {}


def test_import_delimiter_reads_as_the_readme_writes_it() -> None:
    (imp,) = [p for p in _parsers(build_parser(None)) if p.prog == "lacworkshop import"]
    assert "[--delimiter ,|;|tab]" in " ".join(imp.format_usage().split())
    for given, meant in ((";", ";"), ("tab", "\t"), ("comma", ",")):
        args = imp.parse_args(["f.csv", "--workshop", "W", "--delimiter", given])
        assert DELIMITERS[args.delimiter] == meant
