"""Draw the static map of a countries section as mapframe plans it, shaded by group.

Outlines are simplified once per zoom level, drawn in whole units of the frame, and left
out where they fall outside it, so a map stays a few dozen kilobytes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from html import escape
from typing import NamedTuple

from .geo import Box, Point, load_world, outline_box, path_rings, simplify
from .mapframe import (
    Frame,
    MapPlan,
    circled,
    country_box,
    fine_box,
    largest_piece,
    overlaps,
    plan_map,
)

TOLERANCE = 0.8  # drawn units (about a pixel on a desktop map) an outline may be moved
MARKER_RADIUS = 3
RING_RADIUS = 7
INSET_WIDTH = 0.3  # of the map's width
# Map units an inset shows across: 3 to 6 times its country's size (28 at least, for Hispaniola
# around Haiti), never under 10 (past which the land's 1:50m outlines turn to blocks), never
# so many that the country's finer outline gives way to a dot (see DETAIL_ZOOM).
INSET_SPAN, INSET_ZOOM, INSET_LEAST_SPAN = 28, (3, 6), 10
INSET_SPECK = 8  # drawn units: a country in an inset whose largest piece is smaller is circled
MARGIN = 6  # drawn units between the inset and the map's edge
DETAIL_ZOOM = 4.0  # from this zoom on, small countries are drawn from their finer outlines
_CLASS = re.compile(r"[a-z][a-z0-9-]*")


def world_map_svg(groups: Sequence[tuple[str, Sequence[str]]], *, title_id: str, title: str,
                  description_id: str | None = None, plan: MapPlan | None = None,
                  names: Mapping[str, str] | None = None) -> str:
    """Return an inline SVG map of the countries in `groups`, each shaded by its group's class.

    `groups` pairs a CSS class (``group-1``, ...) with alpha-2 codes, in order; codes the
    map has no shape for are skipped. Colours come from the site's CSS through the classes
    ``land``, the group's, ``marker``, ``ring`` (around a listed country too small to see)
    and ``inset``; `names` labels the inset. ``description_id`` names the element that
    describes the map, such as its caption.
    """
    classes = shading(groups)
    plan = plan or plan_map(sorted(classes), [])
    frame = plan.frame
    _, _, width, _ = load_world().view_box
    height = round(frame.height * frame.scale)
    described = f' aria-describedby="{escape(description_id)}"' if description_id else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 {width}'
        f' {height}" role="img" aria-labelledby="{escape(title_id)}"{described}>'
        f'<title id="{escape(title_id)}">{escape(title, quote=False)}</title>',
        *draw_layer(classes, frame),
    ]
    parts += draw_rings(classes, frame)
    if plan.inset:
        parts.append(draw_inset(plan.inset, classes, frame, (width, height), names or {}))
    parts.append("</svg>")
    return "".join(parts)


def shading(groups: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Return each code's class; a code listed in two groups takes the first."""
    classes: dict[str, str] = {}
    for css, codes in groups:
        if not _CLASS.fullmatch(css):
            raise ValueError(f"group class {css!r} is not a lowercase CSS class name")
        for code in codes:
            classes.setdefault(code.upper(), css)
    return classes


def draw_rings(classes: Mapping[str, str], frame: Frame) -> list[str]:
    """Return a circle around each listed country in the frame too small to see."""
    return [ring(code, classes[code], drawn) for code, drawn in circled(classes, frame)]


def ring(code: str, css: str, drawn: Box) -> str:
    """Return a circle around a country's drawn box."""
    x0, y0, x1, y1 = drawn
    radius = max(RING_RADIUS, round(max(x1 - x0, y1 - y0) / 2 + 3))
    return (f'<circle class="ring {css}" data-country="{code}" cx="{round((x0 + x1) / 2)}"'
            f' cy="{round((y0 + y1) / 2)}" r="{radius}" vector-effect="non-scaling-stroke"/>')


def draw_layer(classes: Mapping[str, str], frame: Frame) -> list[str]:
    """Return the plain land as one path, then each listed country's shape or marker."""
    world = load_world()
    view = frame.box()
    zoomed = frame.scale >= DETAIL_ZOOM
    plain = [d for code, d in frame_land(frame) if code not in classes]
    parts = [f'<path class="land" d="{"".join(plain)}"/>']
    markers = []
    for code in sorted(classes):
        box = drawn_box(code)
        if box is None or not overlaps(box, view):
            continue
        d = country_path(code, frame)
        if d:
            parts.append(f'<path class="land {classes[code]}" data-country="{code}" d="{d}"/>')
        if code in world.markers and (not d or not zoomed):
            x, y = frame.drawn((*world.markers[code], 0, 0))[:2]
            markers.append(f'<circle class="marker {classes[code]}" data-country="{code}"'
                           f' cx="{round(x)}" cy="{round(y)}" r="{MARKER_RADIUS}"/>')
    return parts + markers


