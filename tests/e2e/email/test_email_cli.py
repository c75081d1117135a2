"""The email commands on a real database file against a real SMTP server on loopback.

The sender is a separate process killed with SIGKILL while a message is in
flight; a restart sends the rest and nobody receives anything twice.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lacworkshop.formats.email.builtin_texts import TEXTS
from tests.email_smtp import SmtpServer

pytestmark = pytest.mark.slow
SENDER = ("--sender", "walc@example.org")


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    for name in ("LACWORKSHOP_DB", "LC_ALL", "LC_MESSAGES", "LACWORKSHOP_SMTP_URL"):
        env.pop(name, None)
    env["LACWORKSHOP_SMTP_PASSWORD"] = ""
    return env


def _holders(db_path: Path) -> dict[str, str]:
    """Address -> certificate code of every valid participation certificate with an address."""
    from sqlalchemy import select

    from lacworkshop.model import Certificate, CertificateStatus, Participation, Person
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        with db.session() as s:
            rows = s.execute(
                select(Person.email, Certificate.code)
                .join(Participation, Participation.person_id == Person.id)
                .join(Certificate, Certificate.participation_id == Participation.id)
                .where(Certificate.status == CertificateStatus.VALID)
            ).all()
        return {str(email): code for email, code in rows if email}
    finally:
        db.close()


def _drop_email(db_path: Path, address: str) -> None:
    from sqlalchemy import update

    from lacworkshop.model import Person
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        with db.session() as s:
            s.execute(update(Person).where(Person.email == address).values(email=None))
    finally:
        db.close()


@pytest.fixture
def smtp():  # type: ignore[no-untyped-def]
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


def test_kill_while_sending_then_restart_sends_the_rest_once(tmp_path, run_cli, smtp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.sqlite3"
    run_cli("demo", db=db, check=True)
    run_cli(
        "certificates", "--workshop", "WALC2026", "-o", str(tmp_path / "c.pdf"), "--before-end",
        db=db, check=True,
    )  # fmt: skip
    holders = _holders(db)
    no_mail = sorted(holders)[0]
    _drop_email(db, no_mail)
    del holders[no_mail]
    half = len(holders) // 2

    dry = run_cli("email", "certificates", "--workshop", "WALC2026", "--dry-run", db=db)
    assert dry.returncode == 3, dry.stderr  # someone is left out: the organiser must look
    assert f"{len(holders)} queued" in dry.stdout.splitlines()[0]
    assert "has no email address" in dry.stdout
    assert smtp.received == []

    smtp.handler.behaviour.hold_at = half + 1
    cmd = [sys.executable, "-m", "lacworkshop", "--db", str(db), "email", "certificates"]
    cmd += ["--workshop", "WALC2026", "--smtp", smtp.url, "--rate", "240", *SENDER]
    proc = subprocess.Popen(
        cmd, env=_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        while not smtp.handler.behaviour.held.wait(0.2):
            assert proc.poll() is None, proc.communicate(timeout=5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    smtp.handler.behaviour.release.set()
    assert len(smtp.received) == half  # the one in flight was never accepted

    again = subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(db), "email", "outbox", "--smtp",
         smtp.url, *SENDER],
        env=_env(), cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "1 messages were cut off mid-send" in again.stdout
    got = smtp.received
    assert sorted(r.rcpt_tos[0] for r in got) == sorted(holders)  # each exactly once
    ids = [r.message["Message-ID"] for r in got]
    assert len(set(ids)) == len(ids)
    for r in got:
        pdf = next(p for p in r.message.iter_attachments())
        assert holders[r.rcpt_tos[0]] in pdf.get_filename()

    # Once more: nothing new is queued or sent.
    third = run_cli(
        "email", "certificates", "--workshop", "WALC2026", "--smtp", smtp.url, *SENDER, db=db
    )
    assert f"0 queued, {len(holders)} already in the outbox, 1 not sent" in third.stdout
    assert "Sent 0," in third.stdout
    assert len(smtp.received) == len(holders)

    log = tmp_path / "log.csv"
    run_cli("email", "outbox", "--export", str(log), db=db, check=True)
    with log.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(holders)
    assert {r["State"] for r in rows} == {"Sent"}
    listing = run_cli("email", "outbox", "--list", db=db, check=True)
    states = [line.split("\t")[1] for line in listing.stdout.splitlines()[1:]]
    assert states == ["sent"] * len(holders)


def test_send_a_welcome_to_one_track_and_refuse_a_password_in_the_url(
    tmp_path, run_cli, smtp
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.sqlite3"
    run_cli("demo", db=db, check=True)
    tracks = run_cli("tracks", "list", "--workshop", "WALC2026", db=db, check=True).stdout
    track = tracks.splitlines()[1].split("\t")[1]
    sent = run_cli(
        "email", "send", "--workshop", "WALC2026", "--template", "welcome", "--track", track,
        "--smtp", smtp.url, *SENDER, db=db,
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    count = len(smtp.received)
    assert count > 0 and f"{count} queued" in sent.stdout
    for r in smtp.received:
        language = r.message["Content-Language"]
        prefix = TEXTS["welcome"][language][0].split("{")[0]
        assert str(r.message["Subject"]).startswith(prefix)
        assert "Internet Technologies" in str(r.message["Subject"])
    again = run_cli(
        "email", "send", "--workshop", "WALC2026", "--template", "welcome", "--track", track,
        "--smtp", smtp.url, *SENDER, db=db,
    )  # fmt: skip
    assert "0 queued" in again.stdout and len(smtp.received) == count
    # A second welcome is a new round: everyone of the track once more, and once only.
    for _ in range(2):
        second = run_cli(
            "email", "send", "--workshop", "WALC2026", "--template", "welcome",
            "--track", track, "--round", "2", "--smtp", smtp.url, *SENDER, db=db,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
    assert len(smtp.received) == 2 * count

    bad = run_cli("email", "outbox", "--smtp", "smtp://me:secret@127.0.0.1:25", db=db)
    assert bad.returncode == 1
    assert "Do not put the password in the SMTP address" in bad.stderr
    assert "secret" not in bad.stderr
