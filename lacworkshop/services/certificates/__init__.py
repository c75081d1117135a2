"""Certificates: who gets one, issuing, codes and signatures, templates, files, verification."""

__all__ = [
    "codes",
    "issuing",
    "output",
    "readiness",
    "recipients",
    "signing",
    "template_files",
    "templates",
    "timing",
    "use_cases",
    "verify",
    "wording",
]