@lru_cache(maxsize=256)  # each page of a site draws its frame's land once more
def frame_land(frame: Frame) -> tuple[tuple[str, str], ...]:
    """Return (code, outline drawn in the frame) of the land in a frame; '' for no country."""
    world = load_world()
    view = frame.box()
    codes = {*world.countries, *world.detail} if frame.scale >= DETAIL_ZOOM \
        else set(world.countries)
    land = [(code, country_path(code, frame)) for code in sorted(codes)
            if overlaps(drawn_box(code) or (0, 0, 0, 0), view)]
    land += [("", outline_path(d, 1, frame)) for d in world.unassigned
             if overlaps(outline_box(d), view)]
    return tuple(land)


def drawn_box(code: str) -> Box | None:
    """Return the box of every piece of a country the map draws: a frame that holds any of
    them draws it (Russia's Chukotka on a map of Alaska)."""
    world = load_world()
    return outline_box(world.countries[code]) if code in world.countries else country_box(code)


def country_path(code: str, frame: Frame) -> str:
    """Return a country's outline drawn in a frame, finer outlines when zoomed in."""
    world = load_world()
    if frame.scale >= DETAIL_ZOOM and code in world.detail:
        return outline_path(world.detail[code], world.detail_scale, frame)
    return outline_path(world.countries[code], 1, frame) if code in world.countries else ""


@lru_cache(maxsize=4096)  # a site's maps share most frames, the world's above all
def outline_path(d: str, unit: int, frame: Frame) -> str:
    """Return path data `d` (in 1/`unit` map units) simplified and drawn in a frame.

    A ring that lies in the frame is drawn as in any frame of the same scale, but for its
    first point: it is drawn once for them all.
    """
    level = 2 ** int(math.log2(max(frame.scale, 1)))
    view, kept = frame.box(), kept_box(frame)
    shift = round(frame.x * frame.scale), round(frame.y * frame.scale)
    parts = []
    for number, (box, ring) in enumerate(simplified(d, unit, level)):
        if not overlaps(box, view):
            continue  # an island outside the frame
        if kept[0] <= box[0] and box[2] <= kept[2] and kept[1] <= box[1] and box[3] <= kept[3]:
            parts.append(path_of(whole_ring(d, unit, level, number, frame.scale), shift))
        else:
            parts.append(path_of(drawn_ring(ring, frame)))
    return "".join(parts)


@cache  # one level of detail per outline, for all the frames that zoom alike
def simplified(d: str, unit: int, level: int) -> tuple[tuple[Box, list[Point]], ...]:
    """Return the rings of `d` in map units, with their boxes, simplified for a zoom `level`.

    Drawn at up to twice `level`, a point is off by at most twice TOLERANCE.
    """
    tolerance = TOLERANCE / level
    rings = []
    for ring in path_rings(d):
        points = simplify([(x / unit, y / unit) for x, y in ring], tolerance)
        xs, ys = [x for x, _ in points], [y for _, y in points]
        rings.append(((min(xs), min(ys), max(xs), max(ys)), points))
    return tuple(rings)


def kept_box(frame: Frame) -> Box:
    """Return the frame with the margin (2 drawn units) within which drawn_ring() keeps every
    point: a ring inside it is drawn whole."""
    pad = 2 / frame.scale
    x0, y0, x1, y1 = frame.box()
    return x0 - pad, y0 - pad, x1 + pad, y1 + pad


class Drawn(NamedTuple):
    """A ring drawn: its first point and its steps from there, in drawn units."""

    x: int
    y: int
    steps: str


@lru_cache(maxsize=16_384)  # the frames of one size share a scale, and most of their rings
def whole_ring(d: str, unit: int, level: int, number: int, scale: float) -> Drawn | None:
    """Return ring `number` of `d` drawn whole at a scale, from the map's corner."""
    ring = simplified(d, unit, level)[number][1]
    return drawn_ring(ring, Frame(0, 0, math.inf, math.inf, scale))


def path_of(drawn: Drawn | None, shift: tuple[int, int] = (0, 0)) -> str:
    """Return 'M x y l ... z' of a ring drawn, its first point moved back by shift."""
    if drawn is None:
        return ""
    return f"M{drawn.x - shift[0]} {drawn.y - shift[1]}l{drawn.steps}z"


