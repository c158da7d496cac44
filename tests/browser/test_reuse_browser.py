"""Embeddable pieces and data files in Chromium: valid, accessible and light pieces that fit
their frame in pages using pym.js or Datawrapper's embed script, and a TimelineJS file that
TimelineJS loads."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from ..helpers import REPO, SEED, run_cli, soup, write_project
from .pages import SCHEMES
from .tools import NODE_MODULES, axe_each, node_file, page_errors, serve_dir

PIECES = ("timeline", "takeaways", "countries", "figures")
WEIGHT_BUDGET = 60_000  # bytes a piece costs the page around it, with its images
PYM = NODE_MODULES / "pym.js" / "dist" / "pym.v1.min.js"
TIMELINEJS = NODE_MODULES / "@knight-lab" / "timelinejs" / "dist"
# The listener of Datawrapper's responsive embed codes, as they carry it.
DATAWRAPPER = ('!function(){"use strict";window.addEventListener("message",(function(a){'
               'if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll('
               '"iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;'
               'r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+'
               '"px";e[r].style.height=i}}}))}();')
CONTENT_HEIGHT = "Math.ceil(document.documentElement.getBoundingClientRect().height)"
FITS = """([selector, height]) => {
  const frame = document.querySelector(selector);
  return frame && Math.abs(frame.getBoundingClientRect().height - height) <= 1;
}"""


def wait_to_fit(page: Any, child: Any, selector: str) -> int:
    """Wait until the frame is as tall as its piece is now; return that height. The piece's
    height is read again each time: it may change as the frame does (a scrollbar that goes
    makes its lines longer)."""
    deadline = time.monotonic() + 30
    while True:
        height = child.evaluate(CONTENT_HEIGHT)
        if page.evaluate(FITS, [selector, height]):
            return int(height)
        assert time.monotonic() < deadline, f"the frame never fit its piece ({height} px)"
        time.sleep(0.05)


def piece(site: Path, kind: str) -> Path:
    return site / "embed" / f"{SEED}.{kind}.html"


def host_page(folder: Path, body: str) -> None:
    """Write the page of another site that embeds a piece, with pym.js beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(node_file(PYM, "pym.js"), folder / "pym.v1.min.js")
    (folder / "story.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>A story</title>'
        '<link rel="icon" href="data:,"></head><body style="margin:0">\n<h1>A news story</h1>\n'
        + body + "\n</body></html>\n",
        encoding="utf-8")


