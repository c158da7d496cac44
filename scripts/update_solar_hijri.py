#!/usr/bin/env python3
"""Vendor CLDR's Solar Hijri ("persian") calendar into ``explainer/data/cldr_persian.json``:
its month names and date patterns in the languages whose pages date in it (Persian: Iran's
"۱۵ آذر ۱۴۰۳", and Afghanistan's "۱۵ قوس ۱۴۰۳").

Babel carries CLDR's Gregorian calendar alone. This script takes the Solar Hijri one from the
``cldr-cal-persian-full`` package, the CLDR project's own JSON (Unicode License v3, as
``explainer/data/LICENSE-CLDR``), for every locale of those languages (fa, fa-AF): the month
names, wide and abbreviated, as a date writes them and as written alone, and the patterns of
the skeletons of a date's year, month and day ('yyyyMMMd': 'd MMM y'), which site/words.py
fits to a date as it does Babel's Gregorian ones.

The package is published later than CLDR's other ones: it is read at ``PERSIAN_VERSION``.
It needs ``npm`` on the PATH, only to download the package with ``npm pack``. Usage:
``python scripts/update_solar_hijri.py``.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from npm_package import npm_pack, read_member

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the package must be importable

from explainer.content.solarhijri import dates_in_solar_hijri  # noqa: E402

PERSIAN_VERSION = "46.1.0"
CALENDAR = ROOT / "explainer" / "data" / "cldr_persian.json"
WIDTHS = ("abbreviated", "wide")
# The skeletons of a date's fields a page writes: its era, year, month and day.
DATE_FIELDS = re.compile(r"[GyMLd]+")


def calendar_of(tar: object, tag: str) -> dict[str, object]:
    """Return one locale's month names (by context and width, January's first) and its
    skeletons' patterns of a date's fields."""
    raw = read_member(tar, f"main/{tag}/ca-persian.json")  # type: ignore[arg-type]
    if raw is None:
        sys.exit(f"cldr-cal-persian-full: no calendar for '{tag}'")
    persian = json.loads(raw)["main"][tag]["dates"]["calendars"]["persian"]
    months = {context: {width: [named[str(number)] for number in range(1, 13)]
                        for width, named in widths.items() if width in WIDTHS}
              for context, widths in persian["months"].items()}
    skeletons = {skeleton: pattern for skeleton, pattern in
                 persian["dateTimeFormats"]["availableFormats"].items()
                 if DATE_FIELDS.fullmatch(skeleton)}
    return {"months": months, "skeletons": skeletons}


def main() -> None:
    """Download the package and write the calendar of each locale of the languages."""
    with tempfile.TemporaryDirectory() as tmp, \
            npm_pack(f"cldr-cal-persian-full@{PERSIAN_VERSION}", Path(tmp)) as tar:
        tags = sorted({Path(name).parts[2] for name in tar.getnames()
                       if name.startswith("package/main/") and name.endswith("/ca-persian.json")
                       and dates_in_solar_hijri(Path(name).parts[2])})
        calendars = {tag: calendar_of(tar, tag) for tag in tags}
    lines = ["{", f'  "cldr": {json.dumps(PERSIAN_VERSION)},', '  "calendars": {']
    lines += [f"    {json.dumps(tag)}: {json.dumps(calendar, ensure_ascii=False)}"
              + ("," if number < len(calendars) else "")
              for number, (tag, calendar) in enumerate(calendars.items(), 1)]
    CALENDAR.write_text("\n".join([*lines, "  }", "}"]) + "\n", encoding="utf-8")
    print(f"{CALENDAR.relative_to(ROOT)}: the Solar Hijri calendar of {', '.join(calendars)}")


if __name__ == "__main__":
    main()
