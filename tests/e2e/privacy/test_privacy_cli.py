"""A person's data, exported and erased, end to end: a real file imported, attended,
certified and edited; then ``privacy export`` and ``privacy erase`` as separate processes.

The erased person is Thiago Leonel Alvarez Campos of respuestas_formulario.csv,
who answered "Sí" to the form's consent question.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REGISTRATIONS

EMAIL = "diazgabriel@example.org"
GIVEN = "Thiago Leonel"
FAMILY = "Alvarez Campos"
PHONE = "+54 9 11 5555-0199"
# Every form of their data that must be gone from the database file after erasure.
PERSONAL_BYTES = [
    s.encode("utf-8") for s in (EMAIL, GIVEN, FAMILY, f"{GIVEN} {FAMILY}", PHONE, "thiago leonel")
]
NOTE = f"{GIVEN} left early for a flight"

pytestmark = pytest.mark.slow


def _env(lang: str = "C.UTF-8") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=lang)  # the CLI speaks the locale's language
    env.pop("LACWORKSHOP_DB", None)
    return env


def cli(
    db: Path, *args: str, check: bool = True, lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    env = _env(lang)
    proc = subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=db.parent,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@dataclass
class Story:
    db: Path
    person_id: int
    code: str
    qr_text: str
    export: dict  # type: ignore[type-arg]
    stats_before: tuple  # type: ignore[type-arg]
    stats_after: tuple  # type: ignore[type-arg]
    backup_with_person: Path
    backup_before_import: Path
    erase_out: str
    verify_out: str
    verify_qr_out: str
    verify_es_out: str
    reissue_out: str
    verify_after_reissue_out: str
    second_export: dict  # type: ignore[type-arg]


def _stats(db_path: Path) -> tuple:  # type: ignore[type-arg]
    from lacworkshop.services.reports.statistics import workshop_statistics
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        s = workshop_statistics(db, workshop_id_for_code(db, "WALC2026"))
        return (
            [(b.key, b.counts) for b in s.by_country],
            [(b.key, b.counts) for b in s.by_gender],
            [(b.key, b.counts) for b in s.by_role],
            [(b.key, b.counts) for b in s.by_track],
        )
    finally:
        db.close()


def _attend_and_edit(db_path: Path) -> int:
    """Mark the person present everywhere with a note, give an override, edit their phone."""
    from dataclasses import replace

    from sqlalchemy import select

    from lacworkshop.model import Mark, Participation, Person, Slot, Workshop
    from lacworkshop.services.attendance.grid import CellState, set_cells, set_note
    from lacworkshop.services.attendance.overrides import set_override
    from lacworkshop.services.people.directory import get_person, update_person
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        with db.session() as session:
            pid = session.scalar(select(Person.id).where(Person.email == EMAIL))
            ws_id = session.scalar(select(Workshop.id).where(Workshop.code == "WALC2026"))
            part = session.scalar(
                select(Participation).where(
                    Participation.person_id == pid, Participation.workshop_id == ws_id
                )
            )
            assert pid is not None and ws_id is not None and part is not None
            slots = list(
                session.scalars(
                    select(Slot.id).where(
                        Slot.workshop_id == ws_id,
                        (Slot.track_id == part.track_id) | Slot.track_id.is_(None),
                    )
                )
            )
            part_id = part.id
        set_cells(db, ws_id, {(part_id, s): CellState(Mark.PRESENT) for s in slots})
        set_note(db, ws_id, part_id, slots[-1], NOTE)
        set_override(db, part_id, True, f"{GIVEN} {FAMILY} did the make-up lab")
        update_person(db, pid, replace(get_person(db, pid), phone=PHONE))
        return pid
    finally:
        db.close()


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    folder = tmp_path_factory.mktemp("privacy")
    db = folder / "walc.sqlite3"
    cli(db, "demo", "--people", "30", "--workshops", "1")
    track = cli(db, "people", "--workshop", "WALC2026").stdout.splitlines()[1].split("\t")[8]
    cli(
        db,
        "import",
        str(REGISTRATIONS / "respuestas_formulario.csv"),
        "--workshop",
        "WALC2026",
        "--track",
        track,
    )
    person_id = _attend_and_edit(db)
    stats_before = _stats(db)
    cli(db, "certificates", "--workshop", "WALC2026", "-o", str(folder / "certs.pdf"))
    backup_with_person = Path(cli(db, "backup").stdout.strip())
    backups = sorted((folder / "backups").rglob("*before-import*.sqlite3"))
    assert backups, "the import takes a backup first"
    cli(db, "privacy", "export", "--person", EMAIL.upper(), "-o", str(folder / "thiago.json"))
    export = json.loads((folder / "thiago.json").read_text(encoding="utf-8"))
    cert = export["participations"][0]["certificates"][0]
    erase = cli(db, "privacy", "erase", "--person", EMAIL, "--yes")
    verify = cli(db, "verify", cert["code"])
    verify_qr = cli(db, "verify", cert["QR code text"])
    verify_es = cli(db, "verify", cert["code"], lang="es_AR.UTF-8")
    # The erased person's certificate is held (blocked): the command says so with status 3.
    reissue = cli(
        db, "certificates", "--workshop", "WALC2026", "-o", str(folder / "again.pdf"), check=False
    )
    assert reissue.returncode == 3, reissue.stderr
    verify_again = cli(db, "verify", cert["code"])
    cli(db, "privacy", "export", "--person", str(person_id), "-o", str(folder / "after.json"))
    return Story(
        db,
        person_id,
        cert["code"],
        cert["QR code text"],
        export,
        stats_before,
        _stats(db),
        backup_with_person,
        backups[0],
        erase.stdout,
        verify.stdout,
        verify_qr.stdout,
        verify_es.stdout,
        reissue.stdout,
        verify_again.stdout,
        json.loads((folder / "after.json").read_text(encoding="utf-8")),
    )


def test_export_holds_every_section(story: Story) -> None:
    data = story.export
    assert data["profile"]["given names"] == GIVEN
    assert data["profile"]["family names"] == FAMILY
    assert data["profile"]["email"] == EMAIL
    assert data["profile"]["phone"] == PHONE
    assert data["consent"]["notice"] == "¿Autoriza el uso de su imagen?"
    assert [a["scope"] for a in data["consent"]["agreed to"]] == ["photos"]
    assert data["consent"]["given at"]
    (part,) = data["participations"]
    assert part["workshop"] == "WALC2026" and part["role"] == "attendee"
    assert part["attendance"] and {m["mark"] for m in part["attendance"]} == {"present"}
    assert NOTE in [m["note"] for m in part["attendance"]]
    assert part["reason for that decision"] == f"{GIVEN} {FAMILY} did the make-up lab"
    (cert,) = part["certificates"]
    assert cert["code"] == story.code and cert["version"] == 1 and cert["status"] == "valid"
    assert f"{GIVEN} {FAMILY}" in json.dumps(cert["printed text"], ensure_ascii=False)
    actions = {(e["action"], e["about"]) for e in data["audit log"]}
    assert ("update", "person") in actions  # the phone edit
    assert ("override", "participation") in actions
    assert "sessions taught" in data


def test_export_file_is_utf8_json_with_accents(story: Story) -> None:
    raw = (story.db.parent / "thiago.json").read_bytes()
    assert "¿Autoriza el uso de su imagen?".encode() in raw  # not \\u-escaped
    json.loads(raw.decode("utf-8"))


def test_erase_leaves_no_byte_of_the_person_in_the_database_or_its_wal(story: Story) -> None:
    files = [story.db, story.db.with_name(story.db.name + "-wal")]
    contents = b"".join(f.read_bytes() for f in files if f.exists())
    assert contents, "the database file was read"
    for needle in PERSONAL_BYTES:
        assert needle not in contents, needle
    # Another imported person is still there, byte for byte: the check can find names.
    assert "Cofré".encode() in contents


def test_verify_says_issued_and_holder_erased(story: Story) -> None:
    assert "issued; holder's data erased" in story.verify_out
    assert story.verify_out.startswith("VALID")
    assert GIVEN not in story.verify_out and FAMILY not in story.verify_out
    # The QR code on their paper still verifies, without the register knowing the name.
    assert "holder's data erased" in story.verify_qr_out
    assert "VÁLIDO (emitido; datos del titular borrados)" in story.verify_es_out


def test_issuing_again_keeps_their_certificate_and_prints_no_erased_name(story: Story) -> None:
    assert "blocked: (erased): their personal data was erased" in story.reissue_out
    assert story.verify_after_reissue_out == story.verify_out  # not superseded


def test_counts_and_statistics_unchanged(story: Story) -> None:
    assert story.stats_after == story.stats_before


def test_erase_names_the_backups_that_still_hold_the_person(story: Story) -> None:
    out = story.erase_out
    assert str(story.backup_with_person) in out
    assert "removed by rotation after" in out
    assert str(story.backup_before_import) not in out  # taken before they were imported
    assert "brings the erased data back" in out
    # The backup taken after the erasure is free of them.
    line = next(x for x in out.splitlines() if x.startswith("backup taken after the erasure"))
    after = Path(line.split(": ", 1)[1]).read_bytes()
    assert after and all(n not in after for n in PERSONAL_BYTES)
    assert EMAIL.encode() in story.backup_with_person.read_bytes()


def test_after_erasure_the_export_holds_no_personal_value(story: Story) -> None:
    text = json.dumps(story.second_export, ensure_ascii=False)
    for value in (EMAIL, GIVEN, FAMILY, PHONE, NOTE):
        assert value not in text
    data = story.second_export
    assert data["profile"]["data erased at"]
    assert data["profile"]["country"] == "AR"  # kept for statistics
    (part,) = data["participations"]
    assert len(part["attendance"]) == len(story.export["participations"][0]["attendance"])
    assert part["certificates"][0]["code"] == story.code
    assert data["audit log"][-1]["action"] == "erase"
    assert any(e["action"] == "update" for e in data["audit log"])  # kept, values gone


def test_erase_without_yes_refuses_when_it_cannot_ask(tmp_path: Path) -> None:
    db = tmp_path / "ask.sqlite3"
    cli(db, "demo", "--people", "5", "--workshops", "1")
    proc = cli(db, "privacy", "erase", "--person", "1", check=False)
    assert proc.returncode == 1
    assert "confirm with --yes" in proc.stderr
    listing = cli(db, "people").stdout
    assert "(erased)" not in listing


def test_unknown_email_is_one_line_without_the_address(tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite3"
    cli(db, "demo", "--people", "5", "--workshops", "1")
    proc = cli(
        db, "privacy", "export", "--person", "nobody@example.org", "-o", "x.json", check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0
    assert "nobody@example.org" not in proc.stderr


def test_erase_purges_the_wal_while_the_database_stays_open(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window keeps the database open: the erasure itself must empty the WAL."""
    from dataclasses import replace

    from lacworkshop.services.people.directory import (
        PersonData,
        create_person,
        get_person,
        update_person,
    )
    from lacworkshop.services.privacy.erasure import erase_person

    pid = create_person(db, PersonData(GIVEN, FAMILY, email=EMAIL, country="AR"))
    update_person(db, pid, replace(get_person(db, pid), phone=PHONE))
    create_person(db, PersonData("Olga", "Cofré", email="sandra45@example.org"))
    wal = db.path.with_name(db.path.name + "-wal")
    assert EMAIL.encode() in db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    result = erase_person(db, pid)
    assert result.file_purged
    contents = db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for needle in PERSONAL_BYTES:
        assert needle not in contents, needle
    assert "Cofré".encode() in contents


