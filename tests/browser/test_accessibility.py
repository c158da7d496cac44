"""WCAG 2.2 AA in a real browser: axe-core, the Nu HTML Checker, keyboard, map and colours."""

from __future__ import annotations

import math
import re
from itertools import combinations
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..helpers import SEED, stylesheet
from .pages import SCHEMES, page_id, page_types
from .tools import page_errors, serve_dir

GROUPS = ("group-1", "group-2", "group-3", "group-4", "group-5", "group-6", "group-other")
MAP_NAME = "World map of the 15 countries listed below, with Haiti enlarged"
# Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB.
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}

COLOURS = """(groups) => {
  const svg = document.querySelector('svg.world-map');
  const fill = (cls) => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('class', cls);
    svg.append(probe);
    const colour = getComputedStyle(probe).fill;
    probe.remove();
    return colour;
  };
  return {
    background: getComputedStyle(document.body).backgroundColor,
    land: fill('land'),
    groups: Object.fromEntries(groups.map((group) => [group, fill('land ' + group)])),
  };
}"""


def linear_rgb(css: str) -> list[float]:
    """Return the linear RGB channels of a computed 'rgb(r, g, b)' colour."""
    channels = [int(n) / 255 for n in re.findall(r"\d+", css)[:3]]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def luminance(css: str) -> float:
    """Return the WCAG relative luminance of a computed 'rgb(r, g, b)' colour."""
    red, green, blue = linear_rgb(css)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def lab(rgb: list[float]) -> tuple[float, float, float]:
    """Return CIE L*a*b* (D65) of linear RGB channels."""
    r, g, b = rgb
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, \
        0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def seen_with(deficiency: str | None, css: str) -> tuple[float, float, float]:
    """Return a colour in L*a*b* as someone with a colour-vision deficiency sees it."""
    rgb = linear_rgb(css)
    if deficiency:
        rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
               for row in DEFICIENCIES[deficiency]]
    return lab(rgb)


