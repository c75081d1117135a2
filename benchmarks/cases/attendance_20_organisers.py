"""20 organisers mark attendance at once on one PostgreSQL server.

A workshop of 20 tracks, 10 sessions and 25 attendees each; every organiser (a
thread with its own connection pool, as on its own laptop) marks its track
session by session through the application's mark_session: 5,000 marks. Every
mark must land and no organiser may be refused.

Floor: the same 5,000 rows written by 20 threads with bare psycopg executemany.
Needs LACWORKSHOP_BENCH_PG_URL (or LACWORKSHOP_TEST_PG_URL): a throwaway server
on which databases may be created and dropped.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import date
from datetime import time as clock
from typing import Any

from cases._measure import Measurement

ORGANISERS = 20
SESSIONS = 10
PEOPLE_PER_TRACK = 25


def _server() -> str | None:
    return os.environ.get("LACWORKSHOP_BENCH_PG_URL") or os.environ.get("LACWORKSHOP_TEST_PG_URL")


def _admin(url: str) -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host,
        port=u.port,
        user=u.username,
        password=u.password,
        dbname=u.database or "postgres",
        autocommit=True,
    )


def _build(db: Any) -> dict[int, tuple[list[int], list[int]]]:
    """Per track id: its session ids and its attendees' person ids."""
    from sqlalchemy import insert, select

    from lacworkshop.model import Participation, Person, Role, Slot, Track, Workshop

    plan: dict[int, tuple[list[int], list[int]]] = {}
    with db.session() as session:
        w = Workshop(
            code="BENCH20",
            title="Twenty tracks",
            start_date=date(2026, 5, 4),
            end_date=date(2026, 5, 15),
        )
        session.add(w)
        session.flush()
        for t in range(ORGANISERS):
            track = Track(workshop_id=w.id, name=f"Track {t + 1}", position=t)
            session.add(track)
            session.flush()
            slots = [
                Slot(
                    workshop_id=w.id,
                    track_id=track.id,
                    date=date(2026, 5, 4 + s // 2),
                    start_time=clock(9 + 4 * (s % 2)),
                    end_time=clock(11 + 4 * (s % 2)),
                    topic=f"T{t + 1} S{s + 1}",
                )
                for s in range(SESSIONS)
            ]
            session.add_all(slots)
            session.execute(
                insert(Person),
                [
                    {
                        "given_names": f"Persona {t}-{i}",
                        "family_names": "Benchmark",
                        "email": f"p{t}-{i}@example.org",
                    }
                    for i in range(PEOPLE_PER_TRACK)
                ],
            )
            session.flush()
            people = list(
                session.scalars(
                    select(Person.id).where(Person.email.like(f"p{t}-%")).order_by(Person.id)
                )
            )
            session.execute(
                insert(Participation),
                [
                    {
                        "workshop_id": w.id,
                        "person_id": p,
                        "role": Role.ATTENDEE,
                        "track_id": track.id,
                    }
                    for p in people
                ],
            )
            plan[track.id] = ([s.id for s in slots], people)
    return plan


def _parallel(work: list[Any]) -> tuple[float, list[BaseException]]:
    errors: list[BaseException] = []
    start_line = threading.Barrier(len(work))

    def run(fn: Any) -> None:
        try:
            start_line.wait()
            fn()
        except BaseException as exc:  # reported below, with the count
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(fn,)) for fn in work]
    begin = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - begin, errors


def run() -> Measurement:
    server = _server()
    if server is None:
        print("attendance_20_organisers: not run (set LACWORKSHOP_BENCH_PG_URL)")
        return Measurement(0.0, 1.0, ["NOT RUN: no PostgreSQL server given"])
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url

    from lacworkshop.model import Attendance, Mark
    from lacworkshop.services.attendance.marking import mark_session
    from lacworkshop.storage import open_database

    name = f"lw_bench_{uuid.uuid4().hex[:10]}"
    with _admin(server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        setup = open_database(url)
        plan = _build(setup)

        def organiser(slots: list[int], people: list[int]) -> Any:
            def work() -> None:
                db = open_database(url)  # one laptop, one pool
                try:
                    for slot in slots:
                        mark_session(db, slot, [(p, Mark.PRESENT) for p in people])
                finally:
                    db.close()

            return work

        app_time, errors = _parallel([organiser(s, p) for s, p in plan.values()])
        with setup.session() as session:
            landed = session.scalar(select(func.count(Attendance.id))) or 0
            part_ids = {
                track: list(
                    session.scalars(
                        select(Attendance.participation_id)
                        .distinct()
                        .where(Attendance.slot_id.in_(slots))
                    )
                )
                for track, (slots, _people) in plan.items()
            }
            session.execute(Attendance.__table__.delete())

        def bare(slots: list[int], parts: list[int]) -> Any:
            def work() -> None:
                with _admin(url) as conn, conn.cursor() as cur:
                    for slot in slots:
                        cur.executemany(
                            "INSERT INTO attendance (participation_id, slot_id, mark, updated_at)"
                            " VALUES (%s, %s, 'present', now())",
                            [(p, slot) for p in parts],
                        )

            return work

        floor_time, floor_errors = _parallel([bare(plan[t][0], part_ids[t]) for t in plan])
        setup.close()
    finally:
        with _admin(server) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    expected = ORGANISERS * SESSIONS * PEOPLE_PER_TRACK
    return Measurement(
        app_time,
        floor_time,
        [
            f"{landed}/{expected} marks landed",
            f"{len(errors)} organiser(s) refused" + (f": {errors[0]!r}" if errors else ""),
            f"{expected / app_time:.0f} marks/s",
            f"floor errors {len(floor_errors)}",
        ],
    )
