"""A small workshop full of the names spreadsheets love to misread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from lacworkshop.model import (
    Attendance,
    Certificate,
    CertificateKind,
    CertificateStatus,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    Track,
    Workshop,
    slot_trainer,
)

# QUALITY.md 1: formula triggers; 2: control characters openpyxl refuses.
FORMULA_NAMES = [
    "=1+2",
    "+54 11 5555",
    "-Ana",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "\nLF",
    '=HYPERLINK("http://evil.example","clic")',
    "=cmd|' /C calc'!A0",
]
CONTROL_NAMES = ["Ana\x00\x07 Peña", "Bell\x1bEsc"]
NASTY_TRACK = "=Seguridad+BGP"
NASTY_ORG = "@Org=1"
NASTY_GENDER = "-mujer"


@dataclass(frozen=True)
class Built:
    workshop_id: int
    code: str
    track_ids: dict[str, int]
    slot_ids: list[int]
    trainer_id: int


def build_nasty_workshop(db, code: str = "NASTY-2026", series: str = "Nasty") -> Built:  # type: ignore[no-untyped-def]
    """A workshop whose people, organisations, genders, tracks and trainer are nasty."""
    with db.session() as s:
        ws = Workshop(
            code=code,
            title="Taller <&> 'comillas'",
            series=series,
            edition="1",
            start_date=date(2026, 10, 12),
            end_date=date(2026, 10, 13),
            languages="es,en",
            country="UY",
        )
        s.add(ws)
        s.flush()
        t1 = Track(workshop_id=ws.id, name=NASTY_TRACK, position=0)
        t2 = Track(workshop_id=ws.id, name="Routing", position=1)
        s.add_all([t1, t2])
        s.flush()
        slots = [
            Slot(
                workshop_id=ws.id,
                track_id=None,
                date=date(2026, 10, 12),
                start_time=time(9, 0),
                end_time=time(12, 0),
                topic="=Apertura",
            ),
            Slot(
                workshop_id=ws.id,
                track_id=t1.id,
                date=date(2026, 10, 12),
                start_time=time(14, 0),
                end_time=time(17, 30),
                topic="BGP",
            ),
            Slot(
                workshop_id=ws.id,
                track_id=t2.id,
                date=date(2026, 10, 13),
                start_time=time(9, 0),
                end_time=time(13, 0),
                topic="IS-IS",
            ),
            Slot(
                workshop_id=ws.id,
                track_id=t1.id,
                date=date(2026, 10, 13),
                start_time=time(9, 0),
                end_time=time(13, 0),
                topic="RPKI",
            ),
        ]
        s.add_all(slots)
        trainer = Person(given_names="@Trainer", family_names="=Formula", organisation=NASTY_ORG)
        s.add(trainer)
        s.flush()
        s.add(
            Participation(
                workshop_id=ws.id,
                person_id=trainer.id,
                role=Role.TRAINER,
                track_id=t1.id,
                status=ParticipationStatus.CONFIRMED,
            )
        )
        s.execute(
            slot_trainer.insert(),
            [
                {"slot_id": slots[1].id, "person_id": trainer.id},
                {"slot_id": slots[3].id, "person_id": trainer.id},
            ],
        )
        names = FORMULA_NAMES + CONTROL_NAMES
        for i, name in enumerate(names):
            p = Person(
                given_names=name,
                family_names=f"{name} {i:02d}",
                email=f"p{i}@example.org",
                phone=f"+598 99 {i:03d} 000",
                document_id=f"DOC-{i:04d}",
                organisation=name,
                country=["UY", "BR", "AR", None][i % 4],
                gender=[NASTY_GENDER, "hombre", None][i % 3],
            )
            s.add(p)
            s.flush()
            track = t1 if i % 3 else t2
            status = ParticipationStatus.CONFIRMED
            part = Participation(
                workshop_id=ws.id,
                person_id=p.id,
                role=Role.ATTENDEE,
                track_id=track.id,
                status=status,
            )
            s.add(part)
            s.flush()
            own = [sl for sl in slots if sl.track_id in (None, track.id)]
            for k, sl in enumerate(own):
                mark = [Mark.PRESENT, Mark.LATE, Mark.ABSENT, Mark.EXCUSED][(i + k) % 4]
                s.add(Attendance(participation_id=part.id, slot_id=sl.id, mark=mark))
            if i < 3:
                s.add(
                    Certificate(
                        participation_id=part.id,
                        kind=CertificateKind.PARTICIPATION,
                        code=f"{code}-C{i}",
                        hours=3.0,
                        status=CertificateStatus.REVOKED if i == 2 else CertificateStatus.VALID,
                    )
                )
        gone = Person(given_names="Cancelada", family_names="Plain", organisation="Gone Org")
        s.add(gone)
        s.flush()
        s.add(
            Participation(
                workshop_id=ws.id,
                person_id=gone.id,
                role=Role.ATTENDEE,
                track_id=t1.id,
                status=ParticipationStatus.CANCELLED,
            )
        )
        s.flush()
        return Built(
            ws.id, code, {t1.name: t1.id, t2.name: t2.id}, [sl.id for sl in slots], trainer.id
        )
