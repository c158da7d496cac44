"""The site's time zone (`timezone:` in site.yml): an IANA name, such as Africa/Nairobi, in
which the times explainers give without an offset are read and every time is shown."""

from __future__ import annotations

import difflib
import functools
import zoneinfo

from ..content.fields import Fields

DEFAULT = "UTC"


def read_timezone(fields: Fields) -> str:
    """Read `timezone:`, an IANA name that zoneinfo knows; UTC when left out or unknown (an
    error then, naming the closest known name)."""
    node = fields.get("timezone", False, "Africa/Nairobi")
    if node is None:
        return DEFAULT
    name = fields.as_text(node, "timezone").strip()
    if name in known_zones():  # 600 names: a look-up once per build
        return name
    close = [zone for zone in known_zones() if zone.lower() == name.lower()] or \
        difflib.get_close_matches(name, known_zones(), n=1)
    fields.reader.error(node, f"'timezone' must be an IANA time zone name, such as "
                        f"Africa/Nairobi or Europe/London; found '{name}'",
                        f"did you mean '{close[0]}'?" if close else
                        "write the zone of the place the site's times are given in, as "
                        "Continent/City; leave 'timezone' out for UTC")
    return DEFAULT


@functools.cache
def known_zones() -> tuple[str, ...]:
    """Return the names of the time zones zoneinfo knows (the system's, else those of the
    tzdata package), in order."""
    return tuple(sorted(zoneinfo.available_timezones()))
