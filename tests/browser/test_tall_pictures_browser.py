"""A picture taller than wide, in an image section or in the text: seen whole on a laptop's
screen and printed on one sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from ..media import explainer, jpeg

SECTIONS = """
--- image
file: portrait.jpg
alt: A portrait
caption: The minister in her office.
---

--- prose
heading: In the text
---
![A chart](images/chart.jpg)
"""
SIZES = """() => [...document.querySelectorAll('main img')].map((img) => {
  const box = img.getBoundingClientRect();
  return [img.alt, box.height, img.naturalWidth / img.naturalHeight,
          box.width / box.height];
})"""
A4_HEIGHT = 1005  # px between the margins of A4 paper (297 mm less 31 mm)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build an explainer with a portrait picture in an image section and one in its text."""
    root = tmp_path_factory.mktemp("tall-pictures")
    write_project(root, {"content/tall.md": explainer(sections=SECTIONS),
                         "content/portrait.jpg": jpeg(1200, 2400),
                         "static/images/chart.jpg": jpeg(900, 2700)})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def sizes(page) -> list[tuple[str, float, float, float]]:
    """Return each picture's text, height, and its ratio as a file and as shown."""
    page.evaluate("document.querySelectorAll('img').forEach((i) => { i.loading = 'eager'; })")
    page.wait_for_function("[...document.images].every((i) => i.complete)")
    return page.evaluate(SIZES)


@pytest.mark.parametrize("media", ["screen", "print"])
def test_a_portrait_picture_is_seen_whole(site: Path, make_page, media: str) -> None:
    height = 800 if media == "screen" else A4_HEIGHT
    page = make_page(viewport={"width": 1280 if media == "screen" else 672, "height": height})
    page.goto((site / "tall.html").as_uri())
    page.emulate_media(media=media)
    shown = sizes(page)
    assert [alt for alt, *_ in shown] == ["A portrait", "A chart"]
    for alt, tall, _, _ in shown:
        assert tall <= 0.9 * height, f"'{alt}' is {tall:.0f} px tall on a {height} px {media}"
    _, _, file_ratio, ratio = shown[1]
    assert ratio == pytest.approx(file_ratio, rel=0.02), "the picture in the text is squeezed"
