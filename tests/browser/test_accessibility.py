"""WCAG 2.2 AA in a real browser: axe-core, the Nu HTML Checker, keyboard, map and colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..helpers import SEED, stylesheet
from .pages import SCHEMES, page_id, page_types
from .tools import page_errors, serve_dir

ROLES = ("lead", "host", "funder", "contributing", "supporting", "other")
MAP_NAME = "World map of the 15 countries listed below"

COLOURS = """(roles) => {
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
    roles: Object.fromEntries(roles.map((role) => [role, fill('land role-' + role)])),
  };
}"""


def luminance(css: str) -> float:
    """Return the WCAG relative luminance of a computed 'rgb(r, g, b)' colour."""
    channels = [int(n) / 255 for n in re.findall(r"\d+", css)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


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
            page.goto(base + name)
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
def test_role_colours_stand_out_from_land_and_page(seed_site: Path, make_page,
                                                   scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    page.goto((seed_site / f"{SEED}.html").as_uri())
    colours = page.evaluate(COLOURS, list(ROLES))
    for role, fill in colours["roles"].items():
        assert contrast(fill, colours["land"]) >= 3, f"{scheme}: {role} {fill} on land"
        assert contrast(fill, colours["background"]) >= 3, f"{scheme}: {role} {fill} on page"
    assert len(set(colours["roles"].values())) == len(ROLES), "two roles share a colour"
    kenya = page.locator("svg.world-map [data-country=KE]")
    swatch = page.locator(".map-legend .role-lead .swatch")
    heading_swatch = page.evaluate(
        "getComputedStyle(document.querySelector('h3.role-lead'), '::before').backgroundColor")
    assert kenya.evaluate("el => getComputedStyle(el).fill") == colours["roles"]["lead"]
    assert swatch.evaluate("el => getComputedStyle(el).backgroundColor") == colours["roles"]["lead"]
    assert heading_swatch == colours["roles"]["lead"]


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
    assert haiti.get_attribute("class") == "ring role-host"


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
    assert page.url.endswith("#main")
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
