"""What readers see on every page type: small screens, no JavaScript, print, motion, requests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import SEED, run_cli, stylesheet, write_project
from ..test_country_names import countries_section
from .pages import page_id, page_types
from .tools import page_errors, serve_dir

# What a closed <details> holds shows when it is opened, which needs no script either.
HIDDEN = """() => [...document.querySelectorAll('body *')]
  .filter((el) => !el.closest('svg, .visually-hidden, .skip-link, .needs-script'))
  .filter((el) => !(el.closest('details:not([open])') && !el.closest('summary')))
  .filter((el) => !el.checkVisibility({opacityProperty: true, visibilityProperty: true}))
  .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))"""

OVERFLOWING = """() => [...document.querySelectorAll('main *')]
  .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
  .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))"""


def load_all_images(page) -> None:
    """Load lazy images now, as a reader scrolling down would, and wait for them."""
    page.evaluate("document.querySelectorAll('img').forEach((i) => { i.loading = 'eager'; })")
    page.wait_for_function("[...document.images].every((i) => i.complete)")


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_no_page_type_scrolls_sideways(seed_site: Path, make_page, width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    for path in page_types(seed_site):
        page.goto(path.as_uri())
        load_all_images(page)
        name = page_id(seed_site, path)
        assert page.evaluate(OVERFLOWING) == [], f"{name} at {width} px"
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{name} scrolls sideways at {width} px"
    assert page_errors(page).all == []


def test_no_page_type_scrolls_sideways_in_large_text_on_a_phone(seed_site: Path,
                                                                make_page) -> None:
    # Text at twice its size, as a phone's accessibility setting asks for (WCAG 1.4.4).
    page = make_page(viewport={"width": 390, "height": 800})
    for path in page_types(seed_site):
        page.goto(path.as_uri())
        page.add_style_tag(content="html { font-size: 200% !important; }")
        name = page_id(seed_site, path)
        assert page.evaluate(OVERFLOWING) == [], name
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{name} scrolls sideways in large text"
    assert page_errors(page).all == []


def test_every_page_type_shows_all_its_content_without_javascript(seed_site: Path,
                                                                  make_page) -> None:
    page = make_page(java_script_enabled=False, viewport={"width": 390, "height": 800})
    for path in page_types(seed_site):
        page.goto(path.as_uri())
        assert page.evaluate(HIDDEN) == [], page_id(seed_site, path)
        # JSON-LD is data, not a script the browser runs.
        scripts = page.locator("script:not([defer]):not([async]):not([type=module])"
                               ":not([type='application/ld+json'])")
        assert scripts.count() == 0, "scripts must be optional and deferred"
    page.goto((seed_site / f"{SEED}.html").as_uri())
    for selector in ("aside.takeaways", "ol.timeline-events", ".figures .figure",
                     "svg.world-map", ".map-legend", "ul.country-list", ".quote blockquote"):
        assert page.locator(selector).first.is_visible(), selector
    assert page_errors(page).all == []


def test_pages_request_nothing_but_their_own_files_and_no_fonts(seed_site: Path,
                                                                make_page) -> None:
    page = make_page()
    requests: list[tuple[str, str]] = []
    scripts: list[str] = []  # the pages that asked for a script
    page.on("request", lambda r: requests.append((r.resource_type, r.url)))
    page.on("request", lambda r: scripts.append(r.frame.url) if r.resource_type == "script"
            else None)
    with serve_dir(seed_site) as base:
        for path in page_types(seed_site):
            # Wait for the favicon too: leaving a page early aborts it, which is no failure.
            page.goto(base + page_id(seed_site, path), wait_until="networkidle")
            load_all_images(page)
    assert requests, "no requests were recorded"
    assert [url for _, url in requests if not url.startswith(base)] == []
    assert [url for kind, url in requests if kind == "font"] == []
    # Only an embeddable piece has a script, which tells the page around its frame its
    # height, and a search page, whose script loads its language's index.
    assert scripts and all("/embed/" in url or url.endswith("/search.html") for url in scripts)
    stylesheets = {url for kind, url in requests if kind == "stylesheet"}
    assert stylesheets == {base + stylesheet(seed_site).name}
    assert page_errors(page).all == []


def test_print_hides_navigation_and_spells_out_links(seed_site: Path, make_page) -> None:
    page = make_page(color_scheme="dark")
    page.goto((seed_site / f"{SEED}.html").as_uri())
    page.emulate_media(media="print")
    for selector in (".site-nav", ".site-footer", ".skip-link", ".contents", ".back-to-top"):
        assert not page.locator(selector).is_visible(), selector
    assert page.locator(".site-title").is_visible(), "the printout names the site"
    link = page.locator(".sources a[href^=http]:not(.bare-url)").first
    after = link.evaluate("el => getComputedStyle(el, '::after').content")
    assert link.get_attribute("href") in after
    body = page.evaluate("[getComputedStyle(document.body).color,"
                         " getComputedStyle(document.body).backgroundColor]")
    assert body == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], "print in black on white"
    page.emulate_media(media="screen")
    assert page.locator(".site-header").is_visible()
    assert "none" == page.locator(".sources a").first.evaluate(
        "el => getComputedStyle(el, '::after').content")


@pytest.mark.parametrize(("motion", "behaviour"), [("reduce", "auto"),
                                                   ("no-preference", "smooth")])
def test_smooth_scrolling_only_when_motion_is_welcome(seed_site: Path, make_page, motion: str,
                                                      behaviour: str) -> None:
    page = make_page(reduced_motion=motion)
    page.goto((seed_site / f"{SEED}.html").as_uri())
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == behaviour


# Long names beside short ones: a grid row is as tall as its tallest name.
NAMES = ("Chad", "Bosnia and Herzegovina", "Peru", "Central African Republic", "Cuba",
         "Saint Vincent and the Grenadines", "Mali", "Antigua and Barbuda", "Iran")
# Each flag (or organisation's initials) starts its line, beside the first line of its name.
FLAGS_OFF_THEIR_NAMES = """() => [...document.querySelectorAll('.country-list > li')]
  .filter((li) => {
    const flag = li.querySelector('img, .org-badge').getBoundingClientRect();
    const line = li.querySelector('a, .country-name').getClientRects()[0];
    const start = li.getBoundingClientRect().left;
    const middle = (flag.top + flag.bottom) / 2;
    return middle < line.top || middle > line.bottom || flag.right > line.left + 1
      || Math.abs(flag.left - start) > 1;
  })
  .map((li) => li.querySelector('a, .country-name').textContent)"""


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a story naming countries with long names and short ones, and two organisations."""
    root = tmp_path_factory.mktemp("long-names")
    section = countries_section(*NAMES).removesuffix("---\n") + (
        "  - organisation: African Union\n  - organisation: Wagner Group\n    note: a note\n---\n")
    story = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n" + section
    write_project(root, {"content/world.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_every_flag_in_a_list_stands_beside_its_name(long_names: Path, make_page,
                                                    width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    for name in ("world.html", "countries/index.html"):
        page.goto((long_names / name).as_uri())
        load_all_images(page)
        assert page.locator(".country-list img").count() == len(NAMES)
        assert page.evaluate(FLAGS_OFF_THEIR_NAMES) == [], f"{name} at {width} px"


LONG_FIGURES = """\
---
title: Budget
dek: The numbers.
published: 2024-06-26
---

--- figures
figures:
  - {value: "1.000.000.000 €", label: the fund}
  - {value: "12,5 Mrd. Euro", label: the deficit}
  - {value: "$360 million", label: pledged}
---
"""


@pytest.mark.parametrize("width", [320, 390, 800, 1280])
def test_a_long_figure_is_never_broken_inside_a_number(tmp_path: Path, make_page,
                                                       width: int) -> None:
    root = write_project(tmp_path / "site", {"content/budget.md": LONG_FIGURES})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": width, "height": 800})
    page.goto((tmp_path / "out" / "budget.html").as_uri())
    lines = page.evaluate("""() => [...document.querySelectorAll('.figure-value')].map(
        (el) => Math.round(el.getBoundingClientRect().height
                           / parseFloat(getComputedStyle(el).lineHeight)))""")
    assert lines[0] == 1, f"1.000.000.000 € on {lines[0]} lines at {width} px"
    assert page.evaluate(OVERFLOWING) == []


WIDE_TABLE = """\
---
title: Pledges
dek: Who pledged what.
published: 2024-06-26
---

--- prose
heading: Pledges
---
| Country | Officers pledged | Arrived by July | Money pledged (US$) |
| --- | --- | --- | --- |
| Kenya | 1,000 | 400 | 0 |
| United States | 0 | 0 | 360,000,000 |

Text after the table.
"""


def test_a_table_wider_than_a_phone_scrolls_in_its_box_not_the_page(tmp_path: Path,
                                                                     make_page) -> None:
    root = write_project(tmp_path / "site", {"content/pledges.md": WIDE_TABLE})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": 320, "height": 800})
    page.goto((tmp_path / "out" / "pledges.html").as_uri())
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert scroll <= inner, "the page scrolls sideways"
    box = page.locator("section.prose div:has(> table)")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth"), "the table fits: no test"
    # A keyboard reaches the box and scrolls it; a screen reader still finds a table.
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.activeElement.scrollLeft > 0")  # it may scroll smoothly
    assert page.get_by_role("table").get_by_role("columnheader").count() == 4
    page.emulate_media(media="print")
    assert box.evaluate("el => getComputedStyle(el).overflowX") == "visible"
    assert page_errors(page).all == []
