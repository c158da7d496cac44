"""A reader who follows an address an explainer had before lands on the explainer, from disk as
from a host; the page that sends them on is valid HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..helpers import run_cli
from ..test_moved import renamed
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


def test_the_page_at_an_old_address_passes_the_nu_html_checker(
        make_site: Callable[..., Path], tmp_path: Path, vnu) -> None:
    out = moved_site(make_site, tmp_path / "out")
    assert vnu([out / "alfa.html", out / "embed/alfa.timeline.html"]) == []
