"""Throwaway PostgreSQL databases for the tests: one migrated template, a copy per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    u = make_url(url)
    return psycopg.connect(
        host=u.host,
        port=u.port,
        user=u.username,
        password=u.password,
        dbname=u.database or "postgres",
        autocommit=True,
    )


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop(url: str, name: str) -> None:
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def template_database(url: str) -> Iterator[str]:
    """A database migrated to head, the template of every test's own."""
    from lacworkshop.storage.database import open_server_database

    name = f"lw_template_{os.getpid()}"
    _drop(url, name)
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = open_server_database(_with_database(url, name), place=None)
    db.close()
    try:
        yield name
    finally:
        _drop(url, name)


@contextmanager
def fresh_database(url: str, template: str) -> Iterator[str]:
    """A new database copied from *template*; dropped afterwards."""
    name = f"lw_{uuid.uuid4().hex[:16]}"
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield _with_database(url, name)
    finally:
        _drop(url, name)
