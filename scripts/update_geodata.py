#!/usr/bin/env python3
"""Vendor country flags and a compact world map into ``explainer/data``.

Re-run this script to refresh the data (for example after bumping a pinned version
below). It needs ``npm`` on the PATH (to download the two packages and svgo from the npm
registry) and the Python packages ``pycountry``, ``resvg-py``, ``vtracer`` and ``pillow``
(``python -m pip install pycountry resvg-py vtracer pillow``); everything else is the
standard library. Nothing is fetched when the site is built.

What it writes:

``explainer/data/flags/<alpha-2 lowercase>.svg``
    The 4:3 flags from the ``flag-icons`` package (MIT), one per ISO 3166-1 alpha-2
    code that pycountry knows and the package draws (and Kosovo's XK, see EXTRA_CODES),
    made light by shrink_flags.py (svgo, and for the few with a detailed coat of arms a
    trace of a 96×72 rendering).
    The package's licence goes to ``explainer/data/flags/LICENSE``.

``explainer/data/flags/<alpha-2>-<subdivision>.svg``
    The flags the package draws of parts of a country that have an ISO 3166-2 code
    (England's ``gb-eng``, Scotland's ``gb-sct``, Catalonia's ``es-ct``), made light the
    same way: a countries list shows one for an entry whose label names that part.

``explainer/data/flags/small/<alpha-2 lowercase>.svg``
    A lighter drawing of a flag for lists, where a 24×18 flag is shown (a trace of a 48
    to 96 px rendering), for each flag that has one; lists show the others as drawn.

``explainer/data/world.json``
    Country outlines from the ``world-atlas`` package (Natural Earth 1:110m, public
    domain; the package is ISC), projected with the Natural Earth projection into a
    viewBox 1000 units wide, as SVG path data with integer coordinates. Keys:

    - ``viewBox``: ``[min_x, min_y, width, height]``.
    - ``countries``: alpha-2 code -> path ``d`` string.
    - ``unassigned``: path ``d`` strings for land that has no ISO 3166-1 code in the
      data and that ``REASSIGNED`` gives to no country (none at 1:110m: it gives Northern
      Cyprus to Cyprus and Somaliland to Somalia); drawn as plain land. Kosovo's land is
      XK's.
    - ``markers``: alpha-2 code -> ``[x, y]`` for every country without a usable
      outline at 1:110m, and for those whose outline is too small to see. Points come
      from the 1:50m data, then the 1:10m data, and only for the handful absent from
      both (overseas parts that Natural Earth folds into another country) from the
      hand-typed table ``FALLBACK_LATLON``.
    - ``detailScale`` and ``detail``: alpha-2 code -> path ``d`` string of the 1:50m
      outline, in units of 1/``detailScale``, of each country whose 1:110m outline is
      smaller than ``DETAIL_BELOW``, for maps zoomed in on it.

Antarctica is left out. Usage: ``python scripts/update_geodata.py``.
"""

from __future__ import annotations

import json
import math
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycountry
from npm_package import npm_pack, read_member
from shrink_flags import shrink_flags

FLAG_ICONS_VERSION = "7.5.0"
WORLD_ATLAS_VERSION = "2.0.2"

