"""Issuing: who gets what, reuse, new versions, revocation, blocked names, verification."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lacworkshop.formats.credentials.payload import parse_payload
from lacworkshop.model import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    Participation,
    Person,
    Role,
    Slot,
    Workshop,
    slot_trainer,
)
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.certificates.issuing import (
    issue_certificates,
    languages_for,
    list_certificates,
    reissue,
    revoke,
)
from lacworkshop.services.certificates.verify import Verdict, verify
from tests.unit.certificates.conftest import add_attendee

DAY = date(2026, 10, 16)


def test_only_the_eligible_get_attendance_certificates(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    standings = workshop_standings(db, wid)
    report = issue_certificates(db, wid, CertificateKind.COMPLETION, today=DAY)
    eligible = [s for s in standings if s.result.eligible]
    assert {r.participation_id for r in report.issued} == {s.participation_id for s in eligible}
    assert report.not_eligible == len(standings) - len(eligible) > 0
    assert [r.participation_id for r in report.certificates] == [
        s.participation_id for s in eligible
    ]
    by_id = {s.participation_id: s for s in eligible}
    for row in report.issued:
        # Completion attests the course: its scheduled hours, not the hours attended.
        assert row.hours == by_id[row.participation_id].result.scheduled_hours
        assert row.version == 1 and row.status is CertificateStatus.VALID
        assert row.snapshot["name"] == row.name and row.snapshot["issued"] == "2026-10-16"
        assert parse_payload(row.payload).certified.code == row.code


def test_overrides_are_respected_both_ways(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    standings = workshop_standings(db, wid)
    eligible = next(s for s in standings if s.result.eligible)
    with db.session() as session:
        session.get(Participation, eligible.participation_id).eligibility_override = False  # type: ignore[union-attr]
    vouched = add_attendee(db, wid, "Ődön", "Szőke", override=True)
    report = issue_certificates(db, wid, CertificateKind.PARTICIPATION, today=DAY)
    ids = {r.participation_id for r in report.issued}
    assert eligible.participation_id not in ids and vouched in ids


def test_again_without_changes_issues_nothing_new(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    first = issue_certificates(db, wid, CertificateKind.COMPLETION, today=DAY)
    again = issue_certificates(db, wid, CertificateKind.COMPLETION, today=date(2026, 11, 2))
    assert not again.issued and again.superseded == 0
    assert {r.code for r in again.reused} == {r.code for r in first.issued}
    assert len(list_certificates(db, wid)) == len(first.issued)


def test_a_corrected_name_makes_a_new_version_and_supersedes(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = add_attendee(db, wid, "Ayse", "Sahin")
    old = next(
        r for r in issue_certificates(db, wid, today=DAY).issued if r.participation_id == pid
    )
    with db.session() as session:
        person = session.scalar(select(Person).join(Participation).where(Participation.id == pid))
        person.given_names, person.family_names = "Ayşe", "Şahin"  # type: ignore[union-attr]
    report = issue_certificates(db, wid, today=DAY)
    assert [r.participation_id for r in report.issued] == [pid] and report.superseded == 1
    new = report.issued[0]
    # The certificate keeps its code; the version says what changed.
    assert new.version == 2 and new.name == "Ayşe Şahin" and new.code == old.code
    rows = {(r.code, r.version): r for r in list_certificates(db, wid)}
    assert rows[(old.code, 1)].status is CertificateStatus.SUPERSEDED
    assert rows[(old.code, 1)].superseded_by_id == new.id
    # The typed code is the current version; the QR text of the old print is superseded
    # and names the valid one.
    assert verify(db, old.code).verdict is Verdict.VALID
    stale = verify(db, old.payload)
    assert stale.verdict is Verdict.SUPERSEDED
    assert f"now {new.code} (version 2)" in stale.message


def test_revoke_keeps_the_row_and_blocks_until_reissued(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = add_attendee(db, wid, "İlkay", "Gündoğan")
    cert = next(
        r for r in issue_certificates(db, wid, today=DAY).issued if r.participation_id == pid
    )
    revoked = revoke(db, cert.id, "issued by mistake")
    assert (
        revoked.status is CertificateStatus.REVOKED
        and revoked.revoked_reason == "issued by mistake"
    )
    assert revoked.revoked_at is not None
    again = issue_certificates(db, wid, today=DAY)
    blocked = [b for b in again.blocked if b.participation_id == pid]
    assert blocked and "revoked" in blocked[0].reason and "issued by mistake" in blocked[0].reason
    v = verify(db, cert.code)
    assert v.verdict is Verdict.REVOKED and "issued by mistake" in v.message
    back = reissue(db, cert.id, today=DAY)
    assert len(back.issued) == 1 and back.issued[0].version == 2
    rows = {r.code: r for r in list_certificates(db, wid)}
    assert rows[cert.code].status is CertificateStatus.REVOKED  # history kept


def test_a_name_the_font_cannot_draw_is_blocked_with_the_characters(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    pid = add_attendee(db, wid, "小明", "王")
    report = issue_certificates(db, wid, today=DAY)
    assert pid not in {r.participation_id for r in report.issued}
    (blocked,) = [b for b in report.blocked if b.participation_id == pid]
    assert blocked.name == "小明 王"
    assert (
        "U+5C0F" in blocked.reason
        and "U+738B" in blocked.reason
        and "DejaVu Serif" in blocked.reason
    )
    with db.session() as session:
        assert (
            session.scalar(select(Certificate).where(Certificate.participation_id == pid)) is None
        )


def test_trainers_get_their_taught_hours_and_modules(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    report = issue_certificates(db, wid, CertificateKind.TRAINER, today=DAY)
    assert report.issued
    with db.session() as session:
        for row in report.issued:
            slots = session.scalars(
                select(Slot)
                .join(slot_trainer)
                .where(slot_trainer.c.person_id == row.person_id, Slot.workshop_id == wid)
            ).all()
            assert row.hours == sum(s.hours for s in slots)
            body = row.snapshot["wordings"][0]["body"]
            assert slots[0].topic in body


def test_organisers_by_role(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    report = issue_certificates(db, wid, CertificateKind.ORGANISER, today=DAY)
    with db.session() as session:
        organisers = session.scalars(
            select(Participation.id).where(
                Participation.workshop_id == wid, Participation.role == Role.ORGANISER
            )
        ).all()
    assert {r.participation_id for r in report.issued} == set(organisers)
    assert all(r.snapshot["hours"] is None for r in report.issued)


def test_languages_person_workshop_and_bilingual(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    with db.session() as session:
        ws = session.get(Workshop, wid)
        assert ws is not None and ws.languages == "es,en"
        assert languages_for("pt", ws, "auto", False) == ["pt"]
        assert languages_for(None, ws, "auto", False) == ["es"]
        assert languages_for("pt", ws, "fr", False) == ["fr"]
        assert languages_for("pt", ws, "auto", True) == ["pt", "es"]
        assert languages_for("es", ws, "auto", True) == ["es", "en"]
        ws.certificate_language = "en"
        assert languages_for(None, ws, "auto", False) == ["en"]
    pid = add_attendee(db, wid, "Ana", "Gonçalves", language="pt")
    report = issue_certificates(db, wid, template="Bilingual", today=DAY)
    row = next(r for r in report.issued if r.participation_id == pid)
    assert row.language == "pt+es"
    first, second = row.snapshot["wordings"]
    assert (
        first["title"] == "Certificado de participação"
        and second["title"] == "Certificado de participación"
    )
    assert "de 12 a 16 de outubro de 2026" in first["body"]
    assert "del 12 al 16 de octubre de 2026" in second["body"]


def test_payloads_verify_and_forgeries_do_not(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    row = issue_certificates(db, wid, CertificateKind.COMPLETION, today=DAY).issued[0]
    certified = parse_payload(row.payload).certified
    assert certified.code == row.code and certified.workshop == "WALC2026"
    assert certified.name == row.name and certified.version == 1
    assert verify(db, row.payload).verdict is Verdict.VALID
    assert verify(db, row.code.lower()).verdict is Verdict.VALID
    body, _signature = row.payload[len("LW2.") :].split(".")
    other = row.payload.replace(body, body[:-3] + ("A" if body[-3] != "A" else "B") + body[-2:])
    assert verify(db, other).verdict is Verdict.FORGED
    assert verify(db, "7KQ2-M9XD-4HBQ").verdict in (Verdict.MISTYPED, Verdict.UNKNOWN)
    assert verify(db, "hello").verdict is Verdict.MISTYPED
