"""Pictures, embeds and the list of changes: the readers of their fields.

An image names a file, which the site checks on every build (the explainer file's bytes do not
tell whether the picture is there); an embed names a page of a service newsrooms embed, which
the site checks against its allowlist (built in, and extended by site.yml).
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from yaml.nodes import Node

from ..errors import Problem
from . import model
from .clocks import all_before, as_given, may_agree
from .fields import Fields, mapping

if TYPE_CHECKING:
    from .context import Context
    from .schema import Body
    from .sources import Block

IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".webp")
# The services an embed section may show, by the host of the address the frame loads.
SERVICES = {
    "datawrapper.dwcdn.net": "Datawrapper",
    "flo.uri.sh": "Flourish",
    "www.youtube-nocookie.com": "YouTube",
    "player.vimeo.com": "Vimeo",
    "e.infogram.com": "Infogram",
    "embed.documentcloud.org": "DocumentCloud",
    "www.google.com": "Google Maps",  # only its /maps/embed pages: see frame_address()
}
# The pages of the services readers share, whose embeddable addresses frame_address() reads:
# an address of another page of theirs is a mistake, not a service the site lacks.
VIMEO = ("Vimeo", "give the address of the video's page, such as https://vimeo.com/76979871")
YOUTUBE = ("YouTube", "give the address of the video's page, such as "
                      "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
SHARE_PAGES = {
    "vimeo.com": VIMEO, "www.vimeo.com": VIMEO,
    "www.youtube.com": YOUTUBE, "youtube.com": YOUTUBE, "m.youtube.com": YOUTUBE,
    "youtu.be": YOUTUBE,
    "www.datawrapper.de": ("Datawrapper", "give the chart's published address, such as "
                                          "https://datawrapper.dwcdn.net/AbCdE/1/"),
}
# What a frame may do: run its scripts, open links in a new tab, go full screen. Its scripts
# run in an origin of their own (no allow-same-origin: with allow-scripts it would let a
# frame of the page's own site undo the sandbox), so it has no cookies or storage.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-presentation"
# Video players that refuse to play without their own origin: their frames are not sandboxed,
# and, like any frame of another site, still cannot reach the page.
OWN_ORIGIN = frozenset({"YouTube", "Vimeo"})
ASPECT = re.compile(r"^(\d{1,2}):(\d{1,2})$")
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
DATAWRAPPER_ID = re.compile(r"^[A-Za-z0-9]{5}$")
# Where a video link starts: seconds, or hours, minutes and seconds ("1h2m3s").
START_TIME = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")
IFRAME = re.compile(r"<\s*iframe\b", re.IGNORECASE)


def image_name(ctx: Context, fields: Fields, node: Node) -> tuple[str, ...] | None:
    """Return the input files an image's name may stand for, or report a name that is no
    image file of the project."""
    name = fields.as_text(node, "file")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", name) or name.startswith("//"):
        fields.reader.error(node, f"'file' must name a file of the project, found '{name}'",
                            "copy the picture into the explainer's folder or into static/, "
                            "and name it here")
        return None
    normal = posixpath.normpath(name)
    if normal != name or name.startswith(("/", "..")) or "\\" in name:
        fields.reader.error(node, f"'file' must be a path inside the project, found '{name}'",
                            "name it relative to the explainer's folder or to static/, "
                            "without '..'")
        return None
    if not name.lower().endswith(IMAGE_TYPES):
        fields.reader.error(node, f"'file' must be a JPEG, PNG or WebP picture, found '{name}'",
                            f"use a file ending in {', '.join(IMAGE_TYPES)}")
        return None
    folder = posixpath.dirname(ctx.source.display)
    return (posixpath.join(folder, name), f"overrides/static/{name}", f"static/{name}")


def read_picture(ctx: Context, fields: Fields) -> model.Picture | None:
    """Read a picture's fields (file, alt, caption, credit), noting its file for the site."""
    node = fields.get("file", True, "airport.jpg")
    alt = fields.text("alt", required=True)
    caption_html = read_caption(ctx, fields)
    credit = fields.short("credit")
    if node is None:
        return None
    candidates = image_name(ctx, fields, node)
    if candidates is None:
        return None
    line = fields.reader.line_of(node)
    name = node.value.strip()
    ctx.uses.append(model.Use("image", name, line, node.start_mark.column + 1,
                              ctx.source.line_text(line), candidates))
    return model.Picture(name, alt, caption_html, credit, line)


