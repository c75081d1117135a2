"""The one size and zip-directory guard, with the limits each kind of file gives it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from lacworkshop.formats.reading.zip_guard import (
    FileLimits,
    InputRefused,
    check_file_size,
    check_zip_directory,
    zip_members,
)

MB = 1024 * 1024
SMALL = FileLimits("registration list", 2 * MB, 5 * MB)
STRICT = FileLimits(
    "registration list", 2 * MB, 50 * MB, max_members=3, max_ratio=20, ratio_min_member_bytes=MB
)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_size_within_the_limit_is_returned_and_beyond_it_refused(tmp_path: Path) -> None:
    ok = tmp_path / "ok.csv"
    ok.write_bytes(b"a,b\n")
    assert check_file_size(ok, SMALL) == 4
    big = tmp_path / "grande.csv"
    with big.open("wb") as fh:
        fh.truncate(3 * MB)
    with pytest.raises(
        InputRefused,
        match=r"^grande\.csv: the file is 3 MB, far larger than any registration list \(limit 2 MB\)",
    ):
        check_file_size(big, SMALL)


def test_zip_members_is_none_for_what_is_not_a_zip(tmp_path: Path) -> None:
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(b"not a zip")
    assert zip_members(junk) is None
    good = _zip(tmp_path / "y.xlsx", {"a.xml": b"<a/>"})
    assert [i.filename for i in zip_members(good) or []] == ["a.xml"]


def test_declared_total_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "z.xlsx", {"a.xml": b"\0" * (6 * MB)})
    infos = zip_members(path)
    assert infos is not None
    with pytest.raises(
        InputRefused,
        match=r"z\.xlsx: the file would unpack to 6 MB, far more than any registration list",
    ):
        check_zip_directory("z.xlsx", infos, SMALL)
    # No ratio limit was given, so a member that packs 1000:1 passes on its own.
    check_zip_directory("z.xlsx", infos, FileLimits("registration list", MB, 10 * MB))


def test_ratio_and_member_limits_apply_only_when_given(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "b.xlsx", {"a.xml": b"\0" * (2 * MB)})
    infos = zip_members(bomb)
    assert infos is not None
    with pytest.raises(
        InputRefused, match=r"part a\.xml unpacks \d+ times larger .*not a registration list"
    ):
        check_zip_directory("b.xlsx", infos, STRICT)
    many = _zip(tmp_path / "m.xlsx", {f"{i}.xml": b"<a/>" for i in range(4)})
    many_infos = zip_members(many)
    assert many_infos is not None
    with pytest.raises(InputRefused, match="holds 4 parts"):
        check_zip_directory("m.xlsx", many_infos, STRICT)
    check_zip_directory("m.xlsx", many_infos, SMALL)