def contrast(a: str, b: str) -> float:
    """Return the WCAG contrast ratio of two computed colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_on_any_page_type(seed_site: Path, make_page, axe,
                                                  scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    pages = [page_id(seed_site, p) for p in page_types(seed_site)]
    assert {"index.html", f"{SEED}.html"} <= set(pages)
    found = {}
    # Over HTTP: axe reads the stylesheet with a request that file:// pages may not make.
    with serve_dir(seed_site) as base:
        for name in pages:
            # A piece in another page's frame is light unless that page asks it to follow the
            # reader's setting: asked, it must read well in both (see test_reuse_browser).
            page.goto(base + name + ("?scheme=auto" if "embed/" in name else ""))
            body = page.evaluate("getComputedStyle(document.body).backgroundColor")
            assert (luminance(body) < 0.1) == (scheme == "dark"), f"{name} ignores {scheme}"
            if violations := axe(page):
                found[name] = violations
    assert found == {}
    assert page_errors(page).all == []


def test_every_page_type_stylesheet_and_icon_pass_the_nu_html_checker(seed_site: Path,
                                                                      vnu) -> None:
    files = [*page_types(seed_site), stylesheet(seed_site), seed_site / "favicon.svg"]
    assert vnu(files) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_group_colours_stand_out_from_land_page_and_each_other(seed_site: Path, make_page,
                                                               scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    page.goto((seed_site / f"{SEED}.html").as_uri())
    colours = page.evaluate(COLOURS, list(GROUPS))
    fills = colours["groups"]
    for group, fill in fills.items():
        assert contrast(fill, colours["land"]) >= 3, f"{scheme}: {group} {fill} on land"
        assert contrast(fill, colours["background"]) >= 3, f"{scheme}: {group} {fill} on page"
    for deficiency in (None, *DEFICIENCIES):
        seen = {group: seen_with(deficiency, fill) for group, fill in fills.items()}
        closest = min((math.dist(seen[a], seen[b]), a, b) for a, b in combinations(seen, 2))
        assert closest[0] >= 10, f"{scheme}, {deficiency}: {closest[1:]} look alike"
    chroma = {group: math.hypot(*seen_with(None, fill)[1:]) for group, fill in fills.items()}
    assert min(chroma, key=chroma.__getitem__) == "group-other", "the catch-all must be muted"
    kenya = page.locator("svg.world-map > [data-country=KE]")
    swatch = page.locator(".map-legend .group-1 .swatch")
    heading_swatch = page.evaluate(
        "getComputedStyle(document.querySelector('h3.group-1'), '::before').backgroundColor")
    assert kenya.evaluate("el => getComputedStyle(el).fill") == fills["group-1"]
    assert swatch.evaluate("el => getComputedStyle(el).backgroundColor") == fills["group-1"]
    assert heading_swatch == fills["group-1"]


def test_map_is_named_described_by_its_key_and_small_countries_are_circled(
    seed_site: Path, new_page
) -> None:
    page = new_page
    page.goto((seed_site / f"{SEED}.html").as_uri())
    world = page.get_by_role("img", name=MAP_NAME)
    expect(world).to_be_visible()
    caption = page.locator(f"#{world.get_attribute('aria-describedby')}")
    assert caption.evaluate("el => el.tagName") == "FIGCAPTION"
    legend = [re.sub(r"\s+", " ", t).strip() for t in caption.locator("li").all_inner_texts()]
    headings = [re.sub(r"\s+", " ", t).strip()
                for t in page.locator("section.countries h3.role").all_inner_texts()]
    assert legend == headings == ["Leading (1)", "Host (1)", "Funding (1)", "Contributing (7)",
                                  "Supporting (5)"]
    expect(world).to_have_accessible_description(re.compile(r"^Leading \(1\) .*names each country"))
    haiti = page.locator("svg.world-map circle.ring[data-country=HT]")
    expect(haiti).to_be_visible()
    assert haiti.get_attribute("class") == "ring group-2"


@pytest.mark.parametrize(("width", "haiti_at_least"), [(1280, 50), (390, 20)])
def test_haiti_and_every_listed_country_can_be_found_on_the_map(
        seed_site: Path, make_page, width: int, haiti_at_least: int) -> None:
    page = make_page(viewport={"width": width, "height": 900})
    page.goto((seed_site / f"{SEED}.html").as_uri())
    haiti = page.locator("svg.world-map .inset [data-country=HT]").bounding_box()
    assert haiti is not None and min(haiti["width"], haiti["height"]) >= haiti_at_least, haiti
    label = page.locator("svg.world-map .inset text")
    expect(label).to_have_text("Haiti")
    assert label.bounding_box()["height"] >= 10
    for code in page.locator("li.country").evaluate_all("els => els.map(e => e.dataset.iso)"):
        shapes = page.locator(f"svg.world-map > [data-country={code}]")
        sizes = [max(box["width"], box["height"]) for box in
                 (shapes.nth(i).bounding_box() for i in range(shapes.count())) if box]
        assert max(sizes, default=0) >= 10, f"{code} is {sizes} px on a {width} px page"


def test_keyboard_user_skips_to_the_content_with_a_visible_focus(seed_site: Path,
                                                                 new_page) -> None:
    page = new_page
    page.goto((seed_site / f"{SEED}.html").as_uri())
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to content"
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 10, "skip link is off screen"
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))  # the jump may land a moment later
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.evaluate("el => el.closest('main') !== null")
    assert focused.evaluate("el => getComputedStyle(el).outlineWidth") == "3px"


def test_timeline_reads_as_an_ordered_list_of_dated_events(seed_site: Path, new_page) -> None:
    page = new_page
    page.goto((seed_site / f"{SEED}.html").as_uri())
    timeline = page.get_by_role("region", name="How we got here")
    events = timeline.get_by_role("list").get_by_role("listitem")
    assert events.count() == 8
    first = events.first
    expect(first.get_by_role("heading", level=3)).to_have_text(
        "President Jovenel Moïse is assassinated")
    expect(first.locator("time")).to_have_attribute("datetime", "2021-07-07")
    expect(events.last.locator("time")).to_have_attribute("datetime", "2024-07-16")
