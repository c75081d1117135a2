"""Leaving no byte of erased data in the database file or its write-ahead log.

SQLite keeps old row versions in free pages and in the WAL until they are
reused. Erasure therefore rewrites the file (VACUUM, with secure_delete so
freed cells are zeroed) and then checkpoints the WAL into it and truncates the
WAL to nothing.
"""

from __future__ import annotations

from sqlalchemy import Engine


def purge_free_space(engine: Engine) -> bool:
    """Rewrite the database without free pages and empty its WAL; False if a reader blocked it."""
    if engine.dialect.name != "sqlite":
        # A server keeps dead row versions until VACUUM; FULL rewrites the tables without them.
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM FULL")
        return True
    with engine.connect() as conn:
        auto = conn.execution_options(isolation_level="AUTOCOMMIT")
        auto.exec_driver_sql("PRAGMA secure_delete=ON")
        # A first checkpoint moves committed pages home, so VACUUM starts from a short WAL.
        auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        auto.exec_driver_sql("VACUUM")
        row = auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return int(row[0]) == 0
