"""Greek and Serbian words in Latin letters as their readers spell them, in the names of tag
pages and the ids of headings: Αυγούστου is avgoustou, not aygoystoy; Лозница in Serbian is
loznica, not loznitsa."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.latin import slugify

from .helpers import run_cli, soup


@pytest.mark.parametrize(("text", "language", "slug"), [
    # Greek, by ELOT 743: αυ, ευ as av, ev before a vowel or a voiced consonant, af, ef
    # before a voiceless one; ου as ou; μπ at a word's start as b; γγ as ng
    ("Ευρωπαϊκή Ένωση", "el", "evropaiki-enosi"), ("Αυγούστου", "el", "avgoustou"),
    ("Αυτοκίνητο", "el", "aftokinito"), ("Εύβοια", "el", "evvoia"), ("ναύτης", "el", "naftis"),
    ("ΕΥΡΩΠΗ", "el", "evropi"), ("Μπαράζ", "el", "baraz"), ("Άγγελος", "el", "angelos"),
    ("Τι συνέβη στην Αττική;", "el", "ti-synevi-stin-attiki"),
    # a diaeresis, or a tonos on the first vowel, parts the two
    ("προϋπόθεση", "el", "proypothesi"), ("άυλος", "el", "aylos"),
    # Greek is spelt so in any explainer's language
    ("Λέσβος και Χίος", "en", "lesvos-kai-chios"),
    # Serbian, by its Latin alphabet, its accents left out as every slug leaves them
    ("Шта траже демонстранти?", "sr", "sta-traze-demonstranti"),
    ("Животна средина", "sr", "zivotna-sredina"), ("Лозница", "sr", "loznica"),
    ("Ђоковић", "sr", "djokovic"), ("Џамија", "sr", "dzamija"), ("Хлеб", "sr-Cyrl-RS", "hleb"),
    # other Cyrillic as before
    ("Лозница", "ru", "loznitsa"), ("Что будет", "ru", "chto-budet"),
])
def test_greek_and_serbian_are_written_as_their_readers_spell_them(text: str, language: str,
                                                                   slug: str) -> None:
    assert slugify(text, language) == slug


def story(language: str, tags: str, heading: str, subheading: str) -> str:
    """Return an explainer in a language, with tags, a prose section's heading and a heading
    in its text."""
    return (f"---\ntitle: T\ndek: D.\npublished: 2024-05-01\nlanguage: {language}\n"
            f"tags: [{tags}]\n---\n\n--- prose\nheading: {heading}\n---\nText.\n\n"
            f"## {subheading}\n\nText.\n")


def test_greek_and_serbian_pages_name_tags_and_headings_as_their_readers_spell_them(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "site.yml": "title: Desk\nlanguage: el\n",
        "content/fotia.md": story("el", "Ευρωπαϊκή Ένωση, Εύβοια", "Τι συνέβη τον Αύγουστο;",
                                  "Οι εκκενώσεις"),
        "content/litijum.md": story("sr", "Животна средина, Лозница", "Шта траже демонстранти?",
                                    "Одговор владе")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    pages = {path.relative_to(out).as_posix() for path in out.glob("**/tags/*.html")}
    assert pages == {"tags/index.html", "tags/evropaiki-enosi.html", "tags/evvoia.html",
                     "sr/tags/index.html", "sr/tags/zivotna-sredina.html",
                     "sr/tags/loznica.html"}
    for page, section, heading in (("fotia.html", "ti-synevi-ton-avgousto", "oi-ekkenoseis"),
                                   ("sr/litijum.html", "sta-traze-demonstranti",
                                    "odgovor-vlade")):
        html = soup(out / page)
        assert html.select_one(f"section#{section}") is not None, page
        assert html.select_one(f"section#{section} [id={heading}]") is not None, page
