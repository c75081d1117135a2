"""Certificates reach their holders through a real SMTP server on loopback, once each."""

from __future__ import annotations

import subprocess
from email.message import EmailMessage

from sqlalchemy import select, update

from lacworkshop.formats.email.builtin_texts import TEXTS
from lacworkshop.model import (
    CertificateKind,
    OutboxMessage,
    OutboxState,
    Person,
)
from lacworkshop.services.certificates.issuing import list_certificates
from lacworkshop.services.email import queue_certificates, send_outbox


def _people(db, ws):  # type: ignore[no-untyped-def]
    """Holder person id -> (address, language) of every valid certificate."""
    from lacworkshop.model import Workshop

    holders = {r.person_id: r for r in list_certificates(db, ws, CertificateKind.PARTICIPATION)}
    with db.session() as s:
        fallback = s.get(Workshop, ws).languages.split(",")[0]
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(holders)))}
        return {
            pid: (
                people[pid].email,
                people[pid].language.value if people[pid].language else fallback,
                holders[pid],
            )
            for pid in holders
        }


def _attachment_text(msg: EmailMessage, tmp_path) -> str:  # type: ignore[no-untyped-def]
    parts = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(parts) == 1
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(parts[0].get_content())
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_holder_gets_one_message_in_their_language_with_their_certificate(
    issued, account, smtp, tmp_path
):  # type: ignore[no-untyped-def]
    db, ws = issued
    people = _people(db, ws)
    assert len(people) > 10
    report = queue_certificates(db, ws, account).value
    assert len(report.queued) == len(people) and not report.skipped
    sent = send_outbox(db, account, None).value
    assert len(sent.sent) == len(people) and not sent.failed and sent.left == 0

    got = smtp.received
    assert len(got) == len(people)
    by_address = {r.rcpt_tos[0]: r.message for r in got}
    assert len(by_address) == len(people)  # nobody twice
    languages = set()
    for address, language, cert in people.values():
        msg = by_address[address]
        languages.add(language)
        assert msg["Content-Language"] == language
        subject = TEXTS["certificate"][language][0].split("{")[0]
        assert str(msg["Subject"]).startswith(subject)
        assert msg["To"].addresses[0].addr_spec == address
        assert msg["From"].addresses[0].display_name == "Équipe WALC – Señales"
        body = msg.get_body(("plain",)).get_content()
        assert cert.code in body and f"https://verify.example.org/c/{cert.code}" in body
        text = _attachment_text(msg, tmp_path)
        assert cert.code in text
        assert " ".join(cert.name.split()) in " ".join(text.split())
    assert len(languages) >= 2  # the demo mixes languages: each got theirs

    # A second run adds nothing and sends nothing.
    again = queue_certificates(db, ws, account).value
    assert not again.queued and len(again.already) == len(people)
    assert all(p.state == OutboxState.SENT for p in again.already)
    assert not send_outbox(db, account, None).value.sent
    assert len(smtp.received) == len(people)


def test_a_temporary_refusal_then_acceptance_delivers_each_message_once(issued, account, smtp):  # type: ignore[no-untyped-def]
    db, ws = issued
    smtp.handler.behaviour.refuse_first = 4
    queued = len(queue_certificates(db, ws, account).value.queued)
    report = send_outbox(db, account, None, backoff=0.05, max_wait=30).value
    assert len(report.sent) == queued and not report.failed and report.left == 0
    ids = [r.message["Message-ID"] for r in smtp.received]
    assert len(ids) == queued == len(set(ids))
    with db.session() as s:
        attempts = s.scalars(select(OutboxMessage.attempts)).all()
    assert sorted(attempts)[-4:] == [2, 2, 2, 2] and sum(attempts) == queued + 4


def test_without_an_address_or_with_a_bad_one_the_person_is_listed_and_the_rest_go(
    issued, account, smtp
):  # type: ignore[no-untyped-def]
    db, ws = issued
    holders = sorted(_people(db, ws))
    no_mail, bad, refused = holders[:3]
    with db.session() as s:
        s.get(Person, no_mail).email = None
        s.get(Person, bad).email = "maría@@example"
        refused_address = s.get(Person, refused).email
    smtp.handler.behaviour.refuse_rcpt = {refused_address}
    report = queue_certificates(db, ws, account).value
    reasons = {s.person_id: s.reason for s in report.skipped}
    assert reasons[no_mail] == "has no email address"
    assert reasons[bad].startswith("the email address is not valid")
    sent = send_outbox(db, account, None).value
    assert [f.person_id for f in sent.failed] == [refused]
    assert "550" in sent.failed[0].reason and "No such user" in sent.failed[0].reason
    assert len(sent.sent) == len(holders) - 3
    assert len(smtp.received) == len(holders) - 3


def test_a_message_left_sending_by_a_crash_goes_again_with_its_message_id(issued, account, smtp):  # type: ignore[no-untyped-def]
    db, ws = issued
    queue_certificates(db, ws, account)
    with db.session() as s:
        first = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
        assert first is not None
        first.state = OutboxState.SENDING
        first.attempts = 1
        first_id, message_id = first.id, first.message_id
    report = send_outbox(db, account, None).value
    assert report.resumed == 1
    assert first_id in {d.outbox_id for d in report.sent}
    ids = [r.message["Message-ID"] for r in smtp.received]
    assert ids.count(message_id) == 1 and len(ids) == len(set(ids))