def read_caption(ctx: Context, fields: Fields) -> str:
    """Read a caption: a line of Markdown, as HTML."""
    node = fields.get("caption", False, "some text")
    if node is None:
        return ""
    return ctx.inline(fields.as_text(node, "caption"), fields.reader, node)


def read_lead_image(ctx: Context, fields: Fields) -> model.Picture | None:
    """Read the front matter's lead image: a mapping of picture fields."""
    node = fields.get("image", False, "{file: airport.jpg, alt: ...}")
    if node is None:
        return None
    item = mapping(fields.reader, node, "image")
    if item is None:
        return None
    picture = read_picture(ctx, item)
    item.finish()
    return picture


def read_image(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read a picture in the flow of the page."""
    return model.Image("image", block.fence_line, "", *body, picture=read_picture(ctx, fields))


def frame_address(url: str) -> tuple[str, str] | None:
    """Return the address a frame loads for a page of a known service, and the service's
    name; None for an address of another site."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    video = None
    if host in ("www.youtube.com", "youtube.com", "m.youtube.com"):
        video = query.get("v", [""])[0] if parts.path == "/watch" else \
            parts.path.removeprefix("/embed/").removeprefix("/shorts/").removeprefix("/live/")
    elif host == "youtu.be":
        video = parts.path.strip("/")
    if video is not None:
        if not YOUTUBE_ID.match(video):
            return None
        start = seconds((query.get("t") or query.get("start") or [""])[0])
        return (f"https://www.youtube-nocookie.com/embed/{video}"
                + (f"?start={start}" if start else ""), "YouTube")
    chart = parts.path.removeprefix("/_/").strip("/")
    if host in ("www.datawrapper.de", "datawrapper.de") and parts.path.startswith("/_/") \
            and DATAWRAPPER_ID.match(chart):  # a chart's share page: its embed is on dwcdn.net
        return f"https://datawrapper.dwcdn.net/{chart}/", "Datawrapper"
    # A video's page: vimeo.com/123456, or in a channel, a group or a showcase, ending with it.
    video_number = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if host in ("vimeo.com", "www.vimeo.com") and video_number.isdigit():
        return f"https://player.vimeo.com/video/{video_number}", "Vimeo"
    if host == "www.google.com" and not parts.path.startswith("/maps/embed"):
        return None
    return (url, SERVICES[host]) if host in SERVICES else None


def seconds(time: str) -> int:
    """Return the seconds a video link starts at ('42', '42s', '1m30s', '1h2m'); 0 if none."""
    found = START_TIME.fullmatch(time)
    if found is None:
        return 0
    hours, minutes, secs = (int(part or 0) for part in found.groups())
    return hours * 3600 + minutes * 60 + secs


def read_embed(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read an embed: a chart, map, video or document from a service, shown in a frame."""
    node = fields.get("url", True, "https://datawrapper.dwcdn.net/AbCdE/1/")
    url = fields.url("url", required=False) if node is not None else None
    title = fields.short("title", required=True)
    aspect = read_aspect(fields)
    caption_html = read_caption(ctx, fields)
    frame, service = url or "", ""
    if url is not None and node is not None:
        if not url.startswith("https://"):
            fields.reader.error(node, f"an embed must load over https://, found '{url}'",
                                "use the https:// address the service gives for embedding")
        known = frame_address(url)
        host = urlsplit(url).hostname or ""
        if known is not None:
            frame, service = known
        elif host in SHARE_PAGES and host not in ctx.embeds:
            fields.reader.error(node, f"this {SHARE_PAGES[host][0]} address is not one of a "
                                "video, chart or map to embed", SHARE_PAGES[host][1])
        elif host not in ctx.embeds:
            services = ", ".join(sorted(set(SERVICES.values())))
            fields.reader.error(node, f"'{host}' is not a service the site embeds",
                                f"embed from {services}, or add '{host}' to 'embeds:' in "
                                "site.yml if you trust it")
    return model.Embed("embed", block.fence_line, "", *body, url=frame, link=url or "",
                       title=title, service=service or urlsplit(frame).hostname or "",
                       aspect=aspect, caption_html=caption_html,
                       sandbox="" if service in OWN_ORIGIN else SANDBOX)


def read_aspect(fields: Fields) -> tuple[int, int]:
    """Read an embed's shape, width:height such as 16:9 (the default)."""
    node = fields.get("aspect", False, "16:9")
    if node is None:
        return (16, 9)
    text = fields.as_text(node, "aspect")
    match = ASPECT.match(text)
    if not match or not int(match[1]) or not int(match[2]):
        colon = re.sub(r"\s*[xX×/]\s*", ":", text)
        fields.reader.error(node, f"'aspect' must be width:height, such as 16:9 or 4:3, found "
                            f"'{text}'", f"write it with a colon: aspect: {colon}"
                            if ASPECT.match(colon) and colon != text else
                            "write two whole numbers with a colon between them, such as 16:9")
        return (16, 9)
    return int(match[1]), int(match[2])


def read_changes(ctx: Context, fields: Fields,
                 published: model.FuzzyDate | None) -> tuple[model.Change, ...]:
    """Read the front matter's updates and corrections, newest first; none is dated before
    the explainer was published."""
    from .schema import read_source

    reader = fields.reader

    def change(item: Fields) -> model.Change | None:
        date = item.date("date", required=True, news=True)
        if date is not None and published is not None and all_before(date, published):
            reader.error(item.values["date"], f"a change dated {as_given(date)} is before "
                         f"'published' ({as_given(published)})", "fix the change's date: readers "
                         "are told of changes made since the explainer was published")
        text_node = item.get("text", True, "what changed, and why")
        text = item.as_text(text_node, "text") if text_node is not None else ""
        correction = item.boolean("correction")
        source = read_source(item)
        if date is None or text_node is None:
            return None
        html = ctx.inline(text, reader, text_node)
        return model.Change(date, html, text, correction, source, item.line())

    changes = fields.mappings("changes", "change", change)
    # Files list changes newest first, as the page does: of two made on one day, the one
    # written first is the later.
    return tuple(sorted(changes, key=lambda c: (c.date.sort_key, -c.line), reverse=True))


def check_updated(ctx: Context, fields: Fields, updated: model.FuzzyDate | None,
                  changes: tuple[model.Change, ...]) -> None:
    """Warn when 'updated' and the newest change give two dates for the last update."""
    if updated is None or not changes or may_agree(changes[0].date, updated):
        return
    newest = changes[0]
    fields.reader.error(fields.values["updated"],
                        f"'updated' ({as_given(updated)}) is not the date of the newest "
                        f"change ({as_given(newest.date)}, line {newest.line})",
                        "give both the same date, or leave 'updated' out: the newest change "
                        "dates the last update", severity="warning")


def iframe_lines(text: str, line: int) -> list[tuple[int, int, str]]:
    """Return (line, column, text of the line) of every frame in a Markdown text."""
    return [(line + offset, found.start() + 1, row)
            for offset, row in enumerate(text.split("\n"))
            if (found := IFRAME.search(row)) is not None]


def iframe_warning(display: str, frames: list[tuple[int, int, str]]) -> Problem:
    """Return one warning for the frames of a file's prose, which the page leaves out."""
    (line, column, row), again = frames[0], sorted({f[0] for f in frames[1:]} - {frames[0][0]})
    also = f" (also on line{'s' if len(again) > 1 else ''} {', '.join(map(str, again))})" \
        if again else ""
    return Problem(display, line, column,
                   f"an <iframe> in the prose is left out of the page{also}",
                   "embed a chart, map, video or document with an 'embed' section "
                   "(docs/sections.md#embed)", row, "warning")
