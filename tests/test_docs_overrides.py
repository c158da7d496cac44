"""The templates page's overrides build as it shows, and its misspelt block warns as it says."""

from __future__ import annotations

import re
from pathlib import Path

from .helpers import run_cli, soup, write_project
from .manual import DOCS, code_blocks, code_spans, read, section

STORY = ("---\ntitle: A story\ndek: A short dek.\npublished: 2024-06-26\n---\n\n"
         "--- summary\n---\nSomething happened.\n")
OVERRIDES = section(read(DOCS / "templates.md"), "Overrides")


def example(word: str) -> str:
    """Return the page's Jinja example that holds a word."""
    [block] = [block for block in code_blocks(OVERRIDES, "jinja") if word in block]
    return block


def test_the_overrides_head_and_header_examples_reach_every_page(tmp_path: Path) -> None:
    listed = re.findall(r"^(overrides/\S+)", OVERRIDES, re.M)
    assert "overrides/static/extra.css" in listed
    root = write_project(tmp_path / "site", {
        "content/story.md": STORY, "overrides/static/extra.css": ".brand-bar { color: red }\n",
        "overrides/templates/base.html": example("extra.css")})
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    links = soup(out / "story.html").select('head link[rel="stylesheet"]')
    [sheet] = [link["href"] for link in links if "extra" in link["href"]]
    assert (out / sheet).read_text().strip() == ".brand-bar{color:red}"
    (root / "overrides/templates/base.html").write_text(example("brand-bar"), encoding="utf-8")
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    page = soup(out / "story.html")
    assert page.select_one("body > .brand-bar + header.site-header")
    assert page.select_one("footer.site-footer").get_text(strip=True) == "© Example News"


def test_the_misspelt_block_the_page_names_gets_the_hint_it_names(tmp_path: Path) -> None:
    sentence = OVERRIDES[OVERRIDES.index("with the block it looks like"):]
    typo, meant = code_spans(sentence)[:2]
    base = example("brand-bar").replace("block footer", f"block {typo}")
    root = write_project(tmp_path / "site", {
        "content/story.md": STORY, "overrides/templates/base.html": base})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert f"warning: block '{typo}' is not one of theme/base.html" in result.stderr
    assert f"hint: did you mean '{meant}'?" in result.stderr
