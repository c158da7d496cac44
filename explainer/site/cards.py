"""The picture a shared link shows when an explainer has none: its title, the site's name and
the story's map; and the publisher's logo made of the site's name, when site.yml names none.

Drawn with a font shipped with explainer (DejaVu Sans Bold, cut down to the Latin, Greek,
Cyrillic, Hebrew and Arabic alphabets by scripts/card_font.py), so that a card looks the same
on every machine that has the same Pillow; the same words always give the same bytes. A text
in another script (Chinese, Hindi...) is left off the card rather than drawn as boxes, and so
is a right-to-left one where Pillow cannot lay it out (without libraqm).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..content.model import CATCH_ALL, CountryEntry, role_key
from .geo import load_world, main_box, ring_centre

if TYPE_CHECKING:  # Pillow is imported when a card is drawn: a site without a base URL has none
    from PIL import Image, ImageFont

CARD = (1200, 630)
LOGO = (600, 60)
SCALE = 2  # drawn at twice the size, then reduced: smooth edges without antialiased shapes
PAPER, INK, ACCENT, LAND, RULE = "#f5f1e8", "#1b1d21", "#a4321c", "#d6d1c5", "#a39b8b"
# The colours of static/style.css for the groups of a country list, strongest first, so that
# the card's map reads like the page's; the catch-all 'other' muted.
GROUP_COLOURS = ("#a4321c", "#1d4f91", "#2f6b3c", "#b06000", "#8a3f78", "#0077cc")
CATCH_ALL_COLOUR = "#686c75"
MAP_BOX = (640, 120, 1152, 566)  # left, top, right, bottom: the story's countries fit in it
# Where land is drawn around them: off the card's right and bottom edges and under its bar, so
# that no land ends in a straight cut; on the left it fades into the paper over FADE pixels.
LAND_BOX = (600, 12, 1200, 630)
FADE = 56
TEXT_LEFT, TEXT_RIGHT = 56, 600
PATH_TOKEN = re.compile(r"[Mlz]|-?\d+")
FONT = Path(__file__).resolve().parent.parent / "data" / "fonts" / "card.ttf"
MISSING = "\ue000"  # a private-use letter no font draws: its box is what a missing letter gets
# Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
Point = tuple[float, float]


@cache
def spec() -> str:
    """Return how cards are drawn: part of their keys in the memo, so that a change (of the
    design, the font, or of Pillow and its layout) draws them anew."""
    import PIL

    return f"cards 3, Pillow {PIL.__version__}, {layout()}: " + repr((
        CARD, LOGO, GROUP_COLOURS, MAP_BOX, LAND_BOX, FADE, PAPER, INK, ACCENT, LAND,
        CATCH_ALL_COLOUR, RULE, FONT.stat().st_size))


@cache
def layout() -> str:
    """Return how Pillow lays text out: 'raqm' (which joins Arabic letters and runs Hebrew and
    Arabic right to left) when it has libraqm, else 'basic'."""
    from PIL import features

    return "raqm" if features.check("raqm") else "basic"


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    """Return the cards' font at a size (in pixels of the drawing)."""
    from PIL import ImageFont

    engine = ImageFont.Layout.RAQM if layout() == "raqm" else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(FONT), size, layout_engine=engine)


def drawable(text: str) -> bool:
    """Tell whether the cards' font draws every letter of a text, in its direction."""
    return all(map(has_letter, set(text))) and (layout() == "raqm" or not RTL.search(text))


@cache
def has_letter(char: str) -> bool:
    """Tell whether the cards' font has a letter: one it lacks is drawn as its 'missing' box."""
    return char.isspace() or mask_of(char) != mask_of(MISSING)


@cache
def mask_of(char: str) -> tuple[tuple[int, int], bytes]:
    """Return the size and pixels of a letter as the font draws it."""
    mask = font(40).getmask(char)
    return mask.size, bytes(mask)


def lines_of(text: str, size: int, width: int, most: int) -> list[str]:
    """Wrap a text into at most `most` lines of a width, ending with '…' if cut short."""
    lines: list[str] = []
    for word in text.split():
        if lines and font(size).getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(",;:") + "…"
    return lines


@cache  # every card draws the same outlines
def rings(d: str) -> tuple[tuple[Point, ...], ...]:
    """Return the rings of an outline with at least three points."""
    return tuple(tuple(ring) for ring in outlines(d) if len(ring) > 2)


def outlines(d: str) -> Iterator[list[Point]]:
    """Yield the rings of an outline written as 'M x y', relative 'l' steps and 'z'."""
    ring: list[Point] = []
    command, numbers = "M", []
    for token in PATH_TOKEN.findall(d):
        if token.isalpha():
            command, numbers = token, []
            if token == "z" and ring:
                yield ring
                ring = []
            continue
        numbers.append(int(token))
        if len(numbers) == 2:
            dx, dy = numbers
            if command == "M" or not ring:
                if ring:
                    yield ring
                ring = [(dx, dy)]
            else:
                ring.append((ring[-1][0] + dx, ring[-1][1] + dy))
            numbers = []
    if ring:
        yield ring


def shades(entries: Iterable[CountryEntry]) -> dict[str, str]:
    """Return each country's colour: by its group's place among those with countries, as
    the page's map shades them; the catch-all muted, groups past the last share its colour."""
    ranks = sorted({entry.rank for entry in entries if role_key(entry.role) != CATCH_ALL})
    return {entry.country.code: CATCH_ALL_COLOUR if entry.rank not in ranks else
            GROUP_COLOURS[min(ranks.index(entry.rank), len(GROUP_COLOURS) - 1)]
            for entry in entries}