def drawn_ring(ring: Sequence[Point], frame: Frame) -> Drawn | None:
    """Return a ring drawn in a frame, in whole units, steps relative; None if nothing is left.

    A point is drawn at its place at the frame's scale, rounded, less the frame's corner at
    that scale, rounded: so a ring is drawn alike in every frame of one scale, but for its first
    point. Points that lie beyond one edge of the frame together with the points kept on either
    side of them are dropped: the shortcut stays beyond that edge, out of sight. So are repeated
    points, and a ring that rounds to less than a triangle. No space goes before a minus sign.
    Every page draws thousands of points: keep this lean.
    """
    x0, y0, scale = frame.x, frame.y, frame.scale
    left, top, right, bottom = kept_box(frame)
    codes = [(x < left) | (x > right) << 1 | (y < top) << 2 | (y > bottom) << 3
             for x, y in ring]
    codes.append(0)  # the last point is kept
    shift_x, shift_y = round(x0 * scale), round(y0 * scale)
    steps: list[str] = []
    first_x, first_y = last_x, last_y = round(ring[0][0] * scale) - shift_x, \
        round(ring[0][1] * scale) - shift_y
    kept = codes[0]
    for (x, y), code, following in zip(ring, codes, codes[1:], strict=False):
        if kept & code & following:
            continue
        kept = code
        px, py = round(x * scale) - shift_x, round(y * scale) - shift_y
        if px != last_x or py != last_y:
            dx, dy = px - last_x, py - last_y
            steps.append(str(dx) if dx < 0 else f" {dx}")
            steps.append(str(dy) if dy < 0 else f" {dy}")
            last_x, last_y = px, py
    if (last_x, last_y) == (first_x, first_y) and steps:
        del steps[-2:]  # the ring came back to its start: 'z' closes it anyway
    if len(steps) < 4:
        return None
    return Drawn(first_x, first_y, "".join(steps).lstrip())


def draw_inset(code: str, classes: Mapping[str, str], frame: Frame,
               size: tuple[float, float], names: Mapping[str, str]) -> str:
    """Return a boxed, labelled inset that shows a country enlarged, in a free corner."""
    box = fine_box(code)
    assert box is not None  # plan_map only picks countries the map has
    if max(box[2] - box[0], box[3] - box[1]) > INSET_SPAN:  # islands strewn over an ocean
        box = country_box(code) or box  # where most of its land lies
    width = round(size[0] * INSET_WIDTH)
    height = round(width * 3 / 4)
    inner = inset_frame(box, width)
    x, y = corner(code, classes, frame, size, (width, height))
    label = escape(names.get(code, code), quote=False)
    # A country still too small to see in the inset (Monaco, the atolls of the Maldives or
    # Micronesia) is circled there too.
    rings = [ring(code, classes[code], inner.drawn(box))] if \
        largest_piece(code) * inner.scale < INSET_SPECK else []
    return (f'<g class="inset"><svg x="{x}" y="{y}" width="{width}" height="{height}"'
            f' viewBox="0 0 {width} {height}"><rect class="sea" width="{width}"'
            f' height="{height}"/>{"".join(draw_layer(classes, inner) + rings)}</svg>'
            f'<rect class="inset-frame" x="{x}" y="{y}" width="{width}" height="{height}"'
            f' vector-effect="non-scaling-stroke"/><text class="inset-label" x="{x + 6}"'
            f' y="{y + 5}" dominant-baseline="hanging">{label}</text></g>')


def inset_frame(box: Box, width: int) -> Frame:
    """Return the frame of an inset `width` drawn units wide, centred on a country's box."""
    size = max(box[2] - box[0], box[3] - box[1])
    least, most = INSET_ZOOM
    span = min(max(INSET_SPAN, least * size), max(most * size, INSET_LEAST_SPAN),
               width / DETAIL_ZOOM)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return Frame(cx - span / 2, cy - span * 3 / 8, span, span * 3 / 4, width / span)


def corner(code: str, classes: Iterable[str], frame: Frame, size: tuple[float, float],
           inset: tuple[int, int]) -> tuple[int, int]:
    """Return the corner for an inset that hides the fewest listed countries, the focal none."""
    width, height = inset
    left, right = MARGIN, round(size[0] - width - MARGIN)
    top, bottom = MARGIN, round(size[1] - height - MARGIN)
    drawn = {c: frame.drawn(box) for c in classes if (box := country_box(c))}

    def hidden(spot: tuple[int, int]) -> int:
        area = (spot[0], spot[1], spot[0] + width, spot[1] + height)
        return sum(10 if c == code else 1 for c, box in drawn.items() if overlaps(box, area))

    return min([(left, bottom), (right, bottom), (left, top), (right, top)], key=hidden)
