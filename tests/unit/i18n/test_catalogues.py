"""Every interface string reaches each catalogue, translated, with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.i18n.catalogue_scan import (
    LANGUAGES,
    REPO,
    UI,
    code_calls,
    placeholders,
    read_ts,
    ts_path,
)


def test_every_translatable_call_is_readable_by_lupdate() -> None:
    problems = []
    for call in code_calls():
        where = f"{call.path.relative_to(REPO)}:{call.line}"
        if call.source is None or call.context is None:
            problems.append(f"{where}: the text is not a string literal")
        elif call.in_fstring:
            problems.append(f"{where}: tr() inside an f-string is skipped by lupdate")
    assert problems == []


def test_no_aliased_translate_functions() -> None:
    # ``tr = parent.tr`` or ``_tr(text)`` wrappers hide the strings from lupdate.
    alias = re.compile(r"^\s*(\w+)\s*=\s*[\w.]*\b(tr|translate)\s*$|def _tr\(", re.M)
    offenders = [
        str(p.relative_to(REPO)) for p in UI.rglob("*.py") if alias.search(p.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_string_is_translated(language: str) -> None:
    messages = read_ts(ts_path(language))
    missing, unfinished = [], []
    for call in code_calls():
        assert call.context is not None and call.source is not None
        message = messages.get((call.context, call.source))
        if message is None:
            missing.append((call.context, call.source))
        elif message.kind or not all(f.strip() for f in message.forms):
            unfinished.append((call.context, call.source))
    assert missing == [], "run `make translations`"
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_stale_entries(language: str) -> None:
    bad = [(m.context, m.source, m.kind) for m in read_ts(ts_path(language)).values() if m.kind]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders(language: str) -> None:
    wrong = []
    for m in read_ts(ts_path(language)).values():
        expected = placeholders(m.source)
        if m.numerus:
            expected = sorted({*expected, "%n"})
        for form in m.forms:
            if placeholders(form) != expected:
                wrong.append((m.source, form))
    assert wrong == []


def _lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(exe) if exe.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate ships with PySide6; it should be beside the interpreter"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_nothing_new(tmp_path: Path, language: str) -> None:
    """Re-extracting into a copy of the catalogue leaves nothing to translate."""
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    sources = sorted(str(p.relative_to(REPO)) for p in UI.rglob("*.py"))
    done = subprocess.run(
        [_lupdate(), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    fresh = read_ts(copy)
    committed = read_ts(ts_path(language))
    assert sorted(set(fresh) - set(committed)) == []
    assert sorted(set(committed) - set(fresh)) == [], "strings no longer in the code"
    assert [k for k, m in fresh.items() if m.kind] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_committed_beside_the_source(language: str) -> None:
    qm = ts_path(language).with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_size > 10_000
