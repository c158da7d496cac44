"""Typographer's punctuation: what readers see of the quotes, apostrophes and dashes typed."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.text.typography import typeset_html, typeset_text

from .helpers import SEED, run_cli, soup
from .manual import DOCS, read, tables, ticked

NNBSP = "\u202f"

STORY = """\
---
title: "Why Kenya's \\"mission\\" matters -- in 2024"
dek: "What's at stake... and for whom"
published: 2024-06-26
byline: Mary O'Brien
---

--- summary
---
Officials said "it's **firm**" -- and 'firmly' so. The 2019--2024 plan, the '90s...

See [the "report"](https://example.org/a--b...c), <https://example.org/it's--here> and
`"code" -- 'kept'`.

```
print("as typed") -- 'too'
```

--- takeaways
takeaways:
  - The "first" takeaway's point
---

--- figures
figures:
  - {value: "1,000", label: "officers' \\"pledged\\" pay"}
---

--- quote
text: "We're \\"ready\\""
speaker: A spokesperson
---
"""


def build_story(make_site: Callable[..., Path], language: str) -> Path:
    """Build STORY on a site in a language; return its page."""
    root = make_site({"site.yml": f"language: {language}\n", "content/story.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public" / "story.html"


def test_every_text_of_an_english_page_has_curly_quotes_and_dashes(
        make_site: Callable[..., Path]) -> None:
    page = soup(build_story(make_site, "en"))
    assert page.h1.get_text() == "Why Kenya\u2019s \u201cmission\u201d matters \u2014 in 2024"
    assert page.title.get_text().startswith("Why Kenya\u2019s \u201cmission\u201d")
    assert page.select_one(".dek").get_text() == "What\u2019s at stake\u2026 and for whom"
    assert "By Mary O\u2019Brien" in page.select_one(".byline").get_text()
    summary = page.select_one(".summary")
    first = summary.p.get_text()
    assert first.startswith(
        "Officials said \u201cit\u2019s firm\u201d \u2014 and \u2018firmly\u2019 so.")
    assert "The 2019\u20132024 plan, the \u201990s\u2026" in first
    assert page.select_one(".takeaways li").get_text() == \
        "The \u201cfirst\u201d takeaway\u2019s point"
    assert page.select_one(".figure dt").get_text() == "officers\u2019 \u201cpledged\u201d pay"
    assert page.select_one(".quote blockquote").get_text().strip() == \
        "We\u2019re \u201cready\u201d"


SITE = """\
title: Ledger's desk
description: Ledger's newsroom, "in brief"
base_url: https://example.org/news/
languages:
  fr:
    description: Le "fil" d'info du Ledger
"""


def test_the_site_s_name_and_description_are_set_as_explainers_are(
        make_site: Callable[..., Path]) -> None:
    french = STORY.replace("published:", "language: fr\npublished:")
    root = make_site({"site.yml": SITE, "content/story.md": STORY,
                      "content/histoire.md": french})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    out = root / "public"
    index = soup(out / "index.html")
    assert index.select_one(".site-description").get_text() == \
        "Ledger\u2019s newsroom, \u201cin brief\u201d"
    assert index.title.get_text() == "Ledger\u2019s desk"
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Ledger\u2019s desk</title>" in feed
    assert "<subtitle>Ledger\u2019s newsroom, \u201cin brief\u201d</subtitle>" in feed
    # Each language's own description is set as that language sets it; its pages give the
    # site's name as the site's language sets it.
    assert soup(out / "fr/index.html").select_one(".site-description").get_text() == \
        f"Le \u00ab{NNBSP}fil{NNBSP}\u00bb d\u2019info du Ledger"
    assert "Ledger\u2019s desk" in soup(out / "fr/histoire.html").title.get_text()


def test_code_addresses_and_attributes_keep_what_was_typed(
        make_site: Callable[..., Path]) -> None:
    page = soup(build_story(make_site, "en"))
    summary = page.select_one(".summary")
    link, bare = summary.find_all("a")
    assert link["href"] == "https://example.org/a--b...c"
    assert link.get_text() == "the \u201creport\u201d"
    assert bare["href"] == bare.get_text() == "https://example.org/it's--here"
    assert summary.find("code").get_text() == "\"code\" -- 'kept'"
    assert summary.find("pre").get_text() == "print(\"as typed\") -- 'too'\n"


@pytest.mark.parametrize(("language", "title"), [
    ("fr", f"Why Kenya\u2019s \u00ab{NNBSP}mission{NNBSP}\u00bb matters \u2013 in 2024"),
    ("es", "Why Kenya\u2019s \u00abmission\u00bb matters \u2014 in 2024"),
    ("pt", "Why Kenya\u2019s \u201cmission\u201d matters \u2014 in 2024"),
    ("ar", "Why Kenya\u2019s \u00abmission\u00bb matters \u2014 in 2024"),
    ("pl", "Why Kenya\u2019s \u201emission\u201d matters \u2013 in 2024"),
    ("ru", "Why Kenya\u2019s \u00abmission\u00bb matters \u2014 in 2024"),
    ("sv", "Why Kenya\u2019s \u201dmission\u201d matters \u2013 in 2024"),
    ("da", "Why Kenya\u2019s \u00bbmission\u00ab matters \u2013 in 2024"),
    ("ja", "Why Kenya\u2019s \u300cmission\u300d matters \u2014 in 2024"),
    ("zh", "Why Kenya\u2019s \u201cmission\u201d matters \u2014 in 2024"),
    # Taiwan's and Hong Kong's Chinese, written in Traditional characters, sets corner brackets.
    ("zh-TW", "Why Kenya\u2019s \u300cmission\u300d matters \u2014 in 2024"),
    ("zh-HK", "Why Kenya\u2019s \u300cmission\u300d matters \u2014 in 2024"),
    ("zh-Hans-HK", "Why Kenya\u2019s \u201cmission\u201d matters \u2014 in 2024"),
    # A language explainer has no style of its own for takes CLDR's marks; one CLDR does not
    # know keeps its straight quotes.
    ("ko", "Why Kenya\u2019s \u201cmission\u201d matters \u2014 in 2024"),
    ("el", "Why Kenya\u2019s \u00abmission\u00bb matters \u2014 in 2024"),
    ("bg", "Why Kenya\u2019s \u201emission\u201c matters \u2014 in 2024"),
    ("hu", "Why Kenya\u2019s \u201emission\u201d matters \u2014 in 2024"),
    ("qaa", "Why Kenya\u2019s \"mission\" matters \u2014 in 2024"),
])
def test_quotes_follow_the_language_of_the_page(make_site: Callable[..., Path], language: str,
                                                title: str) -> None:
    assert soup(build_story(make_site, language)).h1.get_text() == title


@pytest.mark.parametrize(("text", "expected"), [
    ('Il a dit "non" ; puis : « bon » ! Et l\'accord ?',
     f"Il a dit \u00ab{NNBSP}non{NNBSP}\u00bb{NNBSP}; puis\u00a0: \u00ab{NNBSP}bon{NNBSP}\u00bb"
     f"{NNBSP}! Et l\u2019accord{NNBSP}?"),
    ("Le 'vrai' rapport - dit-il", "Le \u201cvrai\u201d rapport\u00a0\u2013 dit-il"),
    ("À 12:30, voir https://example.org/?a=1;b", "À 12:30, voir https://example.org/?a=1;b"),
])
def test_french_spaces_its_high_punctuation_and_guillemets(text: str, expected: str) -> None:
    assert typeset_text(text, "fr") == expected


def test_canadian_french_spaces_only_the_colon_and_guillemets() -> None:
    assert typeset_text('Quoi ? "Oui" : non', "fr-CA") == \
        f"Quoi ? \u00ab{NNBSP}Oui{NNBSP}\u00bb\u00a0: non"


def test_a_quotation_runs_through_inline_markup_but_not_across_paragraphs() -> None:
    assert typeset_html('<p>"<em>A</em>"</p>\n<p>"B" and <strong>"C"</strong></p>', "en") == \
        "<p>\u201c<em>A</em>\u201d</p>\n<p>\u201cB\u201d and <strong>\u201cC\u201d</strong></p>"


@pytest.mark.parametrize(("typed", "expected"), [
    ("rock 'n' roll", "rock \u2019n\u2019 roll"),
    ("give 'em time", "give \u2019em time"),
    ("'Tis the season, the '90s", "\u2019Tis the season, the \u201990s"),
    ("'Emergency' was declared", "\u2018Emergency\u2019 was declared"),
    ("'nothing' works", "\u2018nothing\u2019 works"),
])
def test_a_word_english_shortens_at_its_start_opens_with_an_apostrophe(typed: str,
                                                                         expected: str) -> None:
    assert typeset_text(typed, "en") == expected
    assert typeset_html(f"<p>{typed}</p>", "en") == f"<p>{expected}</p>"


def test_a_word_dutch_shortens_at_its_start_opens_with_an_apostrophe(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/dijk.md": (
        "---\ntitle: De dijk\ndek: Waarom.\npublished: 2024-06-26\nlanguage: nl\n---\n\n"
        "--- summary\n---\nDe dijk bij 's-Hertogenbosch is 's avonds dicht en 't is 'n lange "
        "dijk; auto's rijden er niet. Hij zei: \"De dijk is 'veilig' genoeg.\"\n")})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    [summary] = soup(root / "public" / "nl" / "dijk.html").select(".summary p")
    assert summary.get_text() == (
        "De dijk bij \u2019s-Hertogenbosch is \u2019s avonds dicht en \u2019t is \u2019n lange "
        "dijk; auto\u2019s rijden er niet. Hij zei: \u201cDe dijk is \u2018veilig\u2019 "
        "genoeg.\u201d")


def test_afrikaans_n_opens_with_an_apostrophe() -> None:
    assert typeset_text("Dit is 'n lang dyk, het hy 'veilig' gesê.", "af") == \
        "Dit is \u2019n lang dyk, het hy \u2018veilig\u2019 gesê."


def test_marks_already_curly_stay_as_the_author_typed_them() -> None:
    text = "\u00ab\u00a0Oui\u00a0\u00bb, \u201cyes\u201d, \u2014 and \u2026"
    assert typeset_text(text, "en") == text
    assert typeset_text(typeset_text('"a" -- b...', "en"), "en") == "\u201ca\u201d \u2014 b\u2026"


def test_the_seed_page_has_no_straight_quotes_left(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    codes = [area.get_text() for area in page.select("textarea.embed-code")]
    assert codes and all('<iframe src="' in code for code in codes)  # code, to paste as it is
    for element in page(["script", "style", "svg", "textarea"]):
        element.decompose()
    text = page.body.get_text()
    assert ('"' in text, "'" in text, "--" in text) == (False, False, False)
    assert text.count("\u201c") == text.count("\u201d") > 5


def test_the_punctuation_table_of_the_manual_is_what_pages_show() -> None:
    [table] = [t for t in tables(read(DOCS / "writing.md")) if t.heading == "Punctuation"]
    languages = [ticked(cell)[0] for cell in table.header[1:]]
    assert languages == ["en", "fr", "es", "pt", "ar"] and table.rows
    for row in table.rows:
        [typed] = ticked(row[0])
        # A cell writes a no-break space as the entity a reader of the page sees as a space.
        assert [typeset_text(typed, language) for language in languages] == \
            [html.unescape(cell) for cell in row[1:]], typed


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("fr", "Environ 1 000 policiers", "Environ 1\u202f000 policiers"),
    ("ru", "15 000 000 рублей", "15\u00a0000\u00a0000 рублей"),
    ("en", "In 2024 150 officers and 1 200 more", "In 2024 150 officers and 1\u00a0200 more"),
    ("fr", "Version 2.5 000 et 12,5 000", "Version 2.5 000 et 12,5 000"),
])
def test_the_groups_of_a_number_stay_on_one_line(language: str, typed: str, shown: str) -> None:
    assert typeset_text(typed, language) == shown


PERCENT_STORY = """\
---
title: "Retraites : 70 % d'opposants"
dek: Près de 70 % des Français s'y opposent.
published: 2023-04-16
language: fr
---

--- summary
---
Près de 70 % des Français s'y opposent, et 5 \u2030 des votants ont voté blanc.

--- figures
figures:
  - {value: 70 %, label: Français opposés à la réforme}
---
"""


def test_a_percent_sign_keeps_to_its_number(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n", "content/retraites.md": PERCENT_STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "retraites.html")
    assert page.h1.get_text() == "Retraites\u00a0: 70\u00a0% d\u2019opposants"
    assert page.select_one(".dek").get_text().startswith("Près de 70\u00a0% des")
    assert "et 5\u00a0\u2030 des votants" in page.select_one(".summary").get_text()
    assert page.select_one(".figure dd").get_text().strip() == "70\u00a0%"


@pytest.mark.parametrize("language", ["en", "de", "es", "tr", "sw"])
def test_a_blank_before_a_percent_sign_is_no_break_in_every_language(language: str) -> None:
    assert typeset_text("up 12 % on 100%", language) == "up 12\u00a0% on 100%"


JAPANESE_STORY = """\
---
title: 地震で"想定外"の津波
dek: 気象庁は"ただちに避難を"と呼びかけた。
published: 2026-12-02
language: ja
---

--- summary
---
震源の深さは約40キロで、"ただちに高台へ避難してください"という呼びかけが流れた。

--- takeaways
takeaways:
  - 首相は"全力で対応する"と述べ、"支援"を約束した。
---
"""


def test_quotes_after_japanese_letters_open_and_close_in_turn(
        make_site: Callable[..., Path]) -> None:
    """No space comes before a quotation in Japanese: after 、 or a kana it opens as often as
    it closes, and the page shows 「」 the right way round."""
    root = make_site({"content/jishin.md": JAPANESE_STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "ja" / "jishin.html")
    assert page.h1.get_text() == "地震で「想定外」の津波"
    assert page.select_one(".dek").get_text() == "気象庁は「ただちに避難を」と呼びかけた。"
    assert page.select_one(".summary p").get_text() == \
        "震源の深さは約40キロで、「ただちに高台へ避難してください」という呼びかけが流れた。"
    assert page.select_one(".takeaways li").get_text() == \
        "首相は「全力で対応する」と述べ、「支援」を約束した。"


DASHED = """\
---
title: {title}
dek: What the deal was.
published: 2024-06-26
language: {language}
---

--- summary
---
{title}.
"""
# A hyphen typed between words, as each language's typographers set it.
DASHES = {
    "ru": ("Зерновая сделка - почему она важна", "Зерновая сделка\u00a0\u2014 почему она важна"),
    "uk": ("Зернова угода - чому вона важлива", "Зернова угода\u00a0\u2014 чому вона важлива"),
    "bg": ("Зърнената сделка - защо е важна", "Зърнената сделка\u00a0\u2014 защо е важна"),
    "pt": ("O acordo - e por que importa", "O acordo\u00a0\u2014 e por que importa"),
    "en": ("The grain deal - why it matters", "The grain deal\u00a0\u2013 why it matters"),
    "fr": ("L'accord - et pourquoi il compte",
           "L\u2019accord\u00a0\u2013 et pourquoi il compte"),
    "pl": ("Umowa zbożowa - dlaczego jest ważna",
           "Umowa zbożowa\u00a0\u2013 dlaczego jest ważna"),
}


def test_a_hyphen_between_words_is_the_dash_of_the_language(
        make_site: Callable[..., Path]) -> None:
    root = make_site({f"content/deal-{language}.md":
                      DASHED.format(title=typed, language=language)
                      for language, (typed, _) in DASHES.items()})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    for language, (_, shown) in DASHES.items():
        folder = root / "public" / ("" if language == "en" else language)
        page = soup(folder / f"deal-{language}.html")
        assert (page.h1.get_text(), page.select_one(".summary p").get_text()) == \
            (shown, f"{shown}.")


@pytest.mark.parametrize("language", ["en", "es", "pt", "ru", "fr"])
def test_a_hyphen_between_figures_is_an_en_dash_in_every_language(language: str) -> None:
    # A range or a score, whatever dash the language sets between words.
    assert typeset_text("1990 - 2000, 2 - 1", language) == "1990\u00a0\u2013 2000, 2\u00a0\u2013 1"


def test_a_hebrew_abbreviation_takes_the_gershayim_and_the_geresh(
        make_site: Callable[..., Path]) -> None:
    # Israeli papers type מנכ"ל (chief executive), ש"ח (shekels), ג'ורג' (George) with the
    # keyboard's quotes: readers see the upright Hebrew marks, not closing quotation marks,
    # and a quotation after a prefix (ב"הארץ", in Haaretz) keeps its quotation marks.
    story = ('---\ntitle: מנכ"ל החברה ב"הארץ" - 5 מיליארד ש"ח\ndek: ג\'ורג\' אמר "כן"\n'
             "published: 2025-08-10\nlanguage: he\n---\n\n--- summary\n---\nטקסט.\n")
    root = make_site({"content/story.md": story})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "he" / "story.html")
    assert page.h1.get_text() == ("מנכ\u05f4ל החברה ב\u201dהארץ\u201d\u00a0\u2013 5 מיליארד"
                                  " ש\u05f4ח")
    assert page.select_one(".dek").get_text() == "ג\u05f3ורג\u05f3 אמר \u201dכן\u201d"


MINUS_STORY = """\
---
title: Cold nights
dek: How cold the moon gets
published: 2024-06-26
---

--- summary
---
At night the surface cools to -173 °C, and the 2020-21 survey of well-known craters
found -0.5% a year (a fall of -2 points) on pages 12-14.

    cooled -173 degrees in code

--- figures
figures:
  - value: -173 °C
    label: lowest night-time temperature on the moon's surface
---
"""


def test_a_hyphen_before_a_negative_number_is_shown_as_a_minus_sign(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/moon.md": MINUS_STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "moon.html")
    assert page.select_one(".figure-value").get_text() == "\u2212173\u00a0°C"
    prose = " ".join(page.find("pre").find_previous("p").get_text().split())
    assert prose == ("At night the surface cools to \u2212173 °C, and the 2020-21 survey of "
                     "well-known craters found \u22120.5% a year (a fall of \u22122 points) "
                     "on pages 12-14.")
    assert page.find("pre").get_text().strip() == "cooled -173 degrees in code"


SINGLE_QUOTED = """\
---
title: 'Q'
dek: D
published: 2026-12-02
language: {language}
---

--- summary
---
他说，'真的'，还是'假的'？
"""


def test_a_single_quote_after_chinese_or_japanese_opens_an_inner_quotation(
        make_site: Callable[..., Path]) -> None:
    """No space comes before a quotation after 、，or a CJK letter: a straight single quote
    there opens the language's inner marks, not an apostrophe."""
    shown = {"zh": "他说，‘真的’，还是‘假的’？", "zh-TW": "他说，『真的』，还是『假的』？",
             "ja": "他说，『真的』，还是『假的』？"}
    root = make_site({f"content/q-{language.lower()}.md": SINGLE_QUOTED.format(language=language)
                      for language in shown})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    for language, text in shown.items():
        page = soup(root / "public" / language.lower() / f"q-{language.lower()}.html")
        assert page.select_one(".summary p").get_text() == text


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("ja", "日本'Japan'です", "日本『Japan』です"), ("zh", "日本'Japan'", "日本‘Japan’"),
    ("en", "東京's people", "東京’s people"), ("en", "the 東京' office", "the 東京’ office")])
