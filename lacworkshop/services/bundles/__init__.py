"""Bundles: a workshop, or one track's attendance, carried between databases in one file.

``export_bundle`` writes one; ``merge_bundle`` merges one into this database,
showing conflicts (the same row changed on both sides) and deciding them by the
organiser's choice. Merging the same bundle twice changes nothing.
"""

from lacworkshop.services.bundles.export import BundleExport, export_bundle
from lacworkshop.services.bundles.merge import merge_bundle
from lacworkshop.services.bundles.report import Counts, MergeConflict, MergeReport, Side

__all__ = [
    "BundleExport",
    "Counts",
    "MergeConflict",
    "MergeReport",
    "Side",
    "export_bundle",
    "merge_bundle",
]