def test_erase_asks_at_a_terminal_and_no_keeps_everything(tmp_path: Path) -> None:
    import pty

    db = tmp_path / "tty.sqlite3"
    cli(db, "demo", "--people", "5", "--workshops", "1")
    before = cli(db, "people").stdout
    master, slave = pty.openpty()
    try:
        os.write(master, b"n\n")
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "lacworkshop",
                "--db",
                str(db),
                "privacy",
                "erase",
                "--person",
                "1",
            ],
            stdin=slave,
            capture_output=True,
            text=True,
            timeout=120,
            env=_env(),
        )
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 1
    assert "This cannot be undone" in proc.stdout and "nothing erased" in proc.stdout
    assert cli(db, "people").stdout == before


def test_mail_merge_names_no_certificate_file_for_an_erased_holder(story: Story) -> None:
    """No PDF is written for them any more, so the list must not name one."""
    import csv

    out = story.db.parent / "merge.csv"
    cli(
        story.db, "export", "people", "--workshop", "WALC2026",
        "--columns", "full_name,certificate_code,certificate_file", "-o", str(out),
    )  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    erased = [r for r in rows if r[1] == story.code]
    assert len(erased) == 1 and erased[0][2] == ""
    others = [r for r in rows if r[1] and r[1] != story.code]
    assert others and all(r[2].endswith(f" - {r[1]}.pdf") for r in others)