def test_a_single_quote_after_cjk_letters_is_an_apostrophe_only_where_one_ends_a_word(
        language: str, typed: str, shown: str) -> None:
    assert typeset_text(typed, language) == shown


GERMAN_PERCENT_STORY = """\
---
title: Die EZB senkt den Einlagensatz auf 3,0 %
dek: Die Inflation lag im November bei 2,3 %.
published: 2024-12-12
language: de
---

--- summary
---
Die EZB senkt den Einlagensatz um 0,25 Prozentpunkte auf **3,0 %**.

--- figures
figures:
  - value: 3,0 %
    label: Einlagensatz der EZB
---
"""


def test_a_percent_sign_stays_on_its_number_s_line(make_site: Callable[..., Path]) -> None:
    """A blank typed between a number and "%" ("3,0 %", as German and French write it) is a
    no-break space on the page, as CLDR writes it: no line starts with the sign."""
    root = make_site({"content/ezb.md": GERMAN_PERCENT_STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "de" / "ezb.html")
    assert page.h1.get_text() == "Die EZB senkt den Einlagensatz auf 3,0\u00a0%"
    assert page.select_one(".dek").get_text() == "Die Inflation lag im November bei 2,3\u00a0%."
    assert "auf 3,0\u00a0%." in page.select_one(".summary p").get_text()
    assert page.select_one(".figure-value").get_text() == "3,0\u00a0%"


@pytest.mark.parametrize(("typed", "set_"), [
    # An abbreviation with the ending of a plural or of the feminine keeps its gershayim
    # before its last letter: drones, members of the Knesset, reports, a chief executive.
    ('170 כטב"מים שוגרו', "170 כטב\u05f4מים שוגרו"),
    ('ח"כים רבים', "ח\u05f4כים רבים"),
    ('דו"חות', "דו\u05f4חות"),
    ('מנכ"לית החברה', "מנכ\u05f4לית החברה"),
    # After prefixes alone the quote opens a quotation of a word with the same ending.
    ('בכתבה ה"בית" שלנו', "בכתבה ה\u201dבית\u201d שלנו"),
    ('ו"מים" לכולם', "ו\u201dמים\u201d לכולם"),
])
def test_an_inflected_hebrew_abbreviation_keeps_its_gershayim(typed: str, set_: str) -> None:
    assert typeset_text(typed, "he") == set_