# Codes outside ISO 3166-1 that explainer knows (content/countries.py), by the name world-atlas
# gives their land: Kosovo's XK, which CLDR and the EU use.
EXTRA_CODES = {"XK": "Kosovo"}
# Natural Earth draws borders as they are held. A territory held by force is drawn here as the
# country the UN recognises it as part of, as most newsrooms' style books have it: Crimea,
# annexed by Russia in 2014, is Ukraine's (UN General Assembly resolution 68/262). So is land
# that Natural Earth draws as a state of its own without an ISO 3166-1 code, which the UN and
# ISO 3166 count as part of a country: Somaliland, which declared itself independent in 1991
# and no UN member recognises, is Somalia's; Northern Cyprus, which only Türkiye recognises, is
# Cyprus's. Each entry moves the pieces lying wholly in a box (west, south, east, north, in
# degrees) of one country's outline, or of land without a code, by the name world-atlas gives
# it, to a country's outline, joined to the land they border there, so that no border is drawn
# across what the map shows as one country.
REASSIGNED = (
    ("Crimea", "RU", "UA", (32.2, 44.2, 36.8, 46.4)),
    ("Somaliland", "Somaliland", "SO", (42.5, 7.9, 49.1, 11.6)),
    ("Northern Cyprus", "N. Cyprus", "CY", (32.5, 34.9, 34.7, 35.8)),
)
# Natural Earth gives Morocco the part of Western Sahara west of the sand wall that Morocco
# holds, and Western Sahara only the strip east of it. The UN lists Western Sahara as a
# non-self-governing territory and ISO 3166 gives it a code of its own (EH): Morocco's land south
# of 27°40'N, the parallel that parted Spanish Sahara from Morocco, is drawn as Western
# Sahara's. Each entry moves the land of one country south of a parallel (in degrees) to
# another's, joined to it as in REASSIGNED.
SOUTH_OF = (("Western Sahara", "MA", "EH", 27 + 40 / 60),)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "explainer" / "data"
FLAGS_DIR = DATA / "flags"
WORLD_JSON = DATA / "world.json"

WIDTH = 1000  # viewBox width; the height follows from the land's extent
PADDING = 6  # viewBox units kept free around the land and the markers
SMALL = 4  # outlines whose bounding box is narrower and lower than this get a marker too
DETAIL_BELOW = 40  # countries narrower and lower than this get a finer outline as well
DETAIL_SCALE = 10  # finer outlines are in tenths of a viewBox unit
DROPPED = {"AQ"}  # Antarctica: mostly empty space on a world map of this size

# (latitude, longitude) for the only codes that neither the 1:50m nor the 1:10m data
# gives on their own: Natural Earth draws them as part of another country.
FALLBACK_LATLON: dict[str, tuple[float, float]] = {
    "BQ": (12.18, -68.26),  # Bonaire, part of the Netherlands in Natural Earth
    "BV": (-54.42, 3.36),  # Bouvet Island, part of Norway
    "CC": (-12.16, 96.87),  # Cocos (Keeling) Islands, in "Indian Ocean Ter."
    "CX": (-10.49, 105.62),  # Christmas Island, in "Indian Ocean Ter."
    "GF": (3.93, -53.13),  # French Guiana, part of France
    "GP": (16.25, -61.58),  # Guadeloupe, part of France
    "MQ": (14.64, -61.02),  # Martinique, part of France
    "RE": (-21.12, 55.53),  # Réunion, part of France
    "SJ": (78.5, 17.0),  # Svalbard and Jan Mayen, part of Norway
    "TK": (-9.2, -171.85),  # Tokelau, part of New Zealand
    "YT": (-12.83, 45.14),  # Mayotte, part of France
}

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]


# ---------------------------------------------------------------------------------------
# Flags


def update_flags(tar: tarfile.TarFile, workdir: Path) -> None:
    """Write one light flag per known alpha-2 code and ISO 3166-2 subdivision code that the
    package draws, plus the licence, into FLAGS_DIR."""
    sources: dict[str, bytes] = {}
    missing = []
    codes = {*(country.alpha_2 for country in pycountry.countries), *EXTRA_CODES}
    for code in sorted(codes | subdivision_codes(tar)):
        svg = read_member(tar, f"flags/4x3/{code.lower()}.svg")
        if svg is None:
            missing.append(code)
        else:
            sources[code.lower()] = svg
    licence = read_member(tar, "LICENSE")
    if licence is None:
        sys.exit("flag-icons: no LICENSE in the package")
    flags, small = shrink_flags(sources, workdir / "flags")
    for folder, drawings in ((FLAGS_DIR, flags), (FLAGS_DIR / "small", small)):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.svg"):
            old.unlink()
        for code, svg in drawings.items():
            (folder / f"{code}.svg").write_bytes(svg)
    (FLAGS_DIR / "LICENSE").write_bytes(licence)
    sizes = sorted(map(len, flags.values()))
    in_lists = sorted(len(small.get(code, svg)) for code, svg in flags.items())
    print(f"flags: {len(flags)} files, {sum(sizes)} bytes, the largest {sizes[-1]}; "
          f"in lists {sum(in_lists)} bytes ({len(small)} lighter drawings), the largest "
          f"{in_lists[-1]}; no flag for: {', '.join(missing) or 'none'}")