def test_every_piece_passes_the_nu_html_checker(seed_site: Path, vnu) -> None:
    assert vnu([piece(seed_site, kind) for kind in PIECES]) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_in_any_piece(seed_site: Path, make_page, axe,
                                              scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    assert axe_each(page, axe, seed_site, [f"embed/{SEED}.{kind}.html" for kind in PIECES]) == {}
    assert page_errors(page).all == []


def test_every_piece_weighs_under_60_kb_with_its_images(seed_site: Path, make_page) -> None:
    page = make_page(viewport={"width": 800, "height": 4000})  # every lazy image in view
    loaded: list[str] = []
    page.on("response", lambda response: loaded.append(response.url))
    weights = {}
    with serve_dir(seed_site) as base:
        for kind in PIECES:
            loaded.clear()
            page.goto(f"{base}embed/{SEED}.{kind}.html", wait_until="networkidle")
            files = [seed_site / unquote(urlsplit(url).path)[1:] for url in loaded]
            names = {path.suffix for path in files}
            assert {".html", ".css", ".js"} <= names, kind
            # As a host that compresses text sends them (GitHub Pages, Netlify, Cloudflare)
            weights[kind] = sum(len(gzip.compress(path.read_bytes(), 6)) for path in files)
            if kind == "countries":
                assert sum(path.parent.as_posix().endswith("flags/small") for path in files) == 15
    assert all(weight < WEIGHT_BUDGET for weight in weights.values()), weights


def test_a_piece_reads_whole_without_javascript(seed_site: Path, make_page) -> None:
    page = make_page(java_script_enabled=False)
    page.goto(piece(seed_site, "takeaways").as_uri())
    assert page.locator(".takeaways li").count() == 5
    back = page.get_by_role("link", name="Read the full explainer")
    assert back.get_attribute("href") == f"../{SEED}.html"


# Where the countries' heading, its map, the map's key and the list start, from the left.
STARTS = """() => Object.fromEntries(['.countries h2', '.world-map', '.map-legend', '.country-list']
  .map((selector) => [selector, document.querySelector(selector).getBoundingClientRect().left]))"""


@pytest.mark.parametrize("width", [300, 800])
def test_the_countries_piece_lines_up_its_map_key_as_the_page_does(seed_site: Path, make_page,
                                                                   width: int) -> None:
    page = make_page(viewport={"width": width, "height": 900})
    page.goto((seed_site / f"{SEED}.html").as_uri())
    on_page = page.evaluate(STARTS)
    page.goto(piece(seed_site, "countries").as_uri())
    in_piece = page.evaluate(STARTS)
    # The key and the list start under the heading; on a phone the map spans the frame.
    assert in_piece[".map-legend"] == in_piece[".countries h2"] == in_piece[".country-list"]
    if width < 640:
        assert in_piece[".world-map"] == on_page[".world-map"] == 0


def test_pym_js_fits_the_frame_to_the_piece_as_its_width_changes(seed_site: Path, tmp_path: Path,
                                                                 make_page) -> None:
    page = make_page(viewport={"width": 1000, "height": 700})
    with serve_dir(seed_site) as site, serve_dir(tmp_path / "host") as host:
        host_page(tmp_path / "host", '<div id="piece"></div>\n<script src="pym.v1.min.js">'
                  f'</script>\n<script>new pym.Parent("piece", "{site}embed/{SEED}.timeline.html"'
                  ", {});</script>")
        page.goto(host + "story.html")
        frame = page.frame_locator("#piece iframe")
        frame.locator(".timeline-events").wait_for()
        heights = []
        for width in (1000, 360):  # a phone's width makes the piece taller
            page.set_viewport_size({"width": width, "height": 700})
            child = next(f for f in page.frames if ".timeline.html?" in f.url)
            child.wait_for_function(f"() => innerWidth <= {width}")
            height = wait_to_fit(page, child, "#piece iframe")
            assert child.evaluate("document.documentElement.scrollHeight <= innerHeight")
            heights.append(height)
        assert heights[1] > heights[0] > 700
    assert page_errors(page).all == []


def test_the_code_on_the_page_fits_in_a_page_with_datawrapper_s_script(tmp_path: Path,
                                                                        make_page) -> None:
    root = write_project(tmp_path / "site", {
        "site.yml": (REPO / "site.yml").read_text(encoding="utf-8"),
        f"content/{SEED}.md": (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")})
    out = root / "public"
    out.mkdir()
    with serve_dir(out) as site, serve_dir(tmp_path / "host") as host:
        result = run_cli("build", "--root", root, "--base-url", site)
        assert result.returncode == 0, result.stderr
        codes = [area.get_text() for area in soup(out / f"{SEED}.html").select(".embed-code")]
        assert len(codes) == 5 and f'src="{site}embed/{SEED}.figures.html"' in codes[3]
        host_page(tmp_path / "host", f"{codes[3]}\n<script>{DATAWRAPPER}</script>")
        page = make_page(viewport={"width": 500, "height": 700})
        page.goto(host + "story.html")
        frame = page.frame_locator("iframe")
        frame.locator(".figure-list").wait_for()
        child = next(f for f in page.frames if f.url.endswith(".figures.html"))
        height = wait_to_fit(page, child, "iframe")
        assert height != 480  # the code's own height: the listener must have done the fitting
        # Its oEmbed answer, named in the piece, gives the same code.
        oembed = child.locator('link[type="application/json+oembed"]').get_attribute("href")
        assert json.loads(page.request.get(oembed).text())["html"] == codes[3]
        # Its links open in the page around the frame.
        frame.get_by_role("link", name="Read the full explainer").click()
        page.wait_for_url(f"{site}{SEED}.html")
    assert page_errors(page).all == []


def test_timelinejs_loads_the_timeline_file(seed_site: Path, tmp_path: Path, make_page) -> None:
    folder = tmp_path / "timelinejs"
    shutil.copytree(node_file(TIMELINEJS / "js" / "timeline.js", "@knight-lab/timelinejs").parent,
                    folder / "js")
    shutil.copy(seed_site / "data" / f"{SEED}.timelinejs.json", folder / "timeline.json")
    (folder / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>'
        '<script src="js/timeline.js"></script></head><body>'
        '<div id="timeline" style="width:900px;height:600px"></div><script>'
        'window.timeline = new TL.Timeline("timeline", "timeline.json");'
        'timeline.on("loaded", () => { window.loaded = true; });'
        "</script></body></html>\n", encoding="utf-8")
    page = make_page()
    with serve_dir(folder) as base:
        page.goto(base + "index.html")
        page.wait_for_function("() => window.loaded === true")
        config = page.evaluate("""() => ({
          errors: timeline.config.messages.errors.map(String),
          events: timeline.config.events.map((e) => [e.text.headline, e.start_date.data.year,
                                                     e.start_date.data.month || null]),
          title: timeline.config.title.text.headline})""")
        shown = page.locator("#timeline").inner_text()
    assert config["errors"] == []
    assert config["title"] == "Kenya leads a police mission to Haiti, with US money behind it"
    assert len(config["events"]) == 8
    assert config["events"][0] == ["President Jovenel Moïse is assassinated", 2021, 7]
    assert config["events"][-1][1:] == [2024, 7]
    assert "President Jovenel Moïse is assassinated" in shown  # TimelineJS drew its slides


@pytest.mark.parametrize("folder", ["", "fr/"])
def test_each_code_shows_its_whole_piece_in_a_page_without_a_resizer(
        seed_site: Path, tmp_path: Path, make_page, folder: str) -> None:
    # The codes of the explainer page, pasted into a page 640 pixels wide that has neither
    # pym.js nor Datawrapper's script: each frame is as tall as its code says. Without a base
    # URL the codes name the pieces from the site's top folder, which the page's <base> is.
    explainer = seed_site / (f"{folder}kenya-mission-police-haiti.html" if folder
                             else f"{SEED}.html")
    codes = [area.get_text() for area in soup(explainer).select("textarea.embed-code")]
    assert len(codes) == 5
    (tmp_path / "pasted.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title>'
        f'<base href="{seed_site.as_uri()}/"></head><body style="margin:0">\n'
        + "\n".join(codes) + "\n</body></html>\n", encoding="utf-8")
    page = make_page(java_script_enabled=False, viewport={"width": 640, "height": 800})
    page.goto((tmp_path / "pasted.html").as_uri())
    frames = page.locator("iframe")
    for index in range(frames.count()):
        frames.nth(index).scroll_into_view_if_needed()  # lazy frames load when near
        child = frames.nth(index).element_handle().content_frame()
        assert child is not None
        child.locator(".embed-credit").wait_for()
        height = float(frames.nth(index).get_attribute("height") or 0)
        content = child.evaluate("document.documentElement.scrollHeight")
        assert content <= height <= content * 1.4, (index, content, height)


@pytest.mark.parametrize(("query", "background"), [("", "rgb(255, 255, 255)"),
                                                  ("?scheme=auto", "rgb(22, 23, 26)")])
def test_a_piece_stays_light_in_a_dark_setting_unless_asked_to_follow_it(
        seed_site: Path, make_page, query: str, background: str) -> None:
    page = make_page(color_scheme="dark")
    page.goto(piece(seed_site, "takeaways").as_uri() + query)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
    assert page_errors(page).all == []


def test_a_country_list_whose_every_country_has_a_note_fits_its_code(tmp_path: Path,
                                                                       make_page) -> None:
    """A country with a note takes a row of the list to itself: twenty of them are twenty
    rows, which the height in the embed code leaves room for, in a frame 640 pixels wide."""
    names = ["Kenya", "Chad", "Benin", "Chile", "Peru", "Mali", "Niger", "Ghana", "Togo",
             "Nigeria", "Senegal", "Gambia", "Guinea", "Liberia", "Sierra Leone", "Cameroon",
             "Gabon", "Angola", "Zambia", "Malawi"]
    countries = "".join(f"  - name: {name}\n    role: {'lead' if not index else 'contributing'}"
                        f"\n    note: Sends about {100 + index} police officers to the mission\n"
                        for index, name in enumerate(names))
    root = write_project(tmp_path / "site", {"content/noted.md": (
        "---\ntitle: Twenty countries send police\ndek: D\npublished: 2024-05-23\n---\n\n"
        f"--- countries\ncountries:\n{countries}---\n")})
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    [code] = [area.get_text() for area in soup(root / "public" / "noted.html").select(
        ".embed-code") if "countries.html" in area.get_text()]
    given = int(re.search(r'height="(\d+)"', code)[1])
    page = make_page(viewport={"width": 640, "height": 700})
    page.goto((root / "public" / "embed" / "noted.countries.html").as_uri())
    assert page.evaluate("document.documentElement.scrollHeight") <= given
