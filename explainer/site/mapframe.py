"""Choose what a country map shows: the region that holds the story, or the world.

The map shows the smallest region that holds the listed countries, or the whole world when
they are spread over it; a focal country (one of the first groups) too small to see there
gets an inset that shows it enlarged. Drawing the plan is mapview's job.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..content.model import Countries
from .geo import Box, load_world, main_box, path_rings

FOCAL_GROUP = 2  # the most countries of a group whose small one the map enlarges in an inset
INSET_BELOW = 16  # a focal country narrower and lower than this gets an inset
# A listed country narrower and lower than this (drawn units) is circled: on a whole-world map
# at a phone's 390 px, 28 units are about 10 px, the least a reader can find (Ecuador is 23).
# A focal country given an inset is smaller still, so a map with an inset circles it too.
RING_BELOW = 28
SPREAD = (0.45, 0.6)  # wider or taller than this share of the world: a world map
MIN_WIDTH = 160  # map units a region shows across, at least
ASPECT = (1.3, 1.8)  # width / height of a region: tall enough to read on a phone
# A region's width is MIN_WIDTH times a power of 2^(1/SIZE_STEPS), at most a fifth more than it
# needs, and its corner lies on a grid of 1/GRID of its width: a shift of at most a
# thirty-second of it, within the padding.
SIZE_STEPS = 4
GRID = 16


@dataclass(frozen=True)
class Frame:
    """A rectangle of the world map (in its units) drawn at `scale` drawn units per unit."""

    x: float
    y: float
    width: float
    height: float
    scale: float = 1.0

    def box(self) -> Box:
        """Return the rectangle as (min x, min y, max x, max y) in map units."""
        return self.x, self.y, self.x + self.width, self.y + self.height

    def drawn(self, box: Box) -> Box:
        """Return a box in map units as drawn in this frame."""
        s = self.scale
        return ((box[0] - self.x) * s, (box[1] - self.y) * s,
                (box[2] - self.x) * s, (box[3] - self.y) * s)


@dataclass(frozen=True)
class MapPlan:
    """What a map shows: its frame, and the focal country enlarged in an inset, if any."""

    frame: Frame
    world: bool
    inset: str | None = None


@cache
def country_box(code: str) -> Box | None:
    """Return where a country lies in map units, or None if the map has no shape for it: the
    box a frame holds, without the pieces the map's edge parts from the rest (see main_box)."""
    world = load_world()
    if code in world.countries:
        return main_box(world.countries[code])
    if code in world.markers:
        x, y = world.markers[code]
        return x, y, x, y
    return None


@cache
def fine_box(code: str) -> Box | None:
    """Return where a country lies, from its finer outline where the map has one: the box of
    a small country to a tenth of a unit, which country_box rounds to a point."""
    world = load_world()
    if code not in world.detail:
        return country_box(code)
    unit = world.detail_scale
    x0, y0, x1, y1 = main_box(world.detail[code], unit)
    return x0 / unit, y0 / unit, x1 / unit, y1 / unit


@cache
def largest_piece(code: str) -> float:
    """Return the size (width or height, the larger) of a country's largest piece of land in
    map units, from its finer outline where the map has one; 0 for a country drawn as a dot."""
    world = load_world()
    d, unit = (world.detail[code], world.detail_scale) if code in world.detail else \
        (world.countries.get(code, ""), 1)
    return max((max(max(xs) - min(xs), max(ys) - min(ys)) / unit
                for ring in path_rings(d) for xs, ys in [tuple(zip(*ring, strict=True))]),
               default=0.0)


def overlaps(a: Box, b: Box) -> bool:
    """Tell whether two boxes share any point."""
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def list_plan(section: Countries) -> MapPlan:
    """Frame a country list's map on its countries. The first groups (such as the lead and the
    host) are what the story is about, when they are small: in a group of many (29
    signatories), each is one of many, and a ring finds it; a small one of the few gets an
    inset."""
    groups = [group for group in section.groups if group.entries]
    focal = [entry.country.code for group in groups[:2] if len(group.entries) <= FOCAL_GROUP
             for entry in group.entries]
    return plan_map([entry.country.code for group in groups for entry in group.entries], focal,
                    section.map)


def plan_map(codes: Sequence[str], focal: Sequence[str], view: str = "auto") -> MapPlan:
    """Frame the map on `codes`; give the first too-small `focal` country an inset."""
    return framed(tuple(codes), tuple(focal), view)


@lru_cache(maxsize=1 << 12)  # a page and its pieces frame the same map: once
def framed(codes: tuple[str, ...], focal: tuple[str, ...], view: str) -> MapPlan:
    """Frame the map on `codes`, as plan_map() says."""
    _, _, width, height = load_world().view_box
    boxes = [box for box in map(country_box, codes) if box]
    world = Frame(0, 0, width, height)
    if not boxes or view == "world":
        frame = world
    else:
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        spread = x1 - x0 > SPREAD[0] * width or y1 - y0 > SPREAD[1] * height
        frame = world if view == "auto" and spread else region((x0, y0, x1, y1))
    inset = next((code for code in focal if too_small(code, frame)), None)
    return MapPlan(frame, frame == world, inset)


def region(box: Box) -> Frame:
    """Return a frame around a box: padded, wide enough, of a readable shape, on the map.

    Frames come in a few sizes and places (see SIZE_STEPS), so that stories about one part of
    the world share a frame, whose land a build draws once.
    """
    _, _, world_width, world_height = load_world().view_box
    pad = max(10.0, 0.12 * max(box[2] - box[0], box[3] - box[1]))
    needed = box[3] - box[1] + 2 * pad
    width = stepped(max(box[2] - box[0] + 2 * pad, MIN_WIDTH, needed * ASPECT[0]))
    # Two shapes: wide, or (for a tall region) less wide.
    height = width / ASPECT[1] if needed <= width / ASPECT[1] else width / ASPECT[0]
    width, height = min(width, world_width), min(height, world_height)
    grid = width / GRID
    x = min(max(round((box[0] + box[2] - width) / 2 / grid) * grid, 0), world_width - width)
    y = min(max(round((box[1] + box[3] - height) / 2 / grid) * grid, 0), world_height - height)
    return Frame(round(x), round(y), round(width), round(height), world_width / round(width))


def stepped(width: float) -> float:
    """Return the smallest frame width, MIN_WIDTH times a step of 2^(1/SIZE_STEPS), that holds
    `width`."""
    return MIN_WIDTH * 2 ** (math.ceil(SIZE_STEPS * math.log2(width / MIN_WIDTH) - 1e-9)
                             / SIZE_STEPS)


def too_small(code: str, frame: Frame) -> bool:
    """Tell whether a country in the frame is drawn too small to make out."""
    box = country_box(code)
    if box is None or not overlaps(box, frame.box()):
        return False
    x0, y0, x1, y1 = frame.drawn(box)
    return max(x1 - x0, y1 - y0) < INSET_BELOW


def circled(codes: Iterable[str], frame: Frame) -> list[tuple[str, Box]]:
    """Return each of `codes` in the frame too small to see, with its box as drawn: the map
    circles it. A map that circles none has no ring for its caption to speak of."""
    found = []
    for code in sorted(codes):
        box = country_box(code)
        if box is None or not overlaps(box, frame.box()):
            continue
        drawn = frame.drawn(box)
        if drawn[2] - drawn[0] < RING_BELOW and drawn[3] - drawn[1] < RING_BELOW:
            found.append((code, drawn))
    return found
