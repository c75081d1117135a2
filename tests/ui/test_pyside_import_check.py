"""PySide6's per-import question is answered from file bytes, with PySide6's own answers."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from lacworkshop.ui import pyside_import_check


def _never(_module: types.ModuleType) -> bool:
    raise AssertionError("the fallback is for modules without a source file")


def test_the_check_is_installed_once_the_window_package_is_imported() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside.__module__ == pyside_import_check.__name__
    assert pyside_import_check.install() is True  # a second install changes nothing


@pytest.mark.parametrize(
    ("module_name", "uses"),
    [
        ("lacworkshop.ui.main_window", True),
        ("lacworkshop.services.operations", False),
        ("json.decoder", False),
    ],
)
def test_answers_as_reading_the_whole_source_would(module_name: str, uses: bool) -> None:
    module = __import__(module_name, fromlist=["_"])
    assert pyside_import_check.mentions_pyside(module, _never) is uses
    assert ("PySide6" in Path(module.__file__ or "").read_text(encoding="utf-8")) is uses


def test_modules_without_a_source_file_get_the_original_answer(tmp_path: Path) -> None:
    asked: list[str] = []

    def original(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert pyside_import_check.mentions_pyside(sys, original) is False  # built in
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a file that is not there (any more)
    assert pyside_import_check.mentions_pyside(gone, original) is False
    assert asked == ["sys", "gone"]


def test_without_pyside_hook_nothing_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_import_check.install() is False