def subdivision_codes(tar: tarfile.TarFile) -> set[str]:
    """Return the ISO 3166-2 codes of the parts of countries whose flags the package draws
    (``flags/4x3/gb-sct.svg``): its other drawings, such as the EU's, are no country's."""
    stems = (Path(name).stem for name in tar.getnames()
             if name.startswith("package/flags/4x3/") and name.endswith(".svg"))
    return {stem.upper() for stem in stems if "-" in stem and stem.upper() not in NO_FLAG
            and pycountry.subdivisions.get(code=stem.upper()) is not None}


# Parts of a country whose drawing in the package is no official flag: the Ulster Banner has
# stood for no government since 1972, and Northern Ireland's one official flag is the Union
# Flag, which newsrooms show for it.
NO_FLAG = frozenset({"GB-NIR"})


# ---------------------------------------------------------------------------------------
# World map


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Turn quantized, delta-encoded TopoJSON arcs into lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: Sequence[int], arcs: list[list[Point]]) -> Ring:
    """Join the arcs of one ring; a negative index ``~i`` means arc ``i`` reversed."""
    ring: Ring = []
    for index in indexes:
        points = arcs[~index][::-1] if index < 0 else arcs[index]
        ring.extend(points[1:] if ring else points)
    return ring


def polygons(geometry: dict, arcs: list[list[Point]]) -> list[Polygon]:
    """Return a geometry's polygons (each a list of rings, exterior first)."""
    if geometry["type"] == "Polygon":
        shapes = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        shapes = geometry["arcs"]
    else:
        return []
    out = []
    for shape in shapes:
        out += split_at_antimeridian([ring_points(ring, arcs) for ring in shape])
    return out


def unwrap(ring: Ring) -> Ring:
    """Make longitudes continuous, so a ring that crosses 180° runs past it instead."""
    out: Ring = []
    for lon, lat in ring:
        if out:
            lon += 360 * round((out[-1][0] - lon) / 360)
        out.append((lon, lat))
    return out


def clip(ring: Ring, limit: float, keep_below: bool, axis: int = 0) -> Ring:
    """Sutherland-Hodgman: keep the part of a ring on one side of a meridian (axis 0, the
    longitude) or of a parallel (axis 1, the latitude)."""

    def inside(point: Point) -> bool:
        return point[axis] <= limit if keep_below else point[axis] >= limit

    out: Ring = []
    for current, previous in zip(ring, ring[-1:] + ring[:-1], strict=True):
        if inside(current) != inside(previous):
            t = (limit - previous[axis]) / (current[axis] - previous[axis])
            crossing = [p + t * (c - p) for p, c in zip(previous, current, strict=True)]
            crossing[axis] = limit
            out.append((crossing[0], crossing[1]))
        if inside(current):
            out.append(current)
    return out


def split_at_antimeridian(shape: Polygon) -> list[Polygon]:
    """Cut a polygon that crosses 180° into pieces that each stay within ±180°."""
    rings = [unwrap(ring) for ring in shape]
    if all(-180 <= lon <= 180 for ring in rings for lon, _ in ring):
        return [rings]
    pieces = []
    for shift in (-360, 0, 360):
        moved = [[(lon + shift, lat) for lon, lat in ring] for ring in rings]
        cut = [clip(clip(ring, 180, True), -180, False) for ring in moved]
        if len(cut[0]) >= 3:
            pieces.append([ring for ring in cut if len(ring) >= 3])
    return pieces


