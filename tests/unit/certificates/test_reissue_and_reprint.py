"""Re-issuing without breaking what was sent: reprints, versions under one code, dry runs,
issuing before the end, and everyone not issued named with the reason."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select, text

from lacworkshop.model import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    Participation,
    Person,
    Slot,
    Workshop,
)
from lacworkshop.services.certificates.issuing import issue_certificates, list_certificates
from lacworkshop.services.certificates.timing import BeforeEndError, workshop_ends_at
from lacworkshop.services.certificates.verify import Verdict, verify
from tests.unit.certificates.conftest import add_attendee

DAY = date(2026, 10, 16)


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return int(session.scalar(text("select count(*) from certificate")))


def test_another_language_or_template_is_a_reprint_and_every_print_verifies(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    first = issue_certificates(db, wid, language="es", today=DAY)
    assert first.issued
    prints = {r.code: [r.payload] for r in first.issued}
    for language, template in (("fr", None), ("pt", "Bilingual"), ("en", None)):
        again = issue_certificates(
            db, wid, language=language, template=template, today=date(2026, 11, 20)
        )
        assert not again.issued and again.superseded == 0
        assert {r.code for r in again.reprinted} == set(prints)
        for r in again.reprinted:
            assert r.version == 1 and r.language.startswith(language)
            # The date printed and the QR text stay those of the first print.
            assert r.snapshot["issued"] == "2026-10-16"
            prints[r.code].append(r.payload)
    assert _count(db) == len(first.issued)
    for code, payloads in prints.items():
        assert verify(db, code).verdict is Verdict.VALID
        for payload in payloads:
            assert verify(db, payload).verdict is Verdict.VALID
    last = {r.code: r for r in list_certificates(db, wid)}
    assert all(r.language == "en" and r.status is CertificateStatus.VALID for r in last.values())
    assert all(r.snapshot["wordings"][0]["language"] == "en" for r in last.values())


def test_the_same_print_again_is_reused(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    first = issue_certificates(db, wid, language="fr", today=DAY)
    again = issue_certificates(db, wid, language="fr", today=DAY)
    assert not again.issued and not again.reprinted
    assert {r.code for r in again.reused} == {r.code for r in first.issued}


def test_a_change_of_workshop_facts_is_a_new_version_under_the_same_code(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    first = issue_certificates(db, wid, today=DAY)
    with db.session() as session:
        ws = session.get(Workshop, wid)
        assert ws is not None
        ws.title = ws.title + " (corrected)"
    second = issue_certificates(db, wid, today=date(2026, 11, 2))
    assert second.superseded == len(first.issued) == len(second.issued)
    assert {(r.code, r.version) for r in second.issued} == {(r.code, 2) for r in first.issued}
    old = first.issued[0]
    stale = verify(db, old.payload)
    assert stale.verdict is Verdict.SUPERSEDED and f"now {old.code} (version 2)" in stale.message
    assert verify(db, old.code).verdict is Verdict.VALID
    # A third run with no change makes no version 3.
    third = issue_certificates(db, wid, today=date(2026, 11, 3))
    assert not third.issued and len(third.reused) == len(first.issued)


def test_a_superseded_code_of_an_older_register_names_the_end_of_the_line(walc) -> None:  # type: ignore[no-untyped-def]
    """Rows issued before codes were kept had a code per version, chained."""
    db, wid = walc
    pid = add_attendee(db, wid, "Ana", "Paz")
    first = next(
        r for r in issue_certificates(db, wid, today=DAY).issued if r.participation_id == pid
    )
    with db.session() as session:
        cert = session.get(Certificate, first.id)
        assert cert is not None
        middle = Certificate(
            participation_id=pid,
            kind=cert.kind,
            code="AAAA-BBBB-CCCC",
            version=2,
            hours=cert.hours,
            language="es",
            snapshot=cert.snapshot,
            payload="",
            status=CertificateStatus.SUPERSEDED,
        )
        last = Certificate(
            participation_id=pid,
            kind=cert.kind,
            code="DDDD-EEEE-FFFF",
            version=3,
            hours=cert.hours,
            language="es",
            snapshot=cert.snapshot,
            payload="",
            status=CertificateStatus.VALID,
        )
        session.add_all([middle, last])
        session.flush()
        cert.status = CertificateStatus.SUPERSEDED
        cert.superseded_by_id = middle.id
        middle.superseded_by_id = last.id
    result = verify(db, first.code)
    assert result.verdict is Verdict.SUPERSEDED
    assert "DDDD-EEEE-FFFF (version 3)" in result.message and "AAAA-BBBB-CCCC" not in result.message


def test_dry_run_lists_and_writes_nothing(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    dry = issue_certificates(db, wid, today=DAY, dry_run=True)
    assert dry.dry_run and dry.issued and _count(db) == 0
    real = issue_certificates(db, wid, today=DAY)
    assert {r.participation_id for r in real.issued} == {r.participation_id for r in dry.issued}
    pid = real.issued[0].participation_id
    with db.session() as session:
        person = session.scalar(select(Person).join(Participation).where(Participation.id == pid))
        assert person is not None
        person.given_names = person.given_names + " Ana"
    plan = issue_certificates(db, wid, language="fr", today=DAY, dry_run=True)
    assert [r.participation_id for r in plan.superseded_rows] == [pid]
    # Those whose own language is French already are printed as they are.
    assert plan.reprinted and len(plan.reprinted) + len(plan.reused) == len(real.issued) - 1
    before = {r.id: (r.status, r.language) for r in real.issued}
    with db.session() as session:
        after = {c.id: (c.status, c.language) for c in session.scalars(select(Certificate))}
    assert after == before


def test_issuing_before_the_last_session_ended_is_refused_unless_confirmed(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    ends = workshop_ends_at(db, wid)
    assert ends is not None
    early = datetime.combine(ends.date(), time(8, 0))
    with pytest.raises(BeforeEndError, match="last session ends"):
        issue_certificates(db, wid, today=DAY, now=early)
    assert _count(db) == 0
    report = issue_certificates(db, wid, today=DAY, now=early, before_end=True)
    assert report.issued


def test_everyone_not_issued_is_named_with_the_reason(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    report = issue_certificates(db, wid, CertificateKind.PARTICIPATION, today=DAY)
    assert report.ineligible
    for b in report.ineligible:
        assert b.name and b.reason.startswith("attended ") and " of " in b.reason
        assert b.reason.endswith(" h")
    blocked_pid = add_attendee(db, wid, "小明", "王")
    again = issue_certificates(db, wid, CertificateKind.PARTICIPATION, today=DAY)
    names = {b.participation_id: b for b in again.not_issued}
    assert "U+738B" in names[blocked_pid].reason
    assert len(again.not_issued) == len(again.ineligible) + len(again.blocked)


def test_trainers_with_no_session_are_named(walc) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import ParticipationStatus, Role

    db, wid = walc
    with db.session() as session:
        person = Person(given_names="Idle", family_names="Trainer", language="es")
        session.add(person)
        session.flush()
        part = Participation(
            workshop_id=wid,
            person_id=person.id,
            role=Role.TRAINER,
            status=ParticipationStatus.CONFIRMED,
        )
        session.add(part)
        session.flush()
        pid = part.id
    report = issue_certificates(db, wid, CertificateKind.TRAINER, today=DAY)
    (idle,) = [b for b in report.not_issued if b.participation_id == pid]
    assert idle.name == "Idle Trainer" and idle.reason == "trainer with no session"


def test_completion_states_the_course_hours_and_participation_the_hours_attended(walc) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.attendance.standings import workshop_standings

    db, wid = walc
    standing = next(
        s
        for s in workshop_standings(db, wid)
        if s.result.eligible
        and s.result.attended_hours < s.result.scheduled_hours
        and not s.result.overridden
    )
    done = issue_certificates(db, wid, CertificateKind.COMPLETION, language="es", today=DAY)
    row = next(r for r in done.issued if r.participation_id == standing.participation_id)
    body = row.snapshot["wordings"][0]["body"]
    course = f"{standing.result.scheduled_hours:g}".replace(".", ",")
    assert f"carga horaria de {course}\u00a0horas" in body and "cumplió el requisito" in body
    took = issue_certificates(db, wid, CertificateKind.PARTICIPATION, language="en", today=DAY)
    row = next(r for r in took.issued if r.participation_id == standing.participation_id)
    attended = f"{standing.result.attended_hours:g}"
    assert f"attending {attended}\u00a0hours" in row.snapshot["wordings"][0]["body"]


def test_sessions_of_1_h_45_min_print_exact_hours(db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Mark, Track
    from lacworkshop.model.participation import Attendance

    with db.session() as session:
        ws = Workshop(
            code="SHORT-2026",
            title="Sesiones cortas",
            start_date=DAY,
            end_date=DAY,
            city="Quito",
            country="EC",
            languages="es,en",
        )
        session.add(ws)
        session.flush()
        track = Track(workshop_id=ws.id, name="Única", position=0)
        session.add(track)
        session.flush()
        slots = [
            Slot(
                workshop_id=ws.id,
                track_id=track.id,
                date=DAY,
                start_time=time(9 + 2 * i, 0),
                end_time=time(10 + 2 * i, 45),
                topic=f"Bloque {i}",
            )
            for i in range(3)
        ]
        session.add_all(slots)
        session.flush()
        slot_ids, track_id, wid = [s.id for s in slots], track.id, ws.id
    # A real workshop signs with its own logo and signatory, never the samples.
    from lacworkshop.resource_files import resource_path
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.organisation import set_organisation_logo

    set_organisation_logo(db, resource_path("templates", "sample-signature.png").read_bytes())
    add_signatory(db, wid, "Rosa Quispe Mamani", "Directora")
    pid = add_attendee(db, wid, "Corta", "Sesión", language="en", override=None)
    with db.session() as session:
        session.get(Participation, pid).track_id = track_id  # type: ignore[union-attr]
        for sid in slot_ids:
            session.add(Attendance(participation_id=pid, slot_id=sid, mark=Mark.PRESENT))
    report = issue_certificates(db, wid, CertificateKind.PARTICIPATION, today=DAY)
    (row,) = report.issued
    assert row.hours == 5.25 and row.snapshot["hours"] == 5.25
    assert "attending 5.25\u00a0hours" in row.snapshot["wordings"][0]["body"]
    es = issue_certificates(db, wid, CertificateKind.COMPLETION, language="es", today=DAY)
    assert "carga horaria de 5,25\u00a0horas" in es.issued[0].snapshot["wordings"][0]["body"]


def test_a_name_too_long_even_wrapped_is_issued_with_a_warning(walc) -> None:  # type: ignore[no-untyped-def]
    db, wid = walc
    huge = add_attendee(db, wid, " ".join(["Maximiliano Alejandro de la Trinidad"] * 10), "Ücün")
    fine = add_attendee(db, wid, "Maximiliano Alejandro de la Santísima", "Fernández Castañeda")
    report = issue_certificates(db, wid, today=DAY)
    issued = {r.participation_id for r in report.issued}
    assert {huge, fine} <= issued
    assert [w.participation_id for w in report.warnings] == [huge]
    assert "smaller than the body text" in report.warnings[0].reason
