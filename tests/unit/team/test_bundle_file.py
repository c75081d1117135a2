"""The bundle file: versioned, checksummed, refused when newer, damaged or not one."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lacworkshop.errors import BadFile
from lacworkshop.formats.bundles import FORMAT_VERSION, Manifest, read_bundle, write_bundle

DATA = {"workshop": {"code": "LACNIC45"}, "people": [{"uuid": "u1", "values": {"n": "Łódź"}}]}


def _manifest() -> Manifest:
    return Manifest(FORMAT_VERSION, "1.0", "2026-11-29T10:00:00+00:00", "ana@a", "LACNIC45", None)


def _rewrite(src: Path, dst: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))


def test_written_bundle_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "b.lwbundle"
    write_bundle(path, _manifest(), DATA)
    bundle = read_bundle(path)
    assert bundle.data == DATA
    assert bundle.manifest.workshop == "LACNIC45" and bundle.manifest.created_by == "ana@a"
    with zipfile.ZipFile(path) as zf:
        head = json.loads(zf.read("manifest.json"))
    assert head["format_version"] == FORMAT_VERSION and len(head["parts"]["data.json"]) == 64


def test_newer_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    good, newer = tmp_path / "b.lwbundle", tmp_path / "newer.lwbundle"
    write_bundle(good, _manifest(), DATA)

    def bump(name: str, blob: bytes) -> bytes:
        if name != "manifest.json":
            return blob
        head = json.loads(blob)
        head["format_version"] = FORMAT_VERSION + 1
        return json.dumps(head).encode()

    _rewrite(good, newer, bump)
    with pytest.raises(BadFile) as caught:
        read_bundle(newer)
    assert caught.value.key == "bundle.too_new"
    assert "newer version of lacworkshop" in caught.value.message("en")
    assert "versión más nueva" in caught.value.message("es")


def test_a_changed_part_fails_its_checksum(tmp_path: Path) -> None:
    good, bad = tmp_path / "b.lwbundle", tmp_path / "bad.lwbundle"
    write_bundle(good, _manifest(), DATA)
    _rewrite(good, bad, lambda n, b: b.replace(b"LACNIC45", b"LACNIC46") if n == "data.json" else b)
    with pytest.raises(BadFile) as caught:
        read_bundle(bad)
    assert caught.value.key == "bundle.damaged"


def test_not_a_bundle(tmp_path: Path) -> None:
    text = tmp_path / "notes.lwbundle"
    text.write_text("hello")
    with pytest.raises(BadFile) as caught:
        read_bundle(text)
    assert caught.value.key == "bundle.unreadable"
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("x.txt", "x")
    with pytest.raises(BadFile) as caught:
        read_bundle(other)
    assert caught.value.key == "bundle.not_a_bundle"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.lwbundle"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", "{}")
        with zf.open("data.json", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(64):
                fh.write(chunk)
    with pytest.raises(BadFile) as caught:
        read_bundle(bomb)
    assert caught.value.key == "file.zip_ratio"


def test_a_bundle_naming_rows_it_lacks_is_refused_not_a_bug(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.bundles import merge_bundle

    data = {
        "workshop": {
            "code": "ODD1",
            "title": "Odd",
            "start_date": "2026-05-04",
            "end_date": "2026-05-05",
            "status": "draft",
            "late_policy": "present",
            "excused_policy": "absent",
        },
        "attendance": [
            {
                "uuid": "m1",
                "participation": "nobody",
                "slot": "nowhere",
                "values": {"mark": "present"},
            }
        ],
    }
    path = tmp_path / "odd.lwbundle"
    write_bundle(path, _manifest(), data)
    with pytest.raises(BadFile) as caught:
        merge_bundle(db, path)
    assert caught.value.key == "bundle.unreadable"