def by_alpha2(topology: dict) -> tuple[dict[str, list[Polygon]], list[list[Polygon]]]:
    """Group a world-atlas topology's polygons by alpha-2 code, as SOUTH_OF and REASSIGNED
    have them; the land without a code that no entry gives to a country goes apart."""
    arcs = decode_arcs(topology)
    land: dict[str, list[Polygon]] = {}  # by alpha-2 code, or by name for land without one
    uncoded: list[str] = []
    extra = {name: code for code, name in EXTRA_CODES.items()}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        numeric = geometry.get("id")
        country = pycountry.countries.get(numeric=numeric) if numeric else None
        code = country.alpha_2 if country else extra.get(name)
        if code is None:
            uncoded.append(name)
        if code not in DROPPED:
            land.setdefault(code or name, []).extend(polygons(geometry, arcs))
    reassign(land)
    unassigned = [land.pop(name) for name in uncoded if name in land]
    return land, [shapes for shapes in unassigned if shapes]


def reassign(land: dict[str, list[Polygon]]) -> None:
    """Move land from one country (or from land without a code) to another, as SOUTH_OF and
    REASSIGNED say."""
    for _, held_by, part_of, parallel in SOUTH_OF:
        shapes = land.get(held_by, [])
        land[held_by] = [piece for shape in shapes for piece in cut(shape, parallel, north=True)]
        south = [piece for shape in shapes for piece in cut(shape, parallel, north=False)]
        land[part_of] = join(land.get(part_of, []), south)
    for _, held_by, part_of, (west, south, east, north) in REASSIGNED:
        inside = [shape for shape in land.get(held_by, [])
                  if all(west <= lon <= east and south <= lat <= north for lon, lat in shape[0])]
        land[held_by] = [shape for shape in land.get(held_by, []) if shape not in inside]
        land[part_of] = join(land.get(part_of, []), inside)


def cut(shape: Polygon, parallel: float, north: bool) -> list[Polygon]:
    """Return the part of a polygon north (or south) of a parallel, if any."""
    rings = [clip(ring, parallel, keep_below=not north, axis=1) for ring in shape]
    return [[ring for ring in rings if len(ring) >= 3]] if len(rings[0]) >= 3 else []


def join(pieces: list[Polygon], more: Iterable[Polygon]) -> list[Polygon]:
    """Add pieces of land to a country's, each joined to a piece it borders, so that no
    border is drawn across what the map shows as one country."""
    out = list(pieces)
    for piece in more:
        for i, other in enumerate(out):
            if joined := merge(other, piece):
                out[i] = joined
                break
        else:
            out.append(piece)
    return out


def merge(a: Polygon, b: Polygon) -> Polygon | None:
    """Return one polygon of two that share a stretch of border, left out; None if they
    share none. Neighbours in a topology share the points of their border."""
    sides_a, sides_b = sides(a[0]), sides(b[0])
    if (signed_area(a[0]) < 0) != (signed_area(b[0]) < 0):
        sides_b = [(q, p) for p, q in reversed(sides_b)]
    shared = set(sides_a) & {(q, p) for p, q in sides_b}
    if not shared:
        return None
    path_a, path_b = around(sides_a, shared), around(sides_b, {(q, p) for p, q in shared})
    if not (path_a and path_b and path_a[-1][1] == path_b[0][0]):
        sys.exit(f"world: two pieces of land near {min(shared)[0]} share more than one "
                 "stretch of border, which merge() cannot join")
    ring = [p for p, _ in path_a + path_b]
    return [[*ring, ring[0]], *a[1:], *b[1:]]


def around(ring: list[tuple[Point, Point]], border: set[tuple[Point, Point]]
           ) -> list[tuple[Point, Point]]:
    """Return the sides of a ring from the end of a border on round to its start, or none
    if the border is not one stretch of the ring."""
    ends = [i for i, side in enumerate(ring) if side not in border and ring[i - 1] in border]
    if len(ends) != 1:
        return []
    return [side for side in ring[ends[0]:] + ring[:ends[0]] if side not in border]


