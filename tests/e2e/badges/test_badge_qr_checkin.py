"""Badges printed, their QR codes read from the rendered pages, and fed to check-in.

Everyone expected at the session ends up marked exactly once; a second scan
says "already checked in"; trainers are welcomed, other tracks told plainly.
"""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from lacworkshop.model import Attendance, Participation, ParticipationStatus, Role, Slot, Workshop
from lacworkshop.services.attendance.grid import clear_slot
from lacworkshop.services.badges import BadgeSelection, print_badges
from lacworkshop.services.checkin import Outcome, check_in, undo_check_in

ACTIVE = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)


def read_qr_codes(pdf: Path, folder: Path) -> list[str]:
    """Every QR on every page, read from the pages rasterised by pdftoppm."""
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "page")], check=True)
    texts: list[str] = []
    for png in sorted(folder.glob("page-*.png")):
        with Image.open(png) as image:
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        texts.extend(b.text for b in found)
    return texts


def _multi_track_slot(db):  # type: ignore[no-untyped-def]
    """A workshop with several tracks and one of its track sessions, its marks cleared."""
    with db.session() as session:
        for ws in session.scalars(select(Workshop).order_by(Workshop.id)):
            if len(ws.tracks) > 1:
                slot = session.scalars(
                    select(Slot)
                    .where(Slot.workshop_id == ws.id, Slot.track_id.is_not(None))
                    .order_by(Slot.date, Slot.start_time)
                ).first()
                if slot is not None:
                    wid, sid = ws.id, slot.id
                    start = datetime.combine(slot.date, slot.start_time)
                    track_id = slot.track_id
                    break
        else:
            pytest.fail("the demo has no workshop with several tracks")
    clear_slot(db, wid, sid)
    return wid, sid, start, track_id


def test_every_badge_qr_checks_its_person_in_once(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.errors import set_message_language

    set_message_language("en")
    db = demo_db
    wid, sid, start, track_id = _multi_track_slot(db)
    pdf = tmp_path / "badges.pdf"
    printed = print_badges(db, wid, pdf, "a4-8", BadgeSelection()).value
    assert not printed.skipped
    with db.session() as session:
        parts = session.execute(
            select(
                Participation.id,
                Participation.checkin_code,
                Participation.role,
                Participation.track_id,
            ).where(Participation.workshop_id == wid, Participation.status.in_(ACTIVE))
        ).all()
    assert printed.badges == len(parts) > 8
    codes = read_qr_codes(pdf, tmp_path)
    assert sorted(codes) == sorted(p.checkin_code for p in parts)

    expected = {p.id for p in parts if p.role == Role.ATTENDEE and p.track_id == track_id}
    others = {p.id for p in parts if p.role == Role.ATTENDEE and p.track_id != track_id}
    staff = {p.id for p in parts if p.role != Role.ATTENDEE}
    assert expected and others
    by_code = {p.checkin_code: p.id for p in parts}
    at_the_door = start + timedelta(minutes=2)
    seen: dict[Outcome, set[int]] = {}
    for text in codes:
        result = check_in(db, wid, sid, text, now=at_the_door).value
        seen.setdefault(result.outcome, set()).add(by_code[text])
        assert result.participation_id == by_code[text]
    assert seen.get(Outcome.PRESENT) == expected
    assert seen.get(Outcome.WRONG_TRACK, set()) == others
    assert seen.get(Outcome.WELCOME, set()) == staff

    with db.session() as session:
        marked = session.execute(
            select(Attendance.participation_id, func.count())
            .where(Attendance.slot_id == sid)
            .group_by(Attendance.participation_id)
        ).all()
    assert {pid for pid, _n in marked} == expected
    assert all(n == 1 for _pid, n in marked)

    for text in codes:
        again = check_in(db, wid, sid, text, now=at_the_door).value
        if by_code[text] in expected:
            assert again.outcome is Outcome.ALREADY
            assert "already checked in" in again.message
            assert again.previous is None  # nothing changed, nothing to undo


def test_late_arrival_undo_and_a_badge_of_another_workshop(demo_db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.errors import set_message_language

    set_message_language("en")
    db = demo_db
    wid, sid, start, track_id = _multi_track_slot(db)
    print_badges(db, wid, Path(db.path).with_name("b.pdf"), record=False)
    with db.session() as session:
        code, name_pid = session.execute(
            select(Participation.checkin_code, Participation.id).where(
                Participation.workshop_id == wid,
                Participation.role == Role.ATTENDEE,
                Participation.track_id == track_id,
                Participation.status.in_(ACTIVE),
            )
        ).first()
        other_wid = session.scalar(select(Workshop.id).where(Workshop.id != wid))
    late = check_in(db, wid, sid, code, now=start + timedelta(minutes=25)).value
    assert late.outcome is Outcome.LATE and "late (25 min)" in late.message
    undone = undo_check_in(db, wid, late)
    assert undone.value.startswith("Undone")
    with db.session() as session:
        assert (
            session.scalar(
                select(func.count()).where(
                    Attendance.slot_id == sid, Attendance.participation_id == name_pid
                )
            )
            == 0
        )
    again = check_in(db, wid, sid, code.lower(), now=start).value
    assert again.outcome is Outcome.PRESENT
    # The same badge at another workshop's door.
    with db.session() as session:
        other_slot = session.scalar(select(Slot.id).where(Slot.workshop_id == other_wid))
    stranger = check_in(db, other_wid, other_slot, code, now=start).value
    assert stranger.outcome is Outcome.NOT_REGISTERED
    assert "not registered in this workshop" in stranger.message
    unknown = check_in(db, wid, sid, "BBBBBBBBB", now=start).value
    assert unknown.outcome is Outcome.UNKNOWN
