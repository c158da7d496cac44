"""Country flags and world outlines, from data vendored by scripts/update_geodata.py.

Both are plain files in the package: nothing is fetched while a site is built. The map
drawn from the outlines is in mapview.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import accumulate

# A country's ISO 3166-1 alpha-2 code, or an ISO 3166-2 code of a part of one (GB-SCT).
_FLAG_CODE = re.compile(r"[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?")
_NUMBER = re.compile(r"-?\d+")

Point = tuple[float, float]
Ring = tuple[tuple[int, int], ...]
Box = tuple[float, float, float, float]  # min x, min y, max x, max y


@dataclass(frozen=True)
class WorldData:
    """The projected world map: outlines, unassigned land, small-country markers, details.

    ``detail`` holds finer outlines (from 1:50m data, in units of 1/``detail_scale``) of
    the countries too small to draw well from ``countries`` when a map zooms in.
    """

    view_box: tuple[int, int, int, int]
    countries: Mapping[str, str]
    unassigned: tuple[str, ...]
    markers: Mapping[str, tuple[int, int]]
    detail: Mapping[str, str]
    detail_scale: int


@cache  # the package's flags never change while a site is built or previewed
def flag_svg(code: str, small: bool = False) -> bytes | None:
    """Return the 4:3 SVG flag for an ISO 3166-1 alpha-2 code, or an ISO 3166-2 code of a part
    of a country ('GB-SCT'), or None if there is none; small, its lighter drawing for lists
    where it has one."""
    if not _FLAG_CODE.fullmatch(code):
        return None
    flags = files("explainer") / "data" / "flags"
    resource = flags / "small" / f"{code.lower()}.svg"
    if not (small and resource.is_file()):
        resource = flags / f"{code.lower()}.svg"
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
        detail=dict(raw["detail"]),
        detail_scale=raw["detailScale"],
    )


@cache  # the outlines come from one shared map, so every page asks about the same strings
def path_rings(d: str) -> tuple[Ring, ...]:
    """Return the rings of path data made of 'M x y', relative 'l' steps and 'z'."""
    rings = []
    for part in d.split("M")[1:]:
        numbers = [int(n) for n in _NUMBER.findall(part)]
        xs, ys = accumulate(numbers[0::2]), accumulate(numbers[1::2])
        rings.append(tuple(zip(xs, ys, strict=True)))
    return tuple(rings)


@cache
def outline_box(d: str) -> tuple[int, int, int, int]:
    """Return (min_x, min_y, max_x, max_y) of path data made of 'M x y', relative 'l' and 'z'."""
    points = [point for ring in path_rings(d) for point in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


@cache
def main_box(d: str, unit: int = 1) -> tuple[int, int, int, int]:
    """Return the box of where an outline mainly lies: its pieces that lie together, less any
    that the map's edge parts from them (Russia's Chukotka past 180° drawn by Alaska, Fiji's
    islands east of it), which would stretch the box across the world.

    Pieces lie together when less than a quarter of the map's width parts them; of the groups
    so made, the one of the largest area is kept. `d` is in 1/`unit` map units, as is the box.
    """
    boxes = sorted(outline_box(f"M{part}") for part in d.split("M")[1:])
    reach = load_world().view_box[2] * unit / 4
    groups: list[list[tuple[int, int, int, int]]] = []
    for box in boxes:
        if groups and box[0] <= max(b[2] for b in groups[-1]) + reach:
            groups[-1].append(box)
        else:
            groups.append([box])
    kept = max(groups, key=lambda group: sum((b[2] - b[0] + 1) * (b[3] - b[1] + 1)
                                             for b in group))
    return (min(b[0] for b in kept), min(b[1] for b in kept),
            max(b[2] for b in kept), max(b[3] for b in kept))


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Drop the points of a closed ring that stray less than `tolerance` from a straighter one.

    Douglas-Peucker, with the ring cut at its first point and the point farthest from it.
    """
    if len(points) < 4:
        return points
    far = max(range(len(points)), key=lambda i: _distance2(points[0], points[i]))
    keep = {0, far}
    stack = [(0, far), (far, len(points))]
    closed = [*points, points[0]]
    while stack:
        start, end = stack.pop()
        (x0, y0), (x1, y1) = closed[start], closed[end]
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy or 1e-12
        worst, where = 0.0, -1
        for i in range(start + 1, end):
            px, py = closed[i]
            cross = dx * (py - y0) - dy * (px - x0)
            if cross * cross / length2 > worst:
                worst, where = cross * cross / length2, i
        if where > 0 and worst > tolerance * tolerance:
            keep.add(where)
            stack += [(start, where), (where, end)]
    return [points[i] for i in sorted(keep)]


def _distance2(a: Point, b: Point) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def ring_centre(code: str, world: WorldData, below: int = 12) -> tuple[int, int] | None:
    """Return where to circle a country too small to see, or None if its outline is big enough.

    Too small: narrower and lower than `below` units of the world map.
    """
    if code in world.markers:
        return world.markers[code]
    x0, y0, x1, y1 = outline_box(world.countries[code])
    if x1 - x0 < below and y1 - y0 < below:
        return (x0 + x1) // 2, (y0 + y1) // 2
    return None

