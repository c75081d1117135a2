"""Certificates: who gets one, issuing, codes and signatures, templates, files, verification.

``issue_and_write`` issues a workshop's certificates and writes their PDFs in one
operation; reissuing and revoking one certificate, drawing the chosen ones to
print, the templates and signatories, and checking a typed code
(``verify_code``) are here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.certificates.codes import certificate_id_for_code
    from lacworkshop.services.certificates.issuing import (
        CertificateRow,
        IssueReport,
        list_certificates,
        revoke,
        row_of,
    )
    from lacworkshop.services.certificates.output import (
        file_stems,
        longest_name,
        per_person_pdfs,
        preview_pdf,
    )
    from lacworkshop.services.certificates.readiness import (
        Readiness,
        certificate_readiness,
        template_readiness,
    )
    from lacworkshop.services.certificates.recipients import candidates
    from lacworkshop.services.certificates.template_files import export_template, import_template
    from lacworkshop.services.certificates.templates import (
        DEFAULT_TEMPLATE,
        LANGUAGES,
        SAMPLE_LOGO,
        TemplateInfo,
        add_signatory,
        delete_signatory,
        get_template,
        list_signatories,
        list_templates,
        save_template,
        store_asset,
    )
    from lacworkshop.services.certificates.timing import BeforeEndError, issuing_early
    from lacworkshop.services.certificates.use_cases import (
        IssuedCertificates,
        IssueTargets,
        issue_and_write,
        reissue_certificate,
        revoke_certificate,
        write_for_viewing,
    )
    from lacworkshop.services.certificates.verify import Verdict, Verification, verify_version
    from lacworkshop.services.certificates.verify import verify as verify_code

_WHERE = {
    "BeforeEndError": "timing",
    "CertificateRow": "issuing",
    "DEFAULT_TEMPLATE": "templates",
    "IssueReport": "issuing",
    "IssueTargets": "use_cases",
    "IssuedCertificates": "use_cases",
    "LANGUAGES": "templates",
    "Readiness": "readiness",
    "SAMPLE_LOGO": "templates",
    "TemplateInfo": "templates",
    "Verdict": "verify",
    "Verification": "verify",
    "add_signatory": "templates",
    "candidates": "recipients",
    "certificate_id_for_code": "codes",
    "certificate_readiness": "readiness",
    "delete_signatory": "templates",
    "export_template": "template_files",
    "file_stems": "output",
    "get_template": "templates",
    "import_template": "template_files",
    "issue_and_write": "use_cases",
    "issuing_early": "timing",
    "list_certificates": "issuing",
    "list_signatories": "templates",
    "list_templates": "templates",
    "longest_name": "output",
    "per_person_pdfs": "output",
    "preview_pdf": "output",
    "reissue_certificate": "use_cases",
    "revoke": "issuing",
    "revoke_certificate": "use_cases",
    "row_of": "issuing",
    "save_template": "templates",
    "store_asset": "templates",
    "template_readiness": "readiness",
    "verify_code": "verify:verify",
    "verify_version": "verify",
    "write_for_viewing": "use_cases",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_TEMPLATE",
    "LANGUAGES",
    "SAMPLE_LOGO",
    "BeforeEndError",
    "CertificateRow",
    "IssueReport",
    "IssueTargets",
    "IssuedCertificates",
    "Readiness",
    "TemplateInfo",
    "Verdict",
    "Verification",
    "add_signatory",
    "candidates",
    "certificate_id_for_code",
    "certificate_readiness",
    "delete_signatory",
    "export_template",
    "file_stems",
    "get_template",
    "import_template",
    "issue_and_write",
    "issuing_early",
    "list_certificates",
    "list_signatories",
    "list_templates",
    "longest_name",
    "per_person_pdfs",
    "preview_pdf",
    "reissue_certificate",
    "revoke",
    "revoke_certificate",
    "row_of",
    "save_template",
    "store_asset",
    "template_readiness",
    "verify_code",
    "verify_version",
    "write_for_viewing",
]
