"""Publishing: the static folder anyone can use to verify the organisation's certificates.

``publish_site`` writes ``verify.html`` (self-contained, four languages, checks
a QR payload's Ed25519 signature in the browser or looks a typed code up), the
public keys, the revocation list and per workshop an index of codes with the
name as printed, listing only people who agreed to be listed.
"""

from lacworkshop.services.publishing.site import PublishReport, publish_site

__all__ = ["PublishReport", "publish_site"]
