"""``lacworkshop certificates`` on a demo workshop, read back with poppler and zxing-cpp."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from lacworkshop.formats.credentials.keys import b64url
from lacworkshop.formats.credentials.payload import parse_payload
from tests.e2e.certificates.conftest import BLOCKED_NAME, HARD_NAMES, LONG_NAME

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftotext, pdftoppm) are not installed",
)


def _standings(db_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.attendance.standings import workshop_standings
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        wid = workshop_id_for_code(db, "WALC2026")
        return workshop_standings(db, wid), wid
    finally:
        db.close()


def _register(db_path: Path):  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import list_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        return list_certificates(db, workshop_id_for_code(db, "WALC2026"), only_valid=True)
    finally:
        db.close()


def _pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def _flat(name: str) -> str:
    return " ".join(name.split())


@pytest.fixture(scope="module")
def issued(walc_db: Path, tmp_path_factory):  # type: ignore[no-untyped-def]
    import os
    import sys

    out = tmp_path_factory.mktemp("out")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "lacworkshop",
            "--db",
            str(walc_db),
            "certificates",
            "--workshop",
            "WALC2026",
            "--kind",
            "completion",
            "-o",
            str(out / "all.pdf"),
            "--per-person",
            str(out / "each"),
            "--zip",
            str(out / "all.zip"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=out,
    )
    assert proc.returncode == 3, proc.stderr  # one name is blocked: the organiser must look
    return proc, out


def test_summary_counts_and_blocked_name(issued) -> None:  # type: ignore[no-untyped-def]
    proc, _out = issued
    first = proc.stdout.splitlines()[0]
    assert re.search(
        r"\d+ issued, 0 reused, 0 reprinted, 0 superseded, 1 blocked, \d+ not eligible", first
    )
    blocked = [line for line in proc.stdout.splitlines() if line.startswith("blocked:")]
    name = f"{BLOCKED_NAME[0]} {BLOCKED_NAME[1]}"
    assert len(blocked) == 1 and name in blocked[0]
    assert "U+738B" in blocked[0] and "CJK UNIFIED IDEOGRAPH" in blocked[0]


def test_every_font_is_embedded(issued) -> None:  # type: ignore[no-untyped-def]
    _proc, out = issued
    lines = subprocess.run(
        ["pdffonts", str(out / "all.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_eligible_names_printed_exactly_and_no_one_else(issued, walc_db: Path) -> None:  # type: ignore[no-untyped-def]
    _proc, out = issued
    pages = _pages_text(out / "all.pdf")
    standings, _wid = _standings(walc_db)
    blocked = f"{BLOCKED_NAME[0]} {BLOCKED_NAME[1]}"
    eligible = [
        _flat(s.display_name)
        for s in standings
        if s.result.eligible and _flat(s.display_name) != blocked
    ]
    ineligible = [_flat(s.display_name) for s in standings if not s.result.eligible]
    assert len(pages) == len(eligible) and ineligible
    whole = "\n".join(pages)
    for name in eligible:
        assert name in whole, name
    for given, family in HARD_NAMES:
        assert _flat(f"{given} {family}") in whole
    assert _flat(LONG_NAME) in whole
    for name in ineligible:
        assert not any(name in p and not any(name in e for e in eligible) for p in pages), name
    assert blocked not in whole and "王" not in whole
    # sorted by family name, as the register is
    firsts = [next(e for e in eligible if e in p) for p in pages]
    assert firsts == [e for e in eligible if e in firsts]


def test_each_qr_decodes_to_its_certificate(issued, walc_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import zxingcpp
    from PIL import Image

    _proc, out = issued
    subprocess.run(
        ["pdftoppm", "-r", "110", "-gray", "-png", str(out / "all.pdf"), str(tmp_path / "p")],
        check=True,
    )
    images = sorted(tmp_path.glob("p-*.png"))
    register = _register(walc_db)
    pages = _pages_text(out / "all.pdf")
    assert len(images) == len(pages) == len(register)
    by_code = {r.code: r for r in register}
    for image, text in zip(images, pages, strict=True):
        found = zxingcpp.read_barcodes(Image.open(image))
        assert len(found) == 1, image.name
        payload = found[0].text
        code = parse_payload(payload).certified.code
        assert by_code[code].payload == payload
        assert code in text  # the typed code is printed beside the QR
        assert _flat(by_code[code].name) in text


def test_long_name_stays_inside_its_box(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _proc, out = issued
    pages = _pages_text(out / "all.pdf")
    index = next(i for i, p in enumerate(pages) if _flat(LONG_NAME) in p) + 1
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(index), "-l", str(index), str(out / "all.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert page is not None
    width = float(page.group(1))
    words = [
        (float(a), float(b), float(c), float(d), w)
        for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            html,
        )
    ]
    name_words = set(LONG_NAME.split())
    boxes = [w for w in words if w[4] in name_words and w[4] not in ("de", "la", "y")]
    assert len(boxes) >= len(name_words) - 3
    lead = max(w[3] for w in words if w[4] in ("certifica", "que"))
    body_top = min(w[1] for w in words if w[4] in ("completó", "completed"))
    lines = sorted({round(b[1]) for b in boxes})
    assert len(lines) == 2  # shrunk, then wrapped on two lines
    for x0, y0, x1, y1, _w in boxes:
        assert x0 > 40 and x1 < width - 40  # inside the frame
        assert y0 > lead and y1 < body_top  # between the lead line and the body


def test_per_person_files_and_zip(issued) -> None:  # type: ignore[no-untyped-def]
    _proc, out = issued
    files = sorted((out / "each").glob("*.pdf"))
    pages = _pages_text(out / "all.pdf")
    assert len(files) == len(pages)
    # Beside each PDF its Open Badges credential, in the folder and in the zip.
    badges = {f.name for f in (out / "each").glob("*.jwt")}
    assert badges == {f.with_suffix(".jwt").name for f in files}
    assert not [f for f in out.iterdir() if f.name.endswith(".part")]
    names = {f.name for f in files}
    assert any(n.startswith("Łódź-Wiśniewski, Łukasz - ") for n in names)
    assert any(n.startswith("& _Quotes_ O'Brien, _script_ - ") for n in names)
    with zipfile.ZipFile(out / "all.zip") as z:
        assert sorted(z.namelist()) == sorted(names | badges)
        assert z.testzip() is None
    one = next(f for f in files if f.name.startswith("Şahin"))
    assert "Ayşe Şahin" in _pages_text(one)[0]
    for f in files[:5]:
        subprocess.run(["qpdf", "--check", str(f)], check=True, capture_output=True)


def test_per_person_qr_decodes(issued, walc_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import zxingcpp
    from PIL import Image

    _proc, out = issued
    register = {r.code: r for r in _register(walc_db)}
    for f in sorted((out / "each").glob("*.pdf"))[:4]:
        code = f.stem.rsplit(" - ", 1)[1]
        subprocess.run(
            ["pdftoppm", "-r", "110", "-gray", "-png", "-singlefile", str(f), str(tmp_path / "q")],
            check=True,
        )
        (found,) = zxingcpp.read_barcodes(Image.open(tmp_path / "q.png"))
        assert found.text == register[code].payload


def test_again_reuses_then_list_and_verify(issued, walc_db: Path, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    proc, _out = issued
    n = int(re.search(r"(\d+) issued", proc.stdout).group(1))  # type: ignore[union-attr]
    again = run_cli(
        "certificates",
        "--workshop",
        "walc2026",
        "--kind",
        "completion",
        "-o",
        str(tmp_path / "again.pdf"),
        db=walc_db,
    )
    assert again.returncode == 3  # still blocked: the name the fonts cannot print
    assert f"0 issued, {n} reused" in again.stdout
    listing = run_cli(
        "certificates", "list", "--workshop", "WALC2026", db=walc_db, check=True
    ).stdout.splitlines()
    header = listing[0].split("\t")
    assert header[:6] == ["code", "version", "name", "kind", "hours", "status"]
    rows = [line.split("\t") for line in listing[1:]]
    assert len(rows) == n and all(r[5] == "valid" and r[3] == "completion" for r in rows)
    assert any(r[2] == '<script> & "Quotes" O\'Brien' for r in rows)
    ok = run_cli("verify", rows[0][0].lower().replace("-", " "), db=walc_db)
    assert ok.returncode == 0 and ok.stdout.startswith("VALID")
    register = {r.code: r for r in _register(walc_db)}
    payload = register[rows[0][0]].payload
    assert run_cli("certificates", "verify", payload, db=walc_db).returncode == 0
    # Other hours in the signed body: the signature no longer matches.
    genuine = parse_payload(payload)
    body = json.loads(genuine.body)
    body["h"] = 99
    forged_body = b64url(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
    bad = run_cli("verify", f"LW2.{forged_body}.{payload.rsplit('.', 1)[1]}", db=walc_db)
    assert bad.returncode == 1 and "altered" in bad.stdout
    assert run_cli("verify", payload[:-5] + "AAAAA", db=walc_db).returncode == 1
    typo = rows[0][0][:-1] + ("0" if rows[0][0][-1] != "0" else "1")
    mistyped = run_cli("verify", typo, db=walc_db)
    assert mistyped.returncode == 1 and "mistyped" in mistyped.stdout


def test_user_mistakes_are_one_line(run_cli, walc_db: Path, tmp_path: Path) -> None:
    for args, expected in [
        (("certificates", "--workshop", "NOPE", "-o", "x.pdf"), "no workshop with code"),
        (("certificates", "--workshop", "WALC2026"), "say where to write"),
        (
            ("certificates", "--workshop", "WALC2026", "--template", "Nope", "-o", "x.pdf"),
            "no certificate template",
        ),
        (
            ("certificates", "--workshop", "WALC2026", "-o", str(tmp_path / "no" / "x.pdf")),
            "does not exist",
        ),
    ]:
        proc = run_cli(*args, db=walc_db)
        assert proc.returncode == 1, args
        assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_group_help_names_only_its_own_options(run_cli) -> None:  # type: ignore[no-untyped-def]
    group = run_cli("certificates", "--help", check=True).stdout
    options = group.split("\noptions:\n")[1].split("\n\n")[0]
    assert "-h, --help" in options
    for issue_only in ("--workshop", "--kind", "--template", "--language", "--output", "--zip"):
        assert issue_only not in options, issue_only
    # The short spelling is explained as what it is: issue's options.
    assert "lacworkshop certificates --workshop CODE -o FILE.pdf\nis the same as" in group
    assert "lacworkshop certificates issue --workshop CODE -o FILE.pdf" in group
    assert "certificates list --workshop CODE" in group
    issue = run_cli("certificates", "issue", "--help", check=True).stdout
    issue_options = issue.split("\noptions:\n")[1]
    for option in (
        "--workshop CODE",
        "--kind",
        "--template NAME",
        "--language",
        "-o FILE.pdf",
        "--per-person DIR",
        "--zip FILE",
    ):
        assert option in issue_options, option


def test_short_spelling_is_issue(run_cli, walc_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "copy.sqlite3"  # its own register: the shared one holds completion only
    shutil.copyfile(walc_db, db)
    choices = ("--workshop", "WALC2026", "--kind", "organiser", "--template", "Modern")
    short = run_cli(
        "certificates",
        *choices,
        "--language",
        "fr",
        "-o",
        str(tmp_path / "short.pdf"),
        "--per-person",
        str(tmp_path / "each"),
        "--zip",
        str(tmp_path / "short.zip"),
        db=db,
        check=True,
    )
    n = int(re.search(r"(\d+) issued, 0 reused", short.stdout).group(1))  # type: ignore[union-attr]
    assert n > 0 and "template Modern" in short.stdout
    assert len(list((tmp_path / "each").glob("*.pdf"))) == n
    names = zipfile.ZipFile(tmp_path / "short.zip").namelist()
    assert len([x for x in names if x.endswith(".pdf")]) == n  # and each one's .jwt
    assert len([x for x in names if x.endswith(".jwt")]) == n
    # The same choices through ``issue`` find every certificate already there.
    long = run_cli(
        "certificates",
        "issue",
        *choices,
        "--language",
        "fr",
        "-o",
        str(tmp_path / "long.pdf"),
        db=db,
        check=True,
    )
    assert f"0 issued, {n} reused" in long.stdout
    listing = run_cli(
        "certificates", "list", "--workshop", "WALC2026", "--kind", "organiser", db=db, check=True
    ).stdout.splitlines()[1:]
    assert len(listing) == n and all(line.split("\t")[6] == "fr" for line in listing)