def sides(ring: Ring) -> list[tuple[Point, Point]]:
    """Return the sides of a ring, each from a point to the next, the last back to the first."""
    return [(p, q) for p, q in zip(ring, ring[1:] + ring[:1], strict=True) if p != q]


def natural_earth(lon: float, lat: float) -> Point:
    """Natural Earth projection (Šavrič et al. 2011, as in d3.geoNaturalEarth1), radians out."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


SCALE = WIDTH / (2 * natural_earth(180, 0)[0])


def project(lon: float, lat: float) -> Point:
    """Project to viewBox units: x from 0 to WIDTH, y down from the equator at 0."""
    x, y = natural_earth(lon, lat)
    return x * SCALE + WIDTH / 2, -y * SCALE


def signed_area(ring: Sequence[Point]) -> float:
    """Shoelace area; positive for clockwise rings in SVG's y-down coordinates."""
    return (
        sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))
        / 2
    )


def centroid(ring: Sequence[Point]) -> Point:
    """Area centroid of a ring (vertex mean when its area is zero)."""
    area = signed_area(ring)
    if abs(area) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def representative(shapes: Iterable[Polygon]) -> Point:
    """(lon, lat) of the centroid of the largest exterior ring."""
    exteriors = [shape[0] for shape in shapes if shape and shape[0]]
    return centroid(max(exteriors, key=lambda ring: abs(signed_area(ring))))


def rounded_ring(ring: Ring, *, hole: bool, scale: int = 1) -> list[tuple[int, int]] | None:
    """Project and round a ring, drop repeated points, and fix its winding for nonzero fill.

    Coordinates are in viewBox units times ``scale``.
    """
    out: list[tuple[int, int]] = []
    for lon, lat in ring:
        x, y = project(lon, lat)
        point = (round(x * scale), round(y * scale))
        if not out or point != out[-1]:
            out.append(point)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    area = signed_area([(float(x), float(y)) for x, y in out])
    if area == 0:
        return None
    if (area < 0) != hole:  # exteriors clockwise, holes counter-clockwise
        out.reverse()
    return out


def rounded_rings(shapes: Iterable[Polygon], scale: int = 1) -> list[list[tuple[int, int]]]:
    """Every ring of a country that is still a ring once projected and rounded."""
    rings: list[list[tuple[int, int]]] = []
    for shape in shapes:
        exterior = rounded_ring(shape[0], hole=False, scale=scale) if shape else None
        if exterior is None:
            continue  # a hole cannot outlive its exterior
        rings.append(exterior)
        rings += [r for r in (rounded_ring(h, hole=True, scale=scale) for h in shape[1:]) if r]
    return rings


