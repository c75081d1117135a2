"""Personal data as data-protection law asks: consent, a person's data export, erasure.

Modules: ``consent`` (what was agreed to), ``person_lookup`` (EMAIL or ID),
``data_export`` (everything held about one person, as JSON), ``erasure``
(anonymise them everywhere and purge the file), ``backup_residue`` (which
backups still hold them). Kept free of imports here so the import mapping can
use ``consent`` without loading the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.privacy.consent import ConsentRecord, is_consent_header, scopes_of
    from lacworkshop.services.privacy.consent_column import consent_texts
    from lacworkshop.services.privacy.consent_import import consent_values, person_column_value
    from lacworkshop.services.privacy.consent_record import consent_record as consent_record_of
    from lacworkshop.services.privacy.data_export import ExportSummary, export_personal_data
    from lacworkshop.services.privacy.erased_certificates import payload_matches
    from lacworkshop.services.privacy.erasure import (
        ErasurePlan,
        ErasureResult,
        erase_personal_data,
        plan_erasure,
    )

_WHERE = {
    "ConsentRecord": "consent",
    "ErasurePlan": "erasure",
    "ErasureResult": "erasure",
    "ExportSummary": "data_export",
    "consent_record_of": "consent_record:consent_record",
    "consent_texts": "consent_column",
    "consent_values": "consent_import",
    "erase_personal_data": "erasure",
    "export_personal_data": "data_export",
    "is_consent_header": "consent",
    "payload_matches": "erased_certificates",
    "person_column_value": "consent_import",
    "plan_erasure": "erasure",
    "scopes_of": "consent",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "ConsentRecord",
    "ErasurePlan",
    "ErasureResult",
    "ExportSummary",
    "consent_record_of",
    "consent_texts",
    "consent_values",
    "erase_personal_data",
    "export_personal_data",
    "is_consent_header",
    "payload_matches",
    "person_column_value",
    "plan_erasure",
    "scopes_of",
]
