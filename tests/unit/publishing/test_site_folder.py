"""The published folder is replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from lacworkshop.services.publishing import site_folder
from lacworkshop.services.publishing.site_folder import write_site

FIRST = {"verify.html": b"<!DOCTYPE html>1", "keys.json": b"[]", "workshops/A.json": b"{}"}
SECOND = {"verify.html": b"<!DOCTYPE html>2", "keys.json": b"[1]", "workshops/B.json": b"{}"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_failure_halfway_leaves_the_earlier_publication_and_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site"
    write_site(target, FIRST)
    assert _tree(target) == FIRST
    real = site_folder._write_tree

    def fails_halfway(folder: Path, files: dict[str, bytes]) -> None:
        real(folder, dict(list(files.items())[:1]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(site_folder, "_write_tree", fails_halfway)
    with pytest.raises(OSError):
        write_site(target, SECOND)
    assert _tree(target) == FIRST
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_leftovers_of_a_killed_run_are_cleared_and_the_new_content_replaces_the_old(
    tmp_path: Path,
) -> None:
    target = tmp_path / "site"
    write_site(target, FIRST)
    for name in (".site.abcd1234.part", ".site.0123456789ab.old"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "verify.html").write_bytes(b"half")
    (tmp_path / ".other.abcd1234.part").mkdir()  # not ours to clear: another target's
    write_site(target, SECOND)
    assert _tree(target) == SECOND
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.abcd1234.part", "site"]


def test_a_file_or_a_folder_of_other_things_is_never_replaced(tmp_path: Path) -> None:
    from lacworkshop.errors import Conflict

    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    with pytest.raises(Conflict) as refused:
        write_site(a_file, FIRST)
    assert refused.value.key == "publish.not_a_folder"
    partly = tmp_path / "partly"
    partly.mkdir()
    (partly / "verify.html").write_bytes(b"someone's own page")  # but no keys.json
    with pytest.raises(Conflict):
        write_site(partly, FIRST)
    assert a_file.read_text(encoding="utf-8") == "mine"
    assert _tree(partly) == {"verify.html": b"someone's own page"}
    empty = tmp_path / "empty"
    empty.mkdir()
    write_site(empty, FIRST)
    assert _tree(empty) == FIRST
