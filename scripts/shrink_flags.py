"""Make the vendored flags light: optimise every flag, trace the few too detailed to pay.

Used by update_geodata.py. A flag is shown 24×18 CSS pixels in lists and about 35×26 on a
country's page, so 70×52 at twice the pixel density is the finest it is ever seen, and
48×36 the finest in a list.

1. Every flag goes through svgo (from the npm registry, pinned below) with coordinates
   rounded to whole units of its 640×480 viewBox (0.15 px at that size), which also drops
   metadata and merges paths; with one decimal instead for the odd flag that whole units
   visibly break (checked by rendering both).
2. A flag still over KEEP bytes carries a coat of arms or an emblem drawn in far more
   detail than 48×36 px can show (Serbia's was 179 KB). It is rendered at twice that size
   (96×72, resvg) and traced back into a few flat shapes (vtracer), with coarser settings
   on the LADDER until it fits CAP, then optimised like the others. A trace is kept only
   if it is lighter and, at 24×18, differs from the original in no more than LOST pixels.
3. Lists show two hundred flags at 24×18, where a trace of a 48 to 96 px rendering looks
   the same as the drawing and often weighs a fraction of it. Every flag over SMALL_KEEP
   bytes is traced down the SMALL_LADDER too; the first trace this small (or else the
   lightest) that loses no more than LOST_SHOWN pixels at SHOWN, twice a list's size (where
   a thin sword still shows), becomes the flag's small drawing, for lists only. A country's
   page keeps the full drawing, which shows the stars and arms that a trace turns to specks.

Needs ``npm`` and
the Python packages ``resvg-py``, ``vtracer`` and ``pillow``
(``python -m pip install resvg-py vtracer pillow``); none of this runs when a site is built.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

try:
    import resvg_py
    import vtracer
    from PIL import Image, ImageChops
except ImportError:
    sys.exit("flags: python -m pip install resvg-py vtracer pillow (see scripts/shrink_flags.py)")

SVGO_VERSION = "4.1.0"
KEEP = 1_000  # bytes: an optimised flag this small is kept as it is drawn
CAP = 1_000  # bytes: the first trace on the ladder this small is taken
MAX = 8_000  # bytes: no flag may be larger, however much a trace loses
# A drawing may differ from the original in this many pixels at 24×18 (the size of a flag
# in lists) by more than WRONG in a channel: enough for a simplified coat of arms, too
# few for a lost star (Myanmar's, when rounding broke it) or a ring of small ones.
LOST = 25
WRONG = 48
SVGO_CONFIG = """export default {
  multipass: true,
  floatPrecision: %d,
  plugins: ['preset-default', 'removeXlink'],
};
"""
# vtracer: flat polygons, specks under 4 px dropped; colours to 4 bits a channel, or to 3.
FINE = {"colormode": "color", "hierarchical": "stacked", "mode": "polygon",
        "filter_speckle": 4, "color_precision": 4, "layer_difference": 48,
        "corner_threshold": 60, "length_threshold": 6.0, "path_precision": 0}
COARSE = {**FINE, "color_precision": 3, "layer_difference": 64}
LADDER = ((96, FINE), (96, COARSE), (80, FINE))  # 4:3 renderings, finest first
SMALL_KEEP = 400  # bytes: a flag this light is shown in lists as it is drawn
SHOWN = (48, 36)  # a list's 24×18 at twice the pixel density: where a lighter drawing is judged
LOST_SHOWN = 4 * LOST  # as many of its pixels, for four times as many
SMALL_LADDER = (*LADDER, (64, FINE), (64, COARSE), (48, FINE))
# flag-icons sizes every <use> of a plain shape to 100%, which changes nothing there.
USE_SIZE = re.compile(rb'(<use\b[^>]*?)\s+width="100%"\s+height="100%"')


def shrink_flags(sources: Mapping[str, bytes],
                 workdir: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Return each flag (by file stem) optimised, or traced where that is much lighter, and
    the small drawing of each flag that has a lighter one for lists."""
    svgo = install_svgo(workdir)
    plain = {code: USE_SIZE.sub(rb"\1", svg) for code, svg in sources.items()}
    rounded, precise = (run_svgo(svgo, plain, workdir / f"digits-{digits}", digits)
                        for digits in (0, 1))
    looks = {code: render(svg) for code, svg in sources.items()}
    # Whole-number rounding breaks the odd flag drawn in a scaled-down coordinate system.
    chosen = {code: rounded[code] if lost(looks[code], rounded[code]) == 0 else precise[code]
              for code in sources}
    heavy = sorted(code for code, svg in chosen.items() if len(svg) > SMALL_KEEP)
    traces = [run_svgo(svgo, {code: trace(sources[code], width, options) for code in heavy},
                       workdir / f"traced-{step}", 0)
              for step, (width, options) in enumerate(SMALL_LADDER)]
    for code in heavy:
        if len(chosen[code]) > KEEP:
            ladder = [traced[code] for traced in traces[:len(LADDER)]]
            best = next((svg for svg in ladder if len(svg) <= CAP), min(ladder, key=len))
            if len(best) < len(chosen[code]) and (lost(looks[code], best) <= LOST
                                                  or len(chosen[code]) > MAX):
                chosen[code] = best
    small = {}
    for code in heavy:
        good = [traced[code] for traced in traces if len(traced[code]) < len(chosen[code])
                and lost(looks[code], traced[code], SHOWN) <= LOST_SHOWN]
        if good:
            small[code] = next((svg for svg in good if len(svg) <= SMALL_KEEP),
                               min(good, key=len))
    return chosen, small


