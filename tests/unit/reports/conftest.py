"""Fixtures for the reports tests: a workshop of nasty names on a real database file."""

from __future__ import annotations

import pytest

from tests.unit.reports.builders import Built, build_nasty_workshop


@pytest.fixture
def nasty(db) -> Built:  # type: ignore[no-untyped-def]
    return build_nasty_workshop(db)
