"""Hindi, Marathi and Nepali words in Latin letters as their readers spell them, in the names
of tag pages and the ids of headings: राहत is rahat, not raht."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.latin import slugify

from .helpers import run_cli, soup


def story(language: str, tags: str, heading: str, subheading: str) -> str:
    """Return an explainer in a language, with tags, a prose section's heading and a heading
    in its text."""
    return (f"---\ntitle: T\ndek: D.\npublished: 2024-05-01\nlanguage: {language}\n"
            f"tags: [{tags}]\n---\n\n--- prose\nheading: {heading}\n---\nपाठ.\n\n"
            f"## {subheading}\n\nपाठ.\n")


@pytest.mark.parametrize(("text", "slug"), [
    # Hindi: the a a consonant says, and the one Hindi leaves unsaid (समझना is samajhna)
    ("राहत कैसे पहुंच रही है", "rahat-kaise-pahunch-rahi-hai"),
    ("आपदा प्रबंधन", "apda-prabandhan"), ("असम", "asam"), ("सरकार", "sarkar"),
    ("जनता", "janta"), ("समझना", "samajhna"), ("बदलना", "badalna"), ("संगठन", "sangathan"),
    ("संबंध", "sambandh"), ("भारतीय", "bhartiya"), ("राष्ट्रीय", "rashtriya"),
    ("ज्ञान", "gyan"), ("क़ानून और ज़मीन", "qanun-aur-zamin"), ("छत्तीसगढ़", "chhattisgarh"),
    ("दुःख", "duhkh"), ("कृषि", "krishi"), ("भूकंप २०२५", "bhukamp-2025"), ("न", "na"),
    # Marathi
    ("महाराष्ट्र", "maharashtra"), ("मुंबईत पाऊस", "mumbait-paus"), ("निवडणूक", "nivadnuk"),
    ("पुणे", "pune"),
    # Nepali
    ("नेपाल", "nepal"), ("पहिरो", "pahiro"), ("निर्वाचन आयोग", "nirvachan-ayog"),
])
def test_devanagari_is_written_as_its_readers_spell_it(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_hindi_marathi_and_nepali_pages_name_tags_and_headings_by_their_sounds(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "site.yml": "title: Desk\nlanguage: hi\n",
        "content/rahat.md": story("hi", "असम, आपदा प्रबंधन", "राहत कैसे पहुंच रही है", "सरकार"),
        "content/paus.md": story("mr", "महाराष्ट्र", "मुंबईत पाऊस", "निवडणूक"),
        "content/pahiro.md": story("ne", "नेपाल", "पहिरो", "निर्वाचन आयोग")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    # Latin letters do not spell Devanagari one for one (ā and a are both a): a short hash
    # of the tag follows its name, as docs/output.md says.
    pages = {path.relative_to(out).as_posix() for path in out.glob("**/tags/*.html")}
    assert {re.sub("-[0-9a-f]{8}", "-#", page) for page in pages} == {
        "tags/index.html", "tags/asam-#.html", "tags/apda-prabandhan-#.html",
        "mr/tags/index.html", "mr/tags/maharashtra-#.html",
        "ne/tags/index.html", "ne/tags/nepal-#.html"}
    for page, section, heading in (("rahat.html", "rahat-kaise-pahunch-rahi-hai", "sarkar"),
                                   ("mr/paus.html", "mumbait-paus", "nivadnuk"),
                                   ("ne/pahiro.html", "pahiro", "nirvachan-ayog")):
        html = soup(out / page)
        assert html.select_one(f"section#{section}") is not None, page
        assert html.select_one(f"section#{section} [id={heading}]") is not None, page
