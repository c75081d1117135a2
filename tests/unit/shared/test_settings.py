"""Settings read and written inside a session, and by the database-level helpers."""

from __future__ import annotations

from lacworkshop.model import Setting
from lacworkshop.services.settings import get_setting, read_setting, set_setting, write_setting


def test_values_round_trip_as_json_with_accents(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        write_setting(session, "x.names", ["Núñez", "D'Ávila"])
        # The same unit of work sees what it wrote.
        assert read_setting(session, "x.names") == ["Núñez", "D'Ávila"]
    assert get_setting(db, "x.names") == ["Núñez", "D'Ávila"]
    with db.session() as session:
        stored = session.get(Setting, "x.names")
        assert stored is not None and "Núñez" in stored.value  # readable, not \\u escapes


def test_write_replaces_and_missing_keys_give_the_default(db) -> None:  # type: ignore[no-untyped-def]
    set_setting(db, "x.count", 1)
    set_setting(db, "x.count", {"n": 2})
    assert get_setting(db, "x.count") == {"n": 2}
    assert get_setting(db, "x.absent", "fallback") == "fallback"
    with db.session() as session:
        assert read_setting(session, "x.absent") is None
        assert len([s for s in session.query(Setting).all() if s.key == "x.count"]) == 1


def test_unreadable_value_gives_the_default(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        session.add(Setting(key="x.broken", value="{not json"))
    assert get_setting(db, "x.broken", []) == []
    with db.session() as session:
        assert read_setting(session, "x.broken", 7) == 7


def test_a_rollback_undoes_a_write(db) -> None:  # type: ignore[no-untyped-def]
    try:
        with db.session() as session:
            write_setting(session, "x.temp", True)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert get_setting(db, "x.temp") is None
