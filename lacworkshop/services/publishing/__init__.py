"""Publishing: the static folder anyone can use to verify the organisation's certificates.

``publish_site`` writes ``verify.html`` (self-contained, four languages, checks
a QR payload's Ed25519 signature in the browser or looks a typed code up), the
public keys, the revocation list and per workshop an index of codes with the
name as printed, listing only people who agreed to be listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.publishing.site import PublishReport, publish_site

_WHERE = {
    "PublishReport": "site",
    "publish_site": "site",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "PublishReport",
    "publish_site",
]
