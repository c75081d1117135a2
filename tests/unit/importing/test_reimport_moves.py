"""Re-importing people already in the workshop: "update" moves their participation, "link" not."""

from __future__ import annotations

from sqlalchemy import select

from lacworkshop.model import AuditLog, Participation, Role, Track
from lacworkshop.services.importing.apply import run_import
from lacworkshop.services.importing.preview import Decision
from tests.unit.importing.helpers import preview_of, write_csv

HEADER = ["Nombre", "Apellido", "Correo", "País", "Institución"]
ANA = ["Ana", "Pérez", "ana@example.org", "Perú", "UNI"]
JOAO = ["João", "D'Ávila Conceição", "joao@nic.br", "Brasil", "NIC.br"]


def _held(db, workshop_id: int) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(email, role, track name) of every participation in the workshop."""
    from lacworkshop.model import Person

    with db.session() as s:
        rows = s.execute(
            select(Person.email, Participation.role, Track.name)
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(Track, Track.id == Participation.track_id)
            .where(Participation.workshop_id == workshop_id)
            .order_by(Person.email, Participation.role)
        ).all()
    return [(e, r.value, t) for e, r, t in rows]


def test_update_moves_the_participation_to_this_imports_track(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA, JOAO])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    moved = run_import(
        db,
        preview_of(db, path, workshop_id, track="Registradores", on_duplicate=Decision.UPDATE),
    )
    assert (moved.updated, moved.participations, moved.moved) == (2, 0, 2)
    assert _held(db, workshop_id) == [
        ("ana@example.org", "attendee", "Registradores"),
        ("joao@nic.br", "attendee", "Registradores"),
    ]
    assert moved.outcomes[0].reason.endswith(
        "already registered in DNSSEC2026 as attendee; "
        "moved from track Operadores to track Registradores"
    )
    assert "moved to this import's track or role 2" in moved.line()
    with db.session() as s:
        details = s.scalars(select(AuditLog.details).order_by(AuditLog.id.desc())).first()
    assert '"moved": 2' in (details or "")
    # Once there, the same import again changes nothing and says nothing moved.
    again = run_import(
        db,
        preview_of(db, path, workshop_id, track="Registradores", on_duplicate=Decision.UPDATE),
    )
    assert again.moved == 0 and "moved" not in again.line()
    assert again.outcomes[0].reason.endswith("already registered in DNSSEC2026 as attendee")


def test_link_leaves_the_participation_as_it_is_and_says_so(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    linked = run_import(db, preview_of(db, path, workshop_id, track="Registradores"))
    assert (linked.linked, linked.participations, linked.moved) == (1, 0, 0)
    assert _held(db, workshop_id) == [("ana@example.org", "attendee", "Operadores")]
    assert linked.outcomes[0].reason.endswith(
        "already registered in DNSSEC2026 as attendee on track Operadores; left as it is "
        "(this import says track Registradores; choose update to move them)"
    )


def test_update_changes_the_role_too(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    trainer = run_import(
        db,
        preview_of(
            db,
            path,
            workshop_id,
            role=Role.TRAINER,
            track="Registradores",
            on_duplicate=Decision.UPDATE,
        ),
    )
    assert (trainer.participations, trainer.moved) == (0, 1)
    assert _held(db, workshop_id) == [("ana@example.org", "trainer", "Registradores")]
    assert trainer.outcomes[0].reason.endswith(
        "already registered in DNSSEC2026 as attendee on track Operadores; "
        "moved to trainer on track Registradores"
    )


def test_link_adds_another_role_and_keeps_the_first(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    trainer = run_import(
        db, preview_of(db, path, workshop_id, role=Role.TRAINER, track="Registradores")
    )
    assert (trainer.participations, trainer.moved) == (1, 0)
    assert _held(db, workshop_id) == [
        ("ana@example.org", "attendee", "Operadores"),
        ("ana@example.org", "trainer", "Registradores"),
    ]
    assert trainer.outcomes[0].reason.endswith(
        "also registered in DNSSEC2026 as attendee on track Operadores, left as it is"
    )


def test_update_follows_the_files_track_and_role_columns(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A person holding two roles: the participation in the row's role is the one that moves."""
    first = write_csv(tmp_path / "a.csv", [HEADER, ANA, JOAO])
    run_import(db, preview_of(db, first, workshop_id, track="Operadores"))
    run_import(db, preview_of(db, first, workshop_id, role=Role.TRAINER, track="Operadores"))
    columns = write_csv(
        tmp_path / "b.csv",
        [
            [*HEADER, "Track", "Role"],
            [*ANA, "Registradores", "Instructor"],
            [*JOAO, "", "Participante"],
        ],
    )
    preview = preview_of(db, columns, workshop_id, on_duplicate=Decision.UPDATE)
    assert [c.role for c in preview.candidates] == [Role.TRAINER, Role.ATTENDEE]
    summary = run_import(db, preview)
    assert (summary.participations, summary.moved) == (0, 1)
    assert _held(db, workshop_id) == [
        ("ana@example.org", "attendee", "Operadores"),
        ("ana@example.org", "trainer", "Registradores"),
        ("joao@nic.br", "attendee", "Operadores"),  # no track named: the one held stays
        ("joao@nic.br", "trainer", "Operadores"),
    ]
    assert summary.outcomes[1].reason.endswith("already registered in DNSSEC2026 as attendee")


def test_update_without_a_track_keeps_the_track_and_moves_the_role(
    db, workshop_id, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    organiser = run_import(
        db, preview_of(db, path, workshop_id, role=Role.ORGANISER, on_duplicate=Decision.UPDATE)
    )
    assert organiser.moved == 1
    assert _held(db, workshop_id) == [("ana@example.org", "organiser", "Operadores")]


def test_dry_run_moves_nothing(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [HEADER, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    dry = run_import(
        db,
        preview_of(db, path, workshop_id, track="Registradores", on_duplicate=Decision.UPDATE),
        dry_run=True,
    )
    assert dry.moved == 1 and "would be moved to this import's track or role 1" in dry.line()
    assert _held(db, workshop_id) == [("ana@example.org", "attendee", "Operadores")]


def test_every_row_outcome_is_worded_in_the_message_language(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.errors import set_message_language

    path = write_csv(tmp_path / "pt.csv", [HEADER, ANA, JOAO, ANA])
    run_import(db, preview_of(db, path, workshop_id, track="Operadores"))
    set_message_language("pt")
    try:
        moved = run_import(
            db,
            preview_of(db, path, workshop_id, track="Registradores", on_duplicate=Decision.UPDATE),
        )
    finally:
        set_message_language("en")
    assert moved.outcomes[0].reason == (
        "mesmo e-mail: Ana Pérez; já inscrita em DNSSEC2026 como participante; "
        "movida de trilha Operadores para trilha Registradores"
    )
    assert moved.outcomes[2].reason == "a mesma pessoa da linha 2 (mesmo e-mail)"
    english = [w for o in moved.outcomes for w in ("already", "moved", "track ") if w in o.reason]
    assert english == []
