"""The card a shared link shows, drawn by the build: its words in the site's script, or none."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from explainer.site.cards import RTL, layout, logo, social_card

from .helpers import run_cli, soup, write_project
from .media import BASE

COLOURS = {"KE": "#a4321c"}
NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def pixels(title: str, site: str = "Explainers") -> bytes:
    """Return the pixels of the card drawn for a title."""
    with Image.open(io.BytesIO(social_card(title, site, COLOURS))) as card:
        return card.tobytes()


@pytest.mark.parametrize("title", [
    "Ce qu’a décidé l’ONU — et pourquoi", "Wybory w Polsce: co się zmieni", "Выборы в России",
    "Η Ελλάδα ψηφίζει", "הפסקת האש בעזה", "وقف إطلاق النار في غزة", "Việt Nam mở cửa"])
def test_a_card_draws_each_letter_of_its_title(title: str) -> None:
    if RTL.search(title) and layout() != "raqm":
        # Without libraqm Pillow cannot run Hebrew or Arabic right to left: left off the card.
        assert pixels(title) == pixels("")
        return
    # A letter the font lacks is drawn as a box, as a private-use letter is: none may be one.
    boxed = NOT_ASCII.sub("\ue000", title)
    assert pixels(title) != pixels(boxed)


@pytest.mark.parametrize("title", ["三陸沖で地震、津波警報", "चुनाव के नतीजे"])
def test_a_title_the_font_cannot_write_is_left_off_the_card(title: str) -> None:
    assert pixels(title) == pixels("")  # the map and the site's name, no boxes


def test_a_site_whose_name_the_font_cannot_write_makes_no_logo(tmp_path: Path) -> None:
    story = ("---\ntitle: 地震\ndek: 説明。\npublished: 2024-05-23\n---\n\n"
             "--- summary\n---\n本文。\n")
    root = write_project(tmp_path / "site", {"site.yml": "title: 解説\nlanguage: ja\n",
                                             "content/quake.md": story})
    result = run_cli("build", "--root", root, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    assert not (root / "public" / "media" / "logo.png").exists()
    page = soup(root / "public" / "quake.html")
    assert page.select_one('meta[property="og:image"]')["content"].startswith(BASE + "media/")
    # Nothing names the logo that was not made: the structured data, the feed.
    data = json.loads(page.select_one('script[type="application/ld+json"]').get_text())
    assert "logo" not in json.dumps(data)
    assert "<logo>" not in (root / "public" / "feed.xml").read_text(encoding="utf-8")


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], within: int) -> bool:
    """Tell whether a pixel of a card is nearly a colour (a JPEG's colours move a little)."""
    return sum(abs(a - b) for a, b in zip(pixel, colour, strict=True)) < within


LAND = (214, 209, 197)
PAPER = (245, 241, 232)


def test_the_map_runs_off_the_card_s_edge_and_fades_beside_the_title() -> None:
    colours = {"KE": "#a4321c", "US": "#1d4f91", "BD": "#8a3f78"}
    with Image.open(io.BytesIO(social_card("A title", "Explainers", colours))) as card:
        # Asia goes on past the card's right edge, as the world does: no cut inside the card.
        assert any(near(card.getpixel((1199, y)), LAND, 30) for y in range(20, 630))
    with Image.open(io.BytesIO(social_card("A title", "Explainers",
                                           {"JP": "#a4321c", "KR": "#1d4f91"}))) as card:
        # Land west of the story's countries fades into the paper beside the title.
        assert any(near(card.getpixel((680, y)), LAND, 30) for y in range(20, 560))
        assert all(near(card.getpixel((601, y)), PAPER, 45) for y in range(20, 560))


@pytest.mark.parametrize(("language", "name", "shown", "not_shown"), [
    ("tr", "İç haberler", "İÇ HABERLER", "IÇ HABERLER"),
    ("tr", "Bilgi", "BİLGİ", "BILGI"),
    ("el", "Επεξηγήσεις", "ΕΠΕΞΗΓΗΣΕΙΣ", "ΕΠΕΞΗΓΉΣΕΙΣ"),
    ("el", "Μάιος", "ΜΑΪΟΣ", "ΜΆΙΟΣ"),
])
def test_the_site_s_name_is_in_capitals_as_its_language_writes_them(
        tmp_path: Path, language: str, name: str, shown: str, not_shown: str) -> None:
    story = (f"---\ntitle: Deprem\ndek: D.\npublished: 2024-05-23\nlanguage: {language}\n"
             "---\n\n--- summary\n---\nText.\n")
    root = write_project(tmp_path / "site", {
        "site.yml": f"title: {name}\nlanguage: {language}\n", "content/story.md": story})
    result = run_cli("build", "--root", root, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    [card] = (root / "public" / "media").glob("story-*.jpg")
    assert card.read_bytes() == social_card("Deprem", shown, {})
    assert card.read_bytes() != social_card("Deprem", not_shown, {})
    assert (root / "public" / "media" / "logo.png").read_bytes() == logo(shown)


def test_a_name_in_another_language_than_the_explainer_s_keeps_its_own_capitals(
        tmp_path: Path) -> None:
    """An English site's name on a Turkish explainer's card: its i is I, not İ."""
    story = ("---\ntitle: Deprem\ndek: D.\npublished: 2024-05-23\nlanguage: tr\n---\n\n"
             "--- summary\n---\nText.\n")
    root = write_project(tmp_path / "site", {
        "site.yml": "title: Daily brief\nlanguage: en\n", "content/story.md": story})
    result = run_cli("build", "--root", root, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    [card] = (root / "public" / "media").glob("story-*.jpg")
    assert card.read_bytes() == social_card("Deprem", "DAILY BRIEF", {})
