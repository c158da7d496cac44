"""A reader who follows an address an explainer had before lands on the explainer, from disk as
from a host, at the part the address names; a piece's old embed code still fits its frame; the
page that sends them on is valid HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..helpers import run_cli
from ..test_moved import renamed
from .test_reuse_browser import host_page, wait_to_fit
from .tools import page_errors, serve_dir


def moved_site(make_site: Callable[..., Path], out: Path) -> Path:
    root = make_site({"content/alpha.md": renamed("[alfa]")})
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    return out


def test_an_old_address_lands_on_the_explainer_from_disk_and_from_a_host(
        make_site: Callable[..., Path], tmp_path: Path, new_page) -> None:
    out = moved_site(make_site, tmp_path / "out")
    new_page.goto((out / "embed/alfa.timeline.html").as_uri())
    new_page.wait_for_url("**/embed/alpha.timeline.html")
    new_page.goto((out / "alfa.html").as_uri())
    new_page.wait_for_url("**/alpha.html")
    assert new_page.locator("h1").inner_text() == "Alpha"
    with serve_dir(out, "/news/") as base:
        new_page.goto(base + "alfa.html")
        new_page.wait_for_url(base + "alpha.html")
    assert page_errors(new_page).all == []


def test_an_old_address_keeps_its_query_and_its_fragment(
        make_site: Callable[..., Path], tmp_path: Path, new_page) -> None:
    out = moved_site(make_site, tmp_path / "out")
    new_page.goto((out / "alfa.html").as_uri() + "#timeline")
    new_page.wait_for_url("**/alpha.html#timeline")
    new_page.goto((out / "embed/alfa.timeline.html").as_uri() + "?scheme=auto")
    new_page.wait_for_url("**/embed/alpha.timeline.html?scheme=auto")
    assert page_errors(new_page).all == []


def test_a_piece_s_old_code_with_pym_js_still_fits_its_frame(
        make_site: Callable[..., Path], tmp_path: Path, new_page) -> None:
    # pym.js names the frame in the query of the address it loads (childId); a piece that
    # lost it on the way from its old address would never be fitted.
    out = moved_site(make_site, tmp_path / "out")
    with serve_dir(out, "/news/") as site, serve_dir(tmp_path / "host") as host:
        host_page(tmp_path / "host", '<div id="piece"></div>\n<script src="pym.v1.min.js">'
                  f'</script>\n<script>new pym.Parent("piece", "{site}embed/alfa.timeline.html"'
                  ", {});</script>")
        new_page.goto(host + "story.html")
        new_page.frame_locator("#piece iframe").locator(".timeline-events").wait_for()
        child = next(f for f in new_page.frames if "alpha.timeline.html?" in f.url)
        assert "childId=piece" in child.url
        assert wait_to_fit(new_page, child, "#piece iframe") > 150  # pym's frame starts at 150
    assert page_errors(new_page).all == []


def test_the_page_at_an_old_address_passes_the_nu_html_checker(
        make_site: Callable[..., Path], tmp_path: Path, vnu) -> None:
    out = moved_site(make_site, tmp_path / "out")
    assert vnu([out / "alfa.html", out / "embed/alfa.timeline.html"]) == []