def map_view(colours: Mapping[str, str]) -> tuple[float, float, float]:
    """Return the map's scale and offset that fit the story's countries into MAP_BOX."""
    world = load_world()
    # Where each country mainly lies (Russia without its piece past 180°, see main_box).
    points = [corner for code in colours if code in world.countries
              for box in [main_box(world.countries[code])]
              for corner in ((box[0], box[1]), (box[2], box[3]))]
    points += [world.markers[code] for code in colours if code in world.markers]
    x0, y0, width, height = world.view_box
    if points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        pad = 40
        x0, y0 = max(min(xs) - pad, 0), max(min(ys) - pad, 0)
        width, height = min(max(xs) + pad, width) - x0, min(max(ys) + pad, height) - y0
    box_w, box_h = MAP_BOX[2] - MAP_BOX[0], MAP_BOX[3] - MAP_BOX[1]
    scale = min(box_w / max(width, 1), box_h / max(height, 1), 4.0)
    left = MAP_BOX[0] + (box_w - width * scale) / 2 - x0 * scale
    top = MAP_BOX[1] + (box_h - height * scale) / 2 - y0 * scale
    return scale, left, top


def draw_map(image: Image.Image, colours: Mapping[str, str]) -> None:
    """Draw the world into LAND_BOX, framed on the story's countries (code: colour), which fit
    in MAP_BOX, in their colours."""
    from PIL import Image, ImageDraw

    world = load_world()
    scale, left, top = map_view(colours)
    size = ((LAND_BOX[2] - LAND_BOX[0]) * SCALE, (LAND_BOX[3] - LAND_BOX[1]) * SCALE)
    box = Image.new("RGB", size, PAPER)
    draw = ImageDraw.Draw(box)

    def at(point: Point) -> Point:
        return ((left - LAND_BOX[0] + point[0] * scale) * SCALE,
                (top - LAND_BOX[1] + point[1] * scale) * SCALE)

    for code, d in sorted(world.countries.items()):
        colour = colours.get(code, LAND)
        for ring in rings(d):
            draw.polygon([at(p) for p in ring], fill=colour, outline=PAPER)
    for d in world.unassigned:
        for ring in rings(d):
            draw.polygon([at(p) for p in ring], fill=LAND)
    for code in sorted(colours):
        centre = ring_centre(code, world) if code in world.countries or code in world.markers \
            else None
        if centre is not None:  # too small to see: circled, as on the page's map
            x, y = at(centre)
            radius = 7 * SCALE
            draw.ellipse((x - radius, y - radius, x + radius, y + radius),
                         outline=colours[code], width=2 * SCALE)
    fade = Image.new("L", size, 255)
    for x in range(FADE * SCALE):
        fade.paste(round(255 * x / (FADE * SCALE)), (x, 0, x + 1, size[1]))
    image.paste(box, (LAND_BOX[0] * SCALE, LAND_BOX[1] * SCALE), fade)


def social_card(title: str, site_title: str, colours: Mapping[str, str]) -> bytes:
    """Return a 1200 x 630 JPEG: the site's name (in capitals as its language writes them:
    capitals.py), the explainer's title and its map."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (CARD[0] * SCALE, CARD[1] * SCALE), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, CARD[0] * SCALE, 12 * SCALE), fill=ACCENT)
    draw_map(image, colours)
    name = lines_of(site_title, 26 * SCALE, (TEXT_RIGHT - TEXT_LEFT) * SCALE, 1) \
        if drawable(site_title) else []
    draw.text((edge(site_title), 64 * SCALE), name[0] if name else "", font=font(26 * SCALE),
              fill=ACCENT, anchor="ra" if RTL.search(site_title) else "la")
    size = 58 if len(title) < 70 else 48
    y = 128
    shown = title if drawable(title) else ""  # the link's title shows beside the card anyway
    for line in lines_of(shown, size * SCALE, (TEXT_RIGHT - TEXT_LEFT) * SCALE, 6):
        draw.text((edge(title), y * SCALE), line, font=font(size * SCALE), fill=INK,
                  stroke_width=SCALE, stroke_fill=INK,
                  anchor="ra" if RTL.search(title) else "la")
        y += round(size * 1.18)
    draw.line((TEXT_LEFT * SCALE, 574 * SCALE, TEXT_RIGHT * SCALE, 574 * SCALE), fill=RULE,
              width=2 * SCALE)
    out = io.BytesIO()
    image.reduce(SCALE).save(out, format="JPEG", quality=88, optimize=True)
    return out.getvalue()


def edge(text: str) -> int:
    """Return where a text's lines start: the left edge of the text's column, or its right edge
    for a text written right to left."""
    return (TEXT_RIGHT if RTL.search(text) else TEXT_LEFT) * SCALE


def logo(site_title: str) -> bytes:
    """Return a 600 x 60 PNG of the site's name, in capitals as its language writes them, as a
    publisher's logo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (LOGO[0] * SCALE, LOGO[1] * SCALE), "#ffffff")
    draw = ImageDraw.Draw(image)
    [name] = lines_of(site_title, 34 * SCALE, (LOGO[0] - 24) * SCALE, 1) or [""]
    draw.text((12 * SCALE, LOGO[1] * SCALE // 2), name, font=font(34 * SCALE), fill=ACCENT,
              anchor="lm", stroke_width=SCALE // 2, stroke_fill=ACCENT)
    return png(image.reduce(SCALE))


def png(image: Image.Image) -> bytes:
    """Return a picture as PNG bytes, without metadata."""
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
