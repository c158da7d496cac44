"""The sizes of a picture: each width a page may ask for, in WebP and in JPEG or PNG.

A picture's header tells its size and so which files it gives (plan()); the files themselves
are made only when written (make()), and the same bytes always give the same files: no
metadata (no place or camera a photo's EXIF may hold), fixed encoder settings.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..content.model import Rendition

if TYPE_CHECKING:  # Pillow is imported when a picture is read: most builds have none
    from PIL import Image

# The widest the page shows a picture, in CSS pixels: the wide column of static/style.css
# (62rem); a picture narrower than that looks blurred on a wide screen.
SLOT = 992
# The widths made, up to the picture's own: a phone's, the column's, a sharp screen's.
WIDTHS = (480, SLOT, 2 * SLOT)
JPEG = {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True}
PNG = {"format": "PNG", "optimize": True}
WEBP = {"format": "WEBP", "quality": 80, "method": 6}
ROTATED = (5, 6, 7, 8)  # EXIF orientations that swap width and height
# The most pixels a picture may have: Pillow's own bound against decompression bombs (twice
# the count it warns at, 179 million), checked here so that the error can give the size. The
# largest camera sensors give 150 million; decoding one takes half a gigabyte.
MAX_PIXELS = 2 * 89_478_485
NOT_NAME = re.compile(r"[^a-z0-9]+")
SAVE_AGAIN = "save it again as a JPEG, PNG or WebP picture"  # what mends a file not read


@functools.cache
def spec() -> str:
    """Return what the files are made with: part of their keys in the memo, so that a change
    (of settings, or of Pillow) makes them anew."""
    import PIL

    return f"pictures 1, Pillow {PIL.__version__}: " + repr((WIDTHS, JPEG, PNG, WEBP))


class BadPicture(Exception):
    """A file that is not a picture Pillow can read, or one too large to: what is wrong with
    it, and how to mend it."""

    def __init__(self, message: str, hint: str = SAVE_AGAIN) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Header:
    """What a picture's header tells: its size upright, and whether its sizes are PNG files
    (it is a PNG, a drawing as a rule, or has see-through parts)."""

    width: int
    height: int
    png: bool


def read_header(data: bytes) -> Header:
    """Read a picture's size and kind without decoding it; BadPicture if it is none."""
    from PIL import UnidentifiedImageError

    try:
        with opened(data) as image:
            if image.format not in ("JPEG", "PNG", "WEBP"):
                raise BadPicture(f"a {image.format} file, not a JPEG, PNG or WebP picture")
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BadPicture(f"{width} × {height} pixels, over the {MAX_PIXELS // 10**6} "
                                 "million pixels explainer reads", f"make it smaller: pages show "
                                 f"it at most {WIDTHS[-1]} pixels wide, so a copy "
                                 f"{2 * WIDTHS[-1]} pixels wide is plenty")
            if image.getexif().get(0x0112) in ROTATED:
                width, height = height, width
            return Header(width, height, image.format == "PNG" or has_alpha(image))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise BadPicture(str(error) or "not a picture") from None


def opened(data: bytes) -> Image.Image:
    """Open a picture without decoding it; its size is bounded by read_header (MAX_PIXELS),
    which gives it, not by Pillow, which would warn, or fail without it."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    return Image.open(io.BytesIO(data))


def widths(header: Header) -> tuple[int, ...]:
    """Return the widths made of a picture: those of WIDTHS below its own, and the largest."""
    return (*(w for w in WIDTHS if w < min(header.width, WIDTHS[-1])),
            min(header.width, WIDTHS[-1]))


def file_name(source: str, key: str, width: int, extension: str) -> str:
    """Return the site path of one size of a picture: named by its source and its bytes."""
    stem = NOT_NAME.sub("-", posixpath.splitext(posixpath.basename(source))[0].lower())
    return f"media/{stem.strip('-') or 'picture'}-{key[:10]}-{width}.{extension}"


def plan(source: str, key: str, header: Header) -> tuple[Rendition, dict[str, tuple[int, str]]]:
    """Return a picture's rendition and its files (site path -> width and format)."""
    fallback = "png" if header.png else "jpg"
    files: dict[str, tuple[int, str]] = {}
    for width in widths(header):
        files[file_name(source, key, width, "webp")] = (width, "webp")
        files[file_name(source, key, width, fallback)] = (width, fallback)
    largest = widths(header)[-1]
    height = round(header.height * largest / header.width)
    sizes = tuple((path, w) for path, (w, f) in files.items() if f == fallback)
    webp = tuple((path, w) for path, (w, f) in files.items() if f == "webp")
    return Rendition(largest, height, file_name(source, key, largest, fallback),
                     "image/png" if header.png else "image/jpeg", sizes, webp), files


def make(data: bytes, width: int, kind: str) -> bytes:
    """Return one size of a picture in one format."""
    from PIL import Image, ImageOps

    with opened(data) as picture:
        image = ImageOps.exif_transpose(picture)
        image = image.convert("RGBA" if kind == "png" or has_alpha(image) else "RGB")
        if image.width != width:
            height = max(1, round(image.height * width / image.width))
            image = image.resize((width, height), Image.Resampling.LANCZOS)
        if kind == "jpg" and image.mode != "RGB":
            image = image.convert("RGB")
        out = io.BytesIO()
        image.save(out, **{"jpg": JPEG, "png": PNG, "webp": WEBP}[kind])
        return out.getvalue()


def has_alpha(image: Image.Image) -> bool:
    """Tell whether a picture has see-through parts to keep."""
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