def install_svgo(workdir: Path) -> Path:
    """Install the pinned svgo with npm into workdir; return its command."""
    folder = workdir / "svgo"
    folder.mkdir(parents=True)
    subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--silent",
                    "--prefix", str(folder), f"svgo@{SVGO_VERSION}"], check=True)
    return folder / "node_modules" / ".bin" / "svgo"


def run_svgo(svgo: Path, svgs: Mapping[str, bytes], folder: Path,
             digits: int) -> dict[str, bytes]:
    """Optimise SVG documents with svgo in one run, coordinates to `digits` decimals."""
    source, output = folder / "in", folder / "out"
    source.mkdir(parents=True)
    for code, svg in svgs.items():
        (source / f"{code}.svg").write_bytes(svg)
    config = folder / "svgo.config.mjs"
    config.write_text(SVGO_CONFIG % digits, encoding="utf-8")
    subprocess.run([str(svgo), "--quiet", "--config", str(config), "--folder", str(source),
                    "--output", str(output)], check=True)
    return {code: (output / f"{code}.svg").read_bytes().strip() + b"\n" for code in svgs}


def render(svg: bytes, width: int = 96) -> Image.Image:
    """Render a 4:3 flag on white, `width` pixels wide."""
    png = resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=width,
                                height=width * 3 // 4, background="white")
    return Image.open(io.BytesIO(bytes(png))).convert("RGB")


def lost(original: Image.Image, svg: bytes, size: tuple[int, int] = (24, 18)) -> int:
    """Count the pixels of a flag at `size` that a new drawing of it gets clearly wrong."""
    difference = ImageChops.difference(original.resize(size, Image.Resampling.BOX),
                                       render(svg).resize(size, Image.Resampling.BOX))
    return sum(1 for pixel in difference.get_flattened_data() if max(pixel) > WRONG)


def trace(svg: bytes, width: int, options: Mapping[str, object]) -> bytes:
    """Render a 4:3 flag `width` pixels wide and trace it into flat shapes."""
    height = width * 3 // 4
    png = io.BytesIO()
    render(svg, width).save(png, "PNG")
    drawing = vtracer.convert_raw_image_to_svg(png.getvalue(), img_format="png", **options)
    body = drawing[drawing.index(">", drawing.index("<svg")) + 1:]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
            + body).encode("utf-8")
