"""Bundles: a workshop, or one track's attendance, carried between databases in one file.

``export_bundle`` writes one; ``merge_bundle`` merges one into this database,
showing conflicts (the same row changed on both sides) and deciding them by the
organiser's choice. Merging the same bundle twice changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.bundles.erasure import forget_sync_traces
    from lacworkshop.services.bundles.export import BundleExport, export_bundle
    from lacworkshop.services.bundles.merge import merge_bundle
    from lacworkshop.services.bundles.report import Counts, MergeConflict, MergeReport, Side

_WHERE = {
    "forget_sync_traces": "erasure",
    "BundleExport": "export",
    "Counts": "report",
    "MergeConflict": "report",
    "MergeReport": "report",
    "Side": "report",
    "export_bundle": "export",
    "merge_bundle": "merge",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "BundleExport",
    "Counts",
    "MergeConflict",
    "MergeReport",
    "Side",
    "export_bundle",
    "forget_sync_traces",
    "merge_bundle",
]