def bounds(rings: Iterable[Sequence[tuple[int, int]]]) -> tuple[int, int, int, int]:
    """Bounding box (min x, min y, max x, max y) of some rings."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def is_small(rings: Iterable[Sequence[tuple[int, int]]] | None) -> bool:
    """Tell whether an outline (or a missing one) is narrower and lower than DETAIL_BELOW."""
    if rings is None:
        return True
    x0, y0, x1, y1 = bounds(rings)
    return x1 - x0 < DETAIL_BELOW and y1 - y0 < DETAIL_BELOW


def path_data(rings: Iterable[Sequence[tuple[int, int]]], dx: int, dy: int) -> str:
    """SVG path ``d``: an absolute moveto shifted by (dx, dy), then relative linetos."""
    parts = []
    for ring in rings:
        steps: list[int] = []
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            steps += [x1 - x0, y1 - y0]
        parts.append(f"M{ring[0][0] + dx} {ring[0][1] + dy}l{join_numbers(steps)}z")
    return "".join(parts)


def join_numbers(numbers: Iterable[int]) -> str:
    """Join integers for path data, leaving out the space before a minus sign."""
    text = ""
    for n in numbers:
        text += str(n) if not text or n < 0 else f" {n}"
    return text


def update_world(tar: tarfile.TarFile) -> None:
    """Project the 1:110m countries and write WORLD_JSON."""

    def topology(name: str) -> dict:
        raw = read_member(tar, name)
        if raw is None:
            sys.exit(f"world-atlas: no {name} in the package")
        return json.loads(raw)

    countries_110, unassigned_110 = by_alpha2(topology("countries-110m.json"))
    outlines: dict[str, list[list[tuple[int, int]]]] = {}
    small: dict[str, list[Polygon]] = {}
    for code, shapes in sorted(countries_110.items()):
        rings = rounded_rings(shapes)
        if rings:
            outlines[code] = rings
            x0, y0, x1, y1 = bounds(rings)
            if x1 - x0 >= SMALL or y1 - y0 >= SMALL:
                continue
        small[code] = shapes
    others = [rings for rings in map(rounded_rings, unassigned_110) if rings]

    wanted = sorted({*(c.alpha_2 for c in pycountry.countries), *EXTRA_CODES} - set(DROPPED))
    absent = [code for code in wanted if code not in outlines]
    lonlat: dict[str, Point] = {code: representative(small[code]) for code in small}
    for name in ("countries-50m.json", "countries-10m.json"):
        todo = [code for code in absent if code not in lonlat]
        if not todo:
            break
        finer, _ = by_alpha2(topology(name))
        lonlat.update({code: representative(finer[code]) for code in todo if code in finer})
    for code in absent:
        if code not in lonlat:
            lat, lon = FALLBACK_LATLON[code]
            lonlat[code] = (lon, lat)
            print(f"world: {code} placed from FALLBACK_LATLON")
    unused = sorted(set(FALLBACK_LATLON) - set(absent))
    if unused:
        print(f"world: FALLBACK_LATLON entries no longer needed: {', '.join(unused)}")

    fine, _ = by_alpha2(topology("countries-50m.json"))
    detailed = {code: rounded_rings(fine[code], DETAIL_SCALE) for code in wanted
                if code in fine and is_small(outlines.get(code))}
    points = {code: tuple(round(v) for v in project(*lonlat[code])) for code in lonlat}
    every_ring = [ring for rings in [*outlines.values(), *others] for ring in rings]
    x0, y0, x1, y1 = bounds([*every_ring, list(points.values())])
    dx, dy = PADDING - x0, PADDING - y0  # put the viewBox origin at 0 0
    world = {
        "source": f"world-atlas {WORLD_ATLAS_VERSION} (Natural Earth 1:110m), "
        "Natural Earth projection; made by scripts/update_geodata.py",
        "viewBox": [0, 0, x1 - x0 + 2 * PADDING, y1 - y0 + 2 * PADDING],
        "countries": {code: path_data(rings, dx, dy) for code, rings in outlines.items()},
        "unassigned": [path_data(rings, dx, dy) for rings in others],
        "markers": {code: [x + dx, y + dy] for code, (x, y) in sorted(points.items())},
        "detailScale": DETAIL_SCALE,
        "detail": {code: path_data(rings, dx * DETAIL_SCALE, dy * DETAIL_SCALE)
                   for code, rings in detailed.items() if rings},
    }
    text = json.dumps(world, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    WORLD_JSON.write_text(text + "\n", encoding="utf-8")
    both = sorted(code for code in small if code in outlines)
    print(
        f"world: {len(outlines)} outlines, {len(others)} unassigned, {len(points)} markers "
        f"({len(both)} of them also outlined: {', '.join(both)}), {len(detailed)} in detail; "
        f"{len(text) + 1} bytes"
    )


def main() -> None:
    """Download the pinned packages and rewrite the vendored data."""
    with tempfile.TemporaryDirectory() as tmp:
        with npm_pack(f"flag-icons@{FLAG_ICONS_VERSION}", Path(tmp)) as tar:
            update_flags(tar, Path(tmp))
        with npm_pack(f"world-atlas@{WORLD_ATLAS_VERSION}", Path(tmp)) as tar:
            update_world(tar)


if __name__ == "__main__":
    main()
