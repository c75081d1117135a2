"""The demo database: building it, telling demo from real work, taking it out.

The first start offers a demo file full of realistic workshops
(``fill_demo_database``); the window tells a demo database from real work
(``is_demo_database``) and can take the demo rows out again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.demo.content import check_demo_allowed, demo_counts, is_demo_database
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.demo.first_start import (
        demo_database_path,
        fill_demo_database,
        is_first_start,
        open_demo,
    )
    from lacworkshop.services.demo.removal import remove_demo, remove_demo_data

_WHERE = {
    "check_demo_allowed": "content",
    "demo_counts": "content",
    "demo_database_path": "first_start",
    "fill_demo_database": "first_start",
    "is_demo_database": "content",
    "is_first_start": "first_start",
    "open_demo": "first_start",
    "populate": "create",
    "remove_demo": "removal",
    "remove_demo_data": "removal",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "check_demo_allowed",
    "demo_counts",
    "demo_database_path",
    "fill_demo_database",
    "is_demo_database",
    "is_first_start",
    "open_demo",
    "populate",
    "remove_demo",
    "remove_demo_data",
]
