"""``lacworkshop gui``: open the main window (the default command)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    registry.command("gui", "open the application window (the default)", run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.ui.app import run_gui

    return run_gui(ctx.db_path)
