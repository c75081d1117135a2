"""The import tests' workshop, for the consent tests that import a file."""

from tests.unit.importing.conftest import workshop_id

__all__ = ["workshop_id"]
