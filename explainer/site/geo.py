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
# A highlighted country narrower and lower than RING_BELOW viewBox units (about 8 px on a
# 700 px wide map) is also circled, so small islands such as Haiti stay visible.
RING_BELOW = 12
RING_RADIUS = 7
_ALPHA2 = re.compile(r"[A-Za-z]{2}")
_ROLE = re.compile(r"[a-z][a-z0-9-]*")
_PATH_TOKEN = re.compile(r"[Mlz]|-?\d+")


@dataclass(frozen=True)
class WorldData:
    """The projected world map: outlines, unassigned land and small-country markers."""

    view_box: tuple[int, int, int, int]
    countries: Mapping[str, str]
    unassigned: tuple[str, ...]
    markers: Mapping[str, tuple[int, int]]


@cache  # the package's flags never change while a site is built or previewed
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


@cache  # the outlines come from one shared map, so every page asks about the same few strings
def outline_box(d: str) -> tuple[int, int, int, int]:
    """Return (min_x, min_y, max_x, max_y) of path data made of 'M x y', relative 'l' and 'z'."""
    xs: list[int] = []
    ys: list[int] = []
    command, numbers = "M", []
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            command, numbers = token, []
            continue
        numbers.append(int(token))
        if len(numbers) == 2:
            dx, dy = numbers
            x, y = (dx, dy) if command == "M" else (xs[-1] + dx, ys[-1] + dy)
            xs.append(x)
            ys.append(y)
            numbers = []
    return min(xs), min(ys), max(xs), max(ys)


@cache  # every map draws the same outlines: make their markup once
def land_paths() -> tuple[tuple[str, str], ...]:
    """Return (code, SVG path) of every country's outline as plain land, by code."""
    countries = load_world().countries
    return tuple((code, f'<path class="land" d="{countries[code]}"/>')
                 for code in sorted(countries))


@cache
def unassigned_paths() -> str:
    """Return the SVG paths of the land that belongs to no country."""
    return "".join(f'<path class="land" d="{d}"/>' for d in load_world().unassigned)


def ring_centre(code: str, world: WorldData) -> tuple[int, int] | None:
    """Return where to circle a country too small to see, or None if its outline is big enough."""
    if code in world.markers:
        return world.markers[code]
    x0, y0, x1, y1 = outline_box(world.countries[code])
    if x1 - x0 < RING_BELOW and y1 - y0 < RING_BELOW:
        return (x0 + x1) // 2, (y0 + y1) // 2
    return None


def world_map_svg(
    roles: Mapping[str, str], *, title_id: str, title: str, description_id: str | None = None
) -> str:
    """Return an inline SVG world map with the countries in ``roles`` classed by their role.

    ``roles`` maps uppercase alpha-2 codes to role names such as ``lead`` or ``host``;
    codes the map has no shape for are skipped. Colours come from the site's CSS through
    the classes ``land``, ``role-<role>``, ``marker`` and ``ring`` (the circle drawn around
    a highlighted country too small to see). ``description_id`` names the element that
    describes the map, such as its caption.
    """
    for role in roles.values():
        if not _ROLE.fullmatch(role):
            raise ValueError(f"role {role!r} is not a lowercase CSS class name")
    world = load_world()
    roles = {code.upper(): role for code, role in roles.items()}
    view_box = " ".join(str(n) for n in world.view_box)
    described = f' aria-describedby="{escape(description_id)}"' if description_id else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="{view_box}"'
        f' role="img" aria-labelledby="{escape(title_id)}"{described}>'
        f'<title id="{escape(title_id)}">{escape(title, quote=False)}</title>'
    ]
    # Plain land first, then the highlighted countries so their outlines sit on top.
    parts += [path for code, path in land_paths() if code not in roles]
    parts.append(unassigned_paths())
    drawn = sorted(code for code in roles if code in world.countries or code in world.markers)
    for code in drawn:
        if code in world.countries:
            parts.append(
                f'<path class="land role-{roles[code]}" data-country="{code}"'
                f' d="{world.countries[code]}"/>'
            )
    for code in drawn:
        if code in world.markers:
            x, y = world.markers[code]
            parts.append(
                f'<circle class="marker role-{roles[code]}" data-country="{code}"'
                f' cx="{x}" cy="{y}" r="{MARKER_RADIUS}"/>'
            )
    for code in drawn:
        centre = ring_centre(code, world)
        if centre:
            parts.append(
                f'<circle class="ring role-{roles[code]}" data-country="{code}"'
                f' cx="{centre[0]}" cy="{centre[1]}" r="{RING_RADIUS}"/>'
            )
    parts.append("</svg>")
    return "".join(parts)
