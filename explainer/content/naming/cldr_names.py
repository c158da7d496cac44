"""CLDR's other names of territories (short forms and variants), which Babel leaves out.

They are kept in data/cldr_names.json, written by scripts/update_country_names.py from
cldr-localenames-full (Unicode License v3, see explainer/data/LICENSE-CLDR); do not edit it by
hand. By language, then by territory code: the kind of name CLDR gives ("short", "variant",
...) and the name. A regional or script variety (pt-PT) holds only the names that differ from
those it inherits.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

NAMES = files("explainer") / "data" / "cldr_names.json"


@functools.cache
def alternatives() -> dict[str, dict[str, dict[str, str]]]:
    """Return CLDR's other names of territories, by language, code and kind."""
    return json.loads(NAMES.read_text(encoding="utf-8"))["alternatives"]  # type: ignore[no-any-return]
