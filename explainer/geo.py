"""Country flags and a small world map, from data vendored by scripts/update_geodata.py.

Both are plain files in the package: nothing is fetched while a site is built.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files

MARKER_RADIUS = 3
_ALPHA2 = re.compile(r"[A-Za-z]{2}")
_ROLE = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class WorldData:
    """The projected world map: outlines, unassigned land and small-country markers."""

    view_box: tuple[int, int, int, int]
    countries: Mapping[str, str]
    unassigned: tuple[str, ...]
    markers: Mapping[str, tuple[int, int]]


def flag_svg(alpha2: str) -> bytes | None:
    """Return the 4:3 SVG flag for an ISO 3166-1 alpha-2 code, or None if there is none."""
    if not _ALPHA2.fullmatch(alpha2):
        return None
    resource = files("explainer") / "data" / "flags" / f"{alpha2.lower()}.svg"
    return resource.read_bytes() if resource.is_file() else None


@cache
def load_world() -> WorldData:
    """Read data/world.json once; the result is shared and must not be changed."""
    raw = json.loads((files("explainer") / "data" / "world.json").read_text(encoding="utf-8"))
    x, y, width, height = raw["viewBox"]
    return WorldData(
        view_box=(x, y, width, height),
        countries=dict(raw["countries"]),
        unassigned=tuple(raw["unassigned"]),
        markers={code: (px, py) for code, (px, py) in raw["markers"].items()},
    )


def world_map_svg(roles: Mapping[str, str], *, title_id: str, title: str) -> str:
    """Return an inline SVG world map with the countries in ``roles`` classed by their role.

    ``roles`` maps uppercase alpha-2 codes to role names such as ``lead`` or ``host``;
    codes the map has no shape for are skipped. Colours come from the site's CSS through
    the classes ``land``, ``role-<role>`` and ``marker``.
    """
    for role in roles.values():
        if not _ROLE.fullmatch(role):
            raise ValueError(f"role {role!r} is not a lowercase CSS class name")
    world = load_world()
    roles = {code.upper(): role for code, role in roles.items()}
    view_box = " ".join(str(n) for n in world.view_box)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="{view_box}"'
        f' role="img" aria-labelledby="{escape(title_id)}">'
        f'<title id="{escape(title_id)}">{escape(title, quote=False)}</title>'
    ]
    # Plain land first, then the highlighted countries so their outlines sit on top.
    plain = sorted(code for code in world.countries if code not in roles)
    parts += [f'<path class="land" d="{world.countries[code]}"/>' for code in plain]
    parts += [f'<path class="land" d="{d}"/>' for d in world.unassigned]
    for code in sorted(code for code in roles if code in world.countries):
        parts.append(
            f'<path class="land role-{roles[code]}" data-country="{code}"'
            f' d="{world.countries[code]}"/>'
        )
    for code in sorted(code for code in roles if code in world.markers):
        x, y = world.markers[code]
        parts.append(
            f'<circle class="marker role-{roles[code]}" data-country="{code}"'
            f' cx="{x}" cy="{y}" r="{MARKER_RADIUS}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
