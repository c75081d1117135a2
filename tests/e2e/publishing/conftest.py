"""The register and signing key of the publishing unit tests, shared with the browser test."""

from tests.unit.publishing.conftest import register, signing_key  # noqa: F401
