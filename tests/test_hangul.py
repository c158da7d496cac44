"""Korean words in Latin letters as the Revised Romanization spells them, by their sounds, in
the ids of headings, the names of tag pages and of a new draft: 한국 is hanguk, not hangug."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.spelling.latin import slugify

from .helpers import run_cli, soup


@pytest.mark.parametrize(("text", "slug"), [
    # a final at a word's end or before a consonant is one of seven sounds
    ("한국", "hanguk"), ("탄핵 표결", "tanhaek-pyogyeol"), ("앞", "ap"), ("닭", "dak"),
    # before a vowel it is said as the next syllable's initial, a pair's second letter alone
    ("계엄은", "gyeeomeun"), ("닭이", "dalgi"), ("값이", "gapsi"), ("좋아", "joa"),
    ("같이", "gachi"), ("영어", "yeongeo"),
    # nasal before ㄴ, ㅁ and ㄹ; ㄹ doubled; ㅎ makes the next consonant aspirated
    ("국물", "gungmul"), ("독립", "dongnip"), ("왕십리", "wangsimni"), ("신라", "silla"),
    ("설날", "seollal"), ("해제됐나", "haejedwaenna"), ("어떻게", "eotteoke"),
    ("국회", "gukhoe"), ("대한민국 헌법재판소", "daehanminguk-heonbeopjaepanso"),
])
def test_korean_is_written_as_the_revised_romanization_spells_it(text: str, slug: str) -> None:
    assert slugify(text, "ko") == slug


def test_a_korean_page_names_its_headings_and_tags_by_their_sounds(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "title: 해설\nlanguage: ko\n", "content/gyeeom.md": (
        "---\ntitle: 계엄\ndek: 설명.\npublished: 2024-12-04\ntags: [탄핵, 국회]\n---\n\n"
        "--- prose\nheading: 계엄은 어떻게 해제됐나\n---\n본문.\n\n## 탄핵 표결\n\n본문.\n")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    page = soup(out / "gyeeom.html")
    assert page.select_one("section#gyeeomeun-eotteoke-haejedwaenna "
                           "[id=tanhaek-pyogyeol]") is not None
    tags = sorted(path.stem.rsplit("-", 1)[0] for path in (out / "tags").glob("*-*.html"))
    assert tags == ["gukhoe", "tanhaek"]
    result = run_cli("new", "한국의 국회", "--root", root)
    assert result.returncode == 0, result.stderr
    assert (root / "content" / "hangugui-gukhoe.md").is_file(), result.stdout
