"""The explainer page stays light: bytes on disk and what the browser must fetch before painting."""

from __future__ import annotations

import re
from pathlib import Path

from .helpers import SEED, soup, stylesheet

# HTML + CSS + scripts of an explainer, without its map: the seed's, whose six questions and
# answers are 2.3 KB of its words.
PAGE_BUDGET = 58_000
MAP_BUDGET = 25_000
# Up to the caption: the map holds an inset that is an <svg> of its own.
MAP = re.compile(rb'<svg[^>]*class="world-map".*?</svg>(?=\s*<figcaption)', re.DOTALL)


def test_explainer_page_fits_the_budget_without_its_map(seed_site: Path) -> None:
    html = (seed_site / f"{SEED}.html").read_bytes()
    maps = MAP.findall(html)
    assert len(maps) == 1
    assert all(len(m) <= MAP_BUDGET for m in maps), [len(m) for m in maps]
    # What the page fetches; embed.js is the embeddable pieces', under their own budget.
    page = soup(seed_site / f"{SEED}.html")
    fetched = [*(link["href"] for link in page.select('link[rel~="stylesheet"]')),
               *(script["src"] for script in page.select("script[src]"))]
    assert fetched == [stylesheet(seed_site).name]
    total = len(MAP.sub(b"", html)) + sum((seed_site / name).stat().st_size for name in fetched)
    assert total < PAGE_BUDGET, f"{total} bytes"


def test_one_stylesheet_is_the_only_render_blocking_request(seed_site: Path) -> None:
    for html in seed_site.rglob("*.html"):
        head = soup(html).head
        sheets = head.select('link[rel~="stylesheet"]')
        depth = len(html.relative_to(seed_site).parts) - 1
        assert [s["href"] for s in sheets] == ["../" * depth + stylesheet(seed_site).name], \
            html.name
        blocking = [s for s in head.find_all("script")
                    if not ({"defer", "async"} & s.attrs.keys()
                            or s.get("type") in ("module", "application/ld+json"))]
        assert blocking == [], html.name
    css = stylesheet(seed_site).read_text(encoding="utf-8")
    assert "@import" not in css
    assert "@font-face" not in css
    assert re.findall(r"url\(\s*['\"]?(?!#)", css) == [], "the stylesheet fetches nothing"
