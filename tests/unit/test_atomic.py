"""Files written through a temporary name get ordinary permissions, and replace cleanly."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lacworkshop.formats.writing.atomic import atomic_path, atomic_write_bytes


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    out = tmp_path / "lista.csv"
    atomic_write_bytes(out, b"a,b\r\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "certificados.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    atomic_write_bytes(out, b"new")
    assert out.read_bytes() == b"new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "registro.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed halfway")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["registro.xlsx"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_path(tmp_path / "nope" / "x.pdf"):
        pass
