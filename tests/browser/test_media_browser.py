"""Pictures, embeds and what changed in a real browser; the article's data as Google reads it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..helpers import SEED, copy_seed, run_cli
from ..media import BASE, SLUG, build_media
from .pages import SCHEMES
from .tools import NODE_MODULES, missing, node_file, page_errors, serve_dir

SDTT = NODE_MODULES / "structured-data-testing-tool" / "index.js"
CHECK = Path(__file__).with_name("structured_data.js")


@pytest.fixture(scope="module")
def media_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the media fixture (a lead picture, a picture, an embed, changes) with a base URL."""
    return build_media(tmp_path_factory.mktemp("media"))[0]


@pytest.fixture(scope="module")
def published_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the repository's content as published: with a base URL."""
    folder = tmp_path_factory.mktemp("published")
    out = folder / "public"
    root = copy_seed(folder / "project")
    result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    return out


def test_the_media_page_passes_the_nu_html_checker(media_site: Path, vnu) -> None:
    assert vnu([media_site / f"{SLUG}.html"]) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_on_the_media_page(media_site: Path, make_page, axe,
                                                   scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    with serve_dir(media_site) as base:
        page.goto(base + f"{SLUG}.html")
        assert axe(page) == []


def test_the_browser_fetches_one_size_of_each_picture_as_webp(media_site: Path,
                                                              make_page) -> None:
    page = make_page(viewport={"width": 412, "height": 900}, device_scale_factor=2)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    with serve_dir(media_site) as base:
        page.goto(base + f"{SLUG}.html")
        page.wait_for_load_state("load")
        lead = page.locator(".picture-lead img")
        assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
        # 412 CSS pixels at two device pixels each: the 992 pixels wide size, in WebP.
        assert lead.evaluate("img => img.currentSrc").endswith("-992.webp")
        box = lead.bounding_box()
        assert box is not None and abs(box["width"] / box["height"] - 1800 / 1013) < 0.01
        pictures = [url for url in fetched if "/media/gates-" in url]
        assert len(pictures) == 1
    assert page_errors(page).exceptions == []


def test_print_shows_the_embed_s_link_and_not_its_frame(media_site: Path, make_page) -> None:
    page = make_page()
    page.goto((media_site / f"{SLUG}.html").as_uri())
    page.emulate_media(media="print")
    assert page.locator(".embed-frame").is_hidden()
    link = page.locator(".embed a.embed-link")
    assert link.is_visible()
    assert "datawrapper.dwcdn.net" in link.evaluate(
        "a => getComputedStyle(a, '::after').content")


def test_an_expected_event_differs_by_more_than_colour(media_site: Path, new_page) -> None:
    new_page.goto((media_site / f"{SLUG}.html").as_uri())
    expected = new_page.get_by_role("region", name="What comes next").locator(".event-expected")
    expect(expected).to_contain_text("About 2027 Expected", use_inner_text=True,
                                     ignore_case=True)
    dot = expected.evaluate("el => getComputedStyle(el, '::before').borderTopStyle")
    assert dot == "dashed", "expected events must differ by more than colour"


def structured_data(page: Path) -> dict[str, list[str]]:
    """Run structured-data-testing-tool's Google checks on a page; return what it found."""
    node_file(SDTT, "structured-data-testing-tool")
    node = shutil.which("node") or missing("Node.js (node on PATH)", "apt-get install nodejs")
    result = subprocess.run([node, str(CHECK), str(page)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("which", ["seed", "media"])
def test_google_s_article_checks_find_nothing_missing(which: str, published_seed: Path,
                                                      media_site: Path) -> None:
    page = published_seed / f"{SEED}.html" if which == "seed" else media_site / f"{SLUG}.html"
    found = structured_data(page)
    assert found["schemas"] == ["BackgroundNewsArticle"]
    assert (found["failed"], found["warnings"]) == ([], [])
    assert {"image", "publisher.logo", "publisher.logo.url", "author", "datePublished",
            "headline", "dateModified"} <= set(found["passed"])