def test_no_server_keeps_everything_queued_and_a_later_run_resumes(issued, account, smtp):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from tests.email_smtp import free_port

    db, ws = issued
    queued = len(queue_certificates(db, ws, account).value.queued)
    nowhere = replace(account, port=free_port())
    report = send_outbox(db, nowhere, None).value
    assert report.offline and not report.sent and report.left == queued
    report = send_outbox(db, account, None).value
    assert len(report.sent) == queued and report.left == 0


def test_only_unsent_leaves_out_a_person_sent_an_earlier_version(issued, account, smtp):  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import reissue

    db, ws = issued
    queue_certificates(db, ws, account)
    send_outbox(db, account, None)
    first = len(smtp.received)
    cert = list_certificates(db, ws, CertificateKind.PARTICIPATION)[0]
    with db.session() as s:
        s.execute(update(Person).where(Person.id == cert.person_id).values(preferred_name="Zoë"))
    reissue(db, cert.id, before_end=True)
    assert not queue_certificates(db, ws, account, only_unsent=True).value.queued
    again = queue_certificates(db, ws, account).value
    assert [(p.person_id, p.certificate_version) for p in again.queued] == [(cert.person_id, 2)]
    send_outbox(db, account, None)
    assert len(smtp.received) == first + 1
    assert "Zoë" in smtp.received[-1].message["To"].addresses[0].display_name


def test_erasing_a_person_leaves_nothing_personal_in_the_outbox(issued, account, smtp):  # type: ignore[no-untyped-def]
    from lacworkshop.services.email import sent_log
    from lacworkshop.services.privacy.erasure import erase_person

    db, ws = issued
    queue_certificates(db, ws, account)
    send_outbox(db, account, None)
    person_id = smtp_person = None
    with db.session() as s:
        row = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
        assert row is not None
        person_id, smtp_person = row.person_id, row.recipient
    erase_person(db, person_id)
    log = sent_log(db, person_id)
    assert [(m.state, m.recipient, m.subject) for m in log] == [(OutboxState.SENT, "", "")]
    with db.session() as s:
        assert (
            s.scalars(select(OutboxMessage.raw).where(OutboxMessage.person_id == person_id)).one()
            == b""
        )
    db.engine.dispose()
    assert smtp_person.encode() not in db.path.read_bytes()


def test_a_test_message_arrives_and_a_closed_port_says_why(account, smtp):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    import pytest

    from lacworkshop.errors import UserError
    from lacworkshop.services.email import send_test_message
    from tests.email_smtp import free_port

    assert send_test_message(account, None, "Prueba@Example.org").value == "Prueba@example.org"
    (got,) = smtp.received
    assert got.rcpt_tos == ["Prueba@example.org"]
    assert str(got.message["Subject"]) == "Test message from lacworkshop"
    with pytest.raises(UserError) as caught:
        send_test_message(replace(account, port=free_port()), None)
    assert caught.value.key == "email.test_failed"


def test_a_persons_data_export_holds_the_messages_they_were_sent(issued, account, smtp, tmp_path):  # type: ignore[no-untyped-def]
    """A subject access request includes the email: headers, text and attachment names."""
    import json

    from lacworkshop.services.privacy.data_export import export_personal_data

    db, ws = issued
    queue_certificates(db, ws, account)
    send_outbox(db, account, None)
    got = smtp.received[0].message
    to = str(got["To"])
    with db.session() as s:
        person_id = s.scalars(
            select(OutboxMessage.person_id).where(OutboxMessage.message_id == got["Message-ID"])
        ).one()
    summary = export_personal_data(db, str(person_id), tmp_path / "person.json").value
    data = json.loads(summary.path.read_text(encoding="utf-8"))
    (message,) = data["email messages"]
    assert summary.messages == 1
    assert message["state"] == OutboxState.SENT and message["sent at"]
    assert message["message id"] == got["Message-ID"] and message["to"] in to
    assert message["subject"] == str(got["Subject"])
    body = got.get_body(preferencelist=("plain",))
    assert body is not None and message["text"] == body.get_content()
    pdf_names = [p.get_filename() for p in got.iter_attachments()]
    assert message["attachments"] == pdf_names and pdf_names[0].endswith(".pdf")
    assert message["workshop"] == "WALC2026" and message["certificate"]


def test_a_second_reminder_is_round_two_and_goes_once(issued, account, smtp):  # type: ignore[no-untyped-def]
    import pytest

    from lacworkshop.errors import UserError
    from lacworkshop.services.email import queue_messages

    db, ws = issued
    first = queue_messages(db, ws, account, "reminder").value
    assert first.queued and not queue_messages(db, ws, account, "reminder").value.queued
    second = queue_messages(db, ws, account, "reminder", round_=2).value
    assert sorted(p.person_id for p in second.queued) == sorted(p.person_id for p in first.queued)
    again = queue_messages(db, ws, account, "reminder", round_=2).value
    assert not again.queued and len(again.already) == len(first.queued)
    sent = send_outbox(db, account, None).value
    assert len(sent.sent) == 2 * len(first.queued)
    ids = [r.message["Message-ID"] for r in smtp.received]
    assert len(ids) == len(set(ids)) == 2 * len(first.queued)
    with pytest.raises(UserError):
        queue_messages(db, ws, account, "reminder", round_=0)
