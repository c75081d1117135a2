"""The register of the publishing unit tests, shared with the browser test."""

from tests.unit.publishing.conftest import register  # noqa: F401
