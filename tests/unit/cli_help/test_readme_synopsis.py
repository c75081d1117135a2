"""Every option the README's command lines show is one the command takes."""

from __future__ import annotations

import argparse
import re

from lacworkshop.cli.app import build_parser
from tests.conftest import REPO


def _readme_commands() -> list[str]:
    """Each `lacworkshop ...` line of the README's sh blocks, continuation lines joined."""
    readme = (REPO / "README.md").read_text("utf-8")
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", readme, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split("#", 1)[0]
            if line.startswith("lacworkshop "):
                commands.append(line)
            elif line.startswith(" ") and line.strip() and commands:
                commands[-1] += " " + line.strip()
    return commands


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {o for a in parser._actions for o in a.option_strings}


def test_readme_shows_only_options_the_commands_take() -> None:
    top = build_parser(None)
    commands = _readme_commands()
    assert len(commands) > 60
    wrong = []
    for line in commands:
        words = [w for w in line.split()[1:] if w not in ("$db",)]
        while words and words[0].startswith("--db"):
            words = words[2:] if words[0] == "--db" else words[1:]
        if not words or words[0].startswith(("-", "[")) or words[0] == "COMMAND":
            continue  # the top-level line: --version, --db
        group = _subparsers(top)[words[0]]
        subs = _subparsers(group)
        named = subs.get(words[1]) if len(words) > 1 and words[1] in subs else group
        # A line may show two sub-commands ("sessions edit ... sessions delete ... --yes").
        known = _options(top) | _options(named) | {o for p in subs.values() for o in _options(p)}
        for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", line):
            if option not in known:
                wrong.append(f"{option} in: {line}")
    assert wrong == []
