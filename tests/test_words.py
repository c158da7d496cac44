"""The words pages show: strings tables per language, dates and numbers from CLDR, and the
project's own tables laid over explainer's."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from babel import Locale
from babel.dates import format_skeleton

from explainer.content.languages import cldr_locale
from explainer.content.model import Country, CountryEntry, FuzzyDate, RoleGroup
from explainer.content.spelling.romanise import SERBIAN_LATIN
from explainer.content.text.punctuation import language_style
from explainer.serve.watch import is_input
from explainer.site.lexicon import Lexicon
from explainer.site.strings import PACKAGE_TABLES, package_tables, placeholders
from explainer.speed.cache import tool_fingerprint

from .helpers import run_cli, soup
from .test_incremental import Session

SHIPPED = sorted(path.stem for path in PACKAGE_TABLES.glob("*.yml"))
EXPLAINER = """\
---
title: {title}
dek: A short dek.
published: 2024-06-26
updated: 2024-07
---

--- summary
---
Something happened.

--- takeaways
takeaways:
  - One thing to know.
---

--- timeline
events:
  - date: 2024-06
    title: It is due
    approximate: true
    status: expected
    source: https://example.org/report
---

--- figures
figures:
  - {{value: "3", label: days of talks}}
---
"""


# 2024-06-30 12:00 UTC: while the explainers' expected event is still to come.
BUILD_DAY = {"SOURCE_DATE_EPOCH": "1719748800"}


def build(root: Path) -> tuple[Path, str]:
    """Build a project; fail the test if the build fails; return its output and messages."""
    result = run_cli("build", "--root", root, "--output", root / "public", env=BUILD_DAY)
    assert result.returncode == 0, result.stderr
    return root / "public", result.stderr


def text_of(page: Path, selector: str) -> str:
    """Return the text a reader sees in the first element a CSS selector finds: its text as
    written, runs of white space (but for no-break spaces, which French typography asks for)
    made one space."""
    element = soup(page).select_one(selector)
    assert element is not None, selector
    return re.sub(r"[ \t\r\n]+", " ", element.get_text()).strip()


def test_every_shipped_table_has_the_english_keys_and_no_others() -> None:
    tables = package_tables()
    assert {"en", "fr", "es", "pt", "ar"} <= set(tables)
    english = tables["en"].texts
    for language, table in tables.items():
        assert set(table.texts) == set(english), language


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_table_fills_in_only_the_values_english_does(language: str) -> None:
    english = package_tables()["en"].texts
    for key, text in package_tables()[language].texts.items():
        assert placeholders(text) is not None, (language, key)
        assert placeholders(text) <= placeholders(english[key]), (language, key)  # type: ignore


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_text_is_written_with_typographer_s_quotes(language: str) -> None:
    # Pages show these texts as they are: a straight quote would stand out in typeset prose.
    for key, text in package_tables()[language].texts.items():
        forms = text.values() if isinstance(text, dict) else [text]
        for form in forms:
            prose = re.sub(r"<[^>]*>", "", form)  # an attribute's quotes are markup
            assert "'" not in prose and '"' not in prose, (language, key, form)


RIGHT_TO_LEFT = [language for language in SHIPPED
                 if Lexicon({}).words(language).direction == "rtl"]
QUOTED = re.compile(r"([“”„«»])[\u00a0\u202f]?\{\w+\}[\u00a0\u202f]?([“”„«»])")


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_a_right_to_left_table_quotes_a_value_as_its_pages_quote_text(language: str) -> None:
    # English marks (“…”) read backwards beside the page's own (”…” in Hebrew, «…» in
    # Arabic), which its author's quotations are set in.
    marks = language_style(language).quotes
    for key, text in package_tables()[language].texts.items():
        for form in text.values() if isinstance(text, dict) else [text]:
            assert all(found == marks for found in QUOTED.findall(form)), (key, form)


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_table_counts_with_every_plural_form_of_its_language(language: str) -> None:
    categories = {*Locale.parse(language.replace("-", "_")).plural_form.tags, "other"}
    for key, text in package_tables()[language].texts.items():
        # A role that is a noun here may be a word for any count in English: "Contributeurs".
        if isinstance(package_tables()["en"].texts[key], dict) or isinstance(text, dict):
            assert isinstance(text, dict) and set(text) == categories, (language, key)


@pytest.mark.parametrize(("language", "day", "month", "year"), [
    ("en", "26 June 2024", "June 2024", "2024"),
    ("en-US", "June 26, 2024", "June 2024", "2024"),
    ("fr", "26 juin 2024", "juin 2024", "2024"),
    ("es", "26 de junio de 2024", "junio de 2024", "2024"),
    ("pt", "26 de junho de 2024", "junho de 2024", "2024"),
    ("ar", "26 يونيو 2024", "يونيو 2024", "2024"),
])
def test_dates_are_written_as_precisely_as_they_are_known(language: str, day: str, month: str,
                                                          year: str) -> None:
    words = Lexicon({}).words(language)
    assert [words.date(FuzzyDate(2024, 6, 26)), words.date(FuzzyDate(2024, 6)),
            words.date(FuzzyDate(2024))] == [day, month, year]


def test_a_day_names_its_month_in_full_where_cldr_s_pattern_abbreviates_it(
        make_site: Callable[..., Path]) -> None:
    """CLDR's Serbian pattern for a day of a month in full, 'yMMMMd', is 'd. MMM y.': the page
    still writes the month in full, as the Serbian long date and newsrooms do."""
    story = EXPLAINER.format(title="Протест").replace("published: 2024-06-26",
                                                      "published: 2024-02-12")
    root = make_site({"site.yml": "language: sr\n", "content/story.md": story})
    out, _ = build(root)
    assert "12. фебруар 2024." in text_of(out / "story.html", ".byline")
    assert text_of(out / "index.html", "time") == "12. фебруар 2024."


def test_a_thai_page_dates_in_the_buddhist_era_as_thai_newsrooms_do(
        make_site: Callable[..., Path]) -> None:
    """Thai papers write 2567 for 2024, the Buddhist era's year: the byline, the lists and the
    timeline do too, and the year of a long timeline's heading; <time datetime> stays ISO's."""
    events = "".join(f"  - date: {year}-0{month}-01\n    title: เหตุการณ์ {year} {month}\n"
                     f"    source: https://example.org/report\n"
                     for year in (2022, 2023) for month in range(1, 8))
    story = EXPLAINER.format(title="น้ำท่วม") + f"\n--- timeline\nevents:\n{events}---\n"
    root = make_site({"site.yml": "language: th\n", "content/story.md": story})
    out, _ = build(root)
    assert "26 มิถุนายน 2567" in text_of(out / "story.html", ".byline")
    assert text_of(out / "index.html", "time") == "26 มิถุนายน 2567"
    assert soup(out / "index.html").select_one("time")["datetime"] == "2024-06-26"
    page = soup(out / "story.html")
    assert [h3.get_text(strip=True) for h3 in page.select("h3[id^=timeline-]")] == \
        ["2565", "2566"]
    assert "2024" not in page.select_one(".timeline").get_text()


def test_a_vietnamese_page_writes_a_day_with_its_year_as_vietnamese_papers_do(
        make_site: Callable[..., Path]) -> None:
    """CLDR's Vietnamese day is "26 tháng 6 2024", its year a bare number after the month:
    the byline, the lists and the timeline write "ngày 26 tháng 6 năm 2024", as CLDR's own
    month and year, "tháng 6 năm 2024", and Vietnamese papers do."""
    story = EXPLAINER.format(title="Bão Yagi").replace(
        "  - date: 2024-06\n", "  - date: 2024-06-25\n    title: Bão đổ bộ\n"
        "    source: https://example.org/report\n  - date: 2024-06\n")
    root = make_site({"site.yml": "language: vi\n", "content/story.md": story})
    out, _ = build(root)
    assert "ngày 26 tháng 6 năm 2024" in text_of(out / "story.html", ".byline")
    assert text_of(out / "index.html", "time") == "ngày 26 tháng 6 năm 2024"
    page = soup(out / "story.html")
    assert [day.get_text(" ", strip=True) for day in page.select(".timeline time")][:2] == \
        ["ngày 25 tháng 6 năm 2024", "Khoảng tháng 6 năm 2024"]


def test_numbers_and_plurals_follow_the_language() -> None:
    lexicon = Lexicon({})
    assert lexicon.words("en").number(1234567) == "1,234,567"
    assert lexicon.words("fr").number(1234567) == "1\u202f234\u202f567"
    assert lexicon.words("en").text("explainers_tagged", 1, tag="Haiti") == \
        "1 explainer tagged Haiti"
    assert lexicon.words("en").text("explainers_tagged", 1000, tag="Haiti") == \
        "1,000 explainers tagged Haiti"
    arabic = lexicon.words("ar")
    assert [arabic.text("explainers_tagged", n, tag="x") for n in (0, 1, 2, 3, 11, 100)] == [
        "لا توجد شروح موسومة بـ«x»", "شرح واحد موسوم بـ«x»", "شرحان موسومان بـ«x»",
        "3 شروح موسومة بـ«x»", "11 شرحًا موسومًا بـ«x»", "100 شرح موسوم بـ«x»"]
    # Romanian puts "de" between a number from 20 and its noun, but not after 101 to 119.
    romanian = lexicon.words("ro")
    assert [romanian.text("search_results", n, query="x").split(" pentru")[0]
            for n in (0, 1, 2, 19, 20, 101, 120)] == [
        "0 rezultate", "1 rezultat", "2 rezultate", "19 rezultate", "20 de rezultate",
        "101 rezultate", "120 de rezultate"]


@pytest.mark.parametrize(("language", "headings"), [
    ("en", ["Host", "Hosts", "Hosts", "Hosts", "Hosts"]),
    # Russian counts 21 and 101 as 'one' ("21 страна"); a count apart governs no noun.
    ("ru", ["Принимающая страна", *["Принимающие страны"] * 4]),
    # Arabic heads two with its dual, more with its plural, 101 too (its 'other').
    ("ar", ["البلد المضيف", "البلدان المضيفان", *["البلدان المضيفة"] * 3]),
    ("ja", ["ホスト国"] * 5),
    # Romanian's 'few' holds 2 to 19 and 101: a heading's plural all the same.
    ("ro", ["Gazdă", *["Gazde"] * 4]),
    ("vi", ["Nước chủ nhà", *["Các nước chủ nhà"] * 4]),
    # Czech's 21 and 101 are 'other', as its 5 is: "21 zemí".
    ("cs", ["Hostitelská země", *["Hostitelské země"] * 4]),
    # Serbian and Croatian count 21 and 101 as 'one' ("21 država"): the heading is plural.
    ("sr", ["Држава домаћин", *["Државе домаћини"] * 4]),
    ("hr", ["Država domaćin", *["Države domaćini"] * 4]),
    ("sk", ["Hostiteľská krajina", *["Hostiteľské krajiny"] * 4]),
    ("bg", ["Домакин", *["Домакини"] * 4]),
])
def test_a_role_heads_its_group_in_the_number_of_its_count(language: str,
                                                           headings: list[str]) -> None:
    words = Lexicon({}).words(language)
    assert [words.role_name("host", count) for count in (1, 2, 3, 21, 101)] == headings


def test_a_group_s_role_fits_its_members_and_an_entry_s_its_own() -> None:
    haiti, kenya = Country("HT", "Haiti", "332"), Country("KE", "Kenya", "404")
    entries = (CountryEntry(haiti, "host"), CountryEntry(kenya, "Host"))
    group = RoleGroup("host", entries, entries)
    french = Lexicon({}).words("fr")
    assert [french.role_label(group), french.role_label(group, 1),
            french.role_label(entries[0])] == ["Pays hôtes", "Pays hôte", "Pays hôte"]
    assert french.role_names(["contributing", "lead"]) == "Contributeur, Chef de file"


def test_a_regional_language_falls_back_on_its_language_then_on_english() -> None:
    assert cldr_locale("fr-CA") == Locale.parse("fr_CA")
    assert cldr_locale("fr-XX") == Locale.parse("fr")
    assert cldr_locale("en") == Locale.parse("en_001")
    words = Lexicon({}).words("fr-CA")
    assert words.text("key_takeaways") == "À retenir"
    assert words.name == "français (Canada)"
    assert Lexicon({}).words("ar").direction == "rtl"


def test_a_french_site_writes_every_word_in_french(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire")})
    out, _ = build(root)
    page = out / "story.html"
    assert soup(page).html["lang"] == "fr" and soup(page).html["dir"] == "ltr"
    assert text_of(page, ".skip-link") == "Aller au contenu"
    assert text_of(page, ".takeaways h2") == "À retenir"
    assert text_of(page, ".figures h2") == "Chiffres clés"
    assert text_of(page, ".timeline h2") == "Chronologie"
    assert text_of(page, ".byline") == \
        "Publication\u00a0: 26 juin 2024\u00a0· Mise à jour\u00a0: juillet 2024\u00a0· " \
        "1\u00a0min de lecture"
    assert text_of(page, ".event-date") == "juin 2024 environ Prévu"
    assert text_of(page, ".event-source") == "Source\u00a0: example.org/report"
    assert soup(page).select_one(".summary")["aria-label"] == "Résumé"
    assert text_of(out / "countries/index.html", "h1") == "Pays"
    assert soup(out / "404.html").title.get_text() == "Page introuvable · Explainers"


HINDI_COUNTRIES = """
--- countries
countries:
  - name: Kenya
    role: lead
  - name: United States
    role: funder
---
"""


def test_a_hindi_site_writes_its_words_as_a_hindi_newsroom_does(
        make_site: Callable[..., Path]) -> None:
    """Hindi newsrooms call an explainer एक्सप्लेनर ('भास्कर एक्सप्लेनर'), but write the rest
    in Hindi: no English word where a Hindi one beside it says the same."""
    root = make_site({"site.yml": "language: hi\n", "content/story.md":
                      EXPLAINER.format(title="एक कहानी") + HINDI_COUNTRIES})
    out, _ = build(root)
    roles = [h3.find(string=True, recursive=False).strip()
             for h3 in soup(out / "story.html").select(".countries h3.role")]
    assert roles == ["नेतृत्व", "आर्थिक मदद"]
    assert text_of(out / "search.html", "#search-hint") == \
        "शीर्षकों, उपशीर्षकों, मुख्य बातों, खंडों के शीर्षकों, देशों और टैग में आए शब्द।"
    assert text_of(out / "search.html", "label[for=search-query]") == "एक्सप्लेनर में खोजें"


def test_a_czech_site_counts_in_the_few_and_other_forms(make_site: Callable[..., Path]) -> None:
    # Five explainers tagged Bezpečnost, three of them Haiti too, one of them Keňa.
    stories = {f"content/story-{n}.md": EXPLAINER.format(title=f"Příběh {n}").replace(
        "updated: 2024-07\n", "updated: 2024-07\ntags: [Bezpečnost"
        + ", Haiti" * (n < 3) + ", Keňa" * (n < 1) + "]\n") for n in range(5)}
    out, messages = build(make_site({"site.yml": "language: cs\n", **stories}))
    page = out / "story-0.html"
    assert soup(page).html["lang"] == "cs" and not soup(page).select("[lang=en]")
    assert text_of(page, ".takeaways h2") == "To nejdůležitější"
    assert text_of(page, ".timeline h2") == "Časová osa"
    assert text_of(page, ".byline") == "Zveřejněno: 26. června 2024\u00a0· " \
        "Naposledy aktualizováno: červenec 2024\u00a0· 1\u00a0min čtení"
    # CLDR's month is in the nominative: a qualifier after it keeps the Czech grammatical.
    assert text_of(page, ".event-date") == "červen 2024 (přibližně) Očekává se"
    assert [text_of(out / f"tags/{tag}.html", ".site-description")
            for tag in ("kena", "haiti", "bezpecnost")] == [
        "1 článek k\u00a0tématu „Keňa“", "3 články k\u00a0tématu „Haiti“",
        "5 článků k\u00a0tématu „Bezpečnost“"]
    assert messages.count("warning") == 1  # the one about base_url: no text is missing


@pytest.mark.parametrize(("language", "results"), [
    ("cs", ["0 výsledků", "1 výsledek", "2 výsledky", "4 výsledky", "5 výsledků", "21 výsledků"]),
    ("fi", ["0 tulosta", "1 tulos", "2 tulosta", "4 tulosta", "5 tulosta", "21 tulosta"]),
    ("sv", ["0 träffar", "1 träff", "2 träffar", "4 träffar", "5 träffar", "21 träffar"]),
    ("sk", ["0 výsledkov", "1 výsledok", "2 výsledky", "4 výsledky", "5 výsledkov",
            "21 výsledkov"]),
    # Serbian and Croatian count 21 as 'one', 22 to 24 as 'few' and 5 to 20 as 'other'.
    ("sr", ["0 резултата", "1 резултат", "2 резултата", "4 резултата", "5 резултата",
            "21 резултат"]),
    ("hr", ["0 rezultata", "1 rezultat", "2 rezultata", "4 rezultata", "5 rezultata",
            "21 rezultat"]),
    ("bg", ["0 резултата", "1 резултат", "2 резултата", "4 резултата", "5 резултата",
            "21 резултата"]),
    # Amharic counts 0 with 1, as 'one'.
    ("am", ["ለ«x» 0 ውጤት", "ለ«x» 1 ውጤት", *[f"ለ«x» {n} ውጤቶች" for n in (2, 4, 5, 21)]]),
])
def test_a_count_of_results_takes_its_language_s_plural_form(language: str,
                                                            results: list[str]) -> None:
    words = Lexicon({}).words(language)
    found = [words.text("search_results", n, query="x") for n in (0, 1, 2, 4, 5, 21)]
    assert [re.split(" (?:pro|pre|haulla|för|за|za) ", text)[0] for text in found] == results


def test_a_page_in_norwegian_takes_the_words_of_bokmal() -> None:
    lexicon = Lexicon({})
    assert [lexicon.words(tag).text("key_takeaways") for tag in ("nb", "no", "nb-NO", "no-NO")] \
        == ["Det viktigste"] * 4
    assert lexicon.words("no").in_english == frozenset()
    assert lexicon.words("nn").text("key_takeaways") == "Key takeaways"  # Nynorsk has no table


@pytest.mark.parametrize(("language", "words"), [
    ("sr", "Најважније"), ("sr-RS", "Најважније"), ("sr-Cyrl-ME", "Најважније"),
    # Montenegro's Serbian is written in Latin letters, as CLDR has it: so are its words.
    ("sr-Latn", "Najvažnije"), ("sr-Latn-RS", "Najvažnije"), ("sr-ME", "Najvažnije"),
    # Taiwan's, Hong Kong's and Macao's Chinese is Traditional, as CLDR has it: so are its
    # words, never the Simplified ones of zh.
    ("zh-Hant", "重點"), ("zh-TW", "重點"), ("zh-HK", "重點"), ("zh-MO", "重點"),
    ("zh-Hant-TW", "重點"), ("zh-CN", "要点"), ("zh-SG", "要点"), ("zh-Hans-HK", "要点"),
])
def test_a_language_written_in_two_scripts_takes_the_words_of_its_page_s(
        language: str, words: str) -> None:
    assert Lexicon({}).words(language).text("key_takeaways") == words


def test_a_montenegrin_serbian_site_writes_every_word_in_latin_letters(
        make_site: Callable[..., Path]) -> None:
    story = EXPLAINER.format(title="Protest").replace("updated: 2024-07\n",
                                                      "updated: 2024-07\ntags: [Protest]\n")
    out, messages = build(make_site({"site.yml": "language: sr-ME\n",
                                     "content/story.md": story}))
    for page in (out / "story.html", out / "index.html", out / "tags/protest.html"):
        assert not re.search("[\u0400-\u04ff]", soup(page).get_text()), page
        assert not soup(page).select("[lang=en]"), page
    assert text_of(out / "story.html", ".takeaways h2") == "Najvažnije"
    assert text_of(out / "story.html", ".byline") == "Objavljeno: 26. jun 2024.\u00a0· Poslednja " \
        "izmena: jul 2024.\u00a0· 1\u00a0min čitanja"
    assert "strings table" not in messages and "no text for" not in messages


def test_the_serbian_latin_table_says_in_latin_letters_what_the_cyrillic_one_does() -> None:
    latin = str.maketrans({**SERBIAN_LATIN, "ђ": "đ", "Ђ": "Đ"})
    tables = package_tables()
    assert {key: text.translate(latin) if isinstance(text, str) else
            {form: said.translate(latin) for form, said in text.items()}
            for key, text in tables["sr"].texts.items()} == tables["sr-Latn"].texts


@pytest.mark.parametrize(("language", "month", "day"), [
    ("el", "Σεπτέμβριος 2026 (κατά προσέγγιση)", "26 Σεπτεμβρίου 2026 (κατά προσέγγιση)"),
    ("cs", "září 2026 (přibližně)", "26. září 2026 (přibližně)"),
    ("fi", "syyskuu 2026 (arvio)", "26. syyskuuta 2026 (arvio)"),
    ("hu", "2026. szeptember körül", "2026. szeptember 26. körül"),
])
def test_an_approximate_date_stays_grammatical_with_cldr_s_nominative(
        language: str, month: str, day: str) -> None:
    words = Lexicon({}).words(language)
    assert [words.text("about_date", date=words.date(date))
            for date in (FuzzyDate(2026, 9), FuzzyDate(2026, 9, 26))] == [month, day]


@pytest.mark.parametrize(("language", "names", "byline"), [
    ("en", "Ana Ruiz, Mateo Quispe", "By Ana Ruiz and Mateo Quispe"),
    ("es", "Ana Ruiz, Mateo Quispe", "Por Ana Ruiz y Mateo Quispe"),
    ("de", "Ana Ruiz, Mateo Quispe, Li Wei", "Von Ana Ruiz, Mateo Quispe und Li Wei")])
def test_a_byline_names_its_authors_as_the_language_lists_them(
        make_site: Callable[..., Path], language: str, names: str, byline: str) -> None:
    root = make_site({"site.yml": f"language: {language}\n",
                      "content/story.md": EXPLAINER.format(title="A story").replace(
                          "updated: 2024-07\n", f"updated: 2024-07\nbyline: [{names}]\n")})
    out, _ = build(root)
    # Each name is a link to its author's page: the text runs on across them.
    shown = soup(out / "story.html").select_one(".byline [dir=auto]").get_text()
    assert " ".join(shown.split()) == byline


def test_an_arabic_site_is_written_right_to_left(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: ar\n",
                      "content/story.md": EXPLAINER.format(title="قصة")})
    out, _ = build(root)
    page = soup(out / "story.html")
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert page.select_one(".takeaways h2").get_text() == "أبرز النقاط"


def test_embed_codes_read_left_to_right_on_a_right_to_left_page(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: ar\n",
                      "content/story.md": EXPLAINER.format(title="قصة")})
    out, _ = build(root)
    codes = soup(out / "story.html").select("textarea.embed-code")
    # HTML code set right to left shows '<iframe' as 'iframe>' and scrambles its attributes.
    assert codes and all(code["dir"] == "ltr" for code in codes)


def test_a_quote_s_latin_speaker_keeps_its_order_on_a_hebrew_page(
        make_site: Callable[..., Path]) -> None:
    story = EXPLAINER.format(title="הפסקת אש") + (
        "\n--- quote\ntext: שלב ראשון\nspeaker: Steve Witkoff\nrole: US special envoy\n"
        "date: 2025-10-08\n---\n")
    root = make_site({"site.yml": "language: he\n", "content/story.md": story})
    out, _ = build(root)
    page = soup(out / "story.html")
    assert page.html["dir"] == "rtl"
    # Each name is isolated in its own direction, so that the date does not join it.
    isolated = [(span.get_text(), span.get("dir"))
                for span in page.select(".quote figcaption span[dir]")]
    assert isolated == [("Steve Witkoff", "auto"), ("US special envoy", "auto")]


def test_counts_and_notes_are_bracketed_as_the_language_writes_them(
        make_site: Callable[..., Path]) -> None:
    story = EXPLAINER.format(title="地震") + (
        "\n--- countries\ncountries:\n  - {name: Japan, role: host}\n"
        "  - {name: United States, role: supporting}\n---\n"
        "\n--- quote\ntext: 備える\nspeaker: A\ntranslated: true\n---\n")
    root = make_site({"site.yml": "language: ja\n", "content/story.md": story})
    out, _ = build(root)
    page = soup(out / "story.html")
    assert page.select_one(".countries h2 .count").get_text() == "（2）"
    assert page.select_one(".quote .translated").get_text() == "（編集部訳）"


BRACKETED = """\
---
title: T
dek: D
published: 2024-06-26
language: {language}
tags: [{tag}]
---

--- summary
---
Text.

--- countries
countries:
  - {{name: Japan, role: host}}
  - {{organisation: PICES, role: supporting}}
---

--- sources
sources:
  - {{title: {title}, publisher: {publisher}, date: 2024-03-14}}
---
"""


@pytest.mark.parametrize(("language", "words", "shown"), [
    # Full-width brackets hold their own space: no space is set before them.
    ("ja", ("水産", "報告", "水産庁"),
     ("関係国・地域と機関（2）", "ホスト国（1）", "報告、水産庁（2024年3月14日）", "水産（1）")),
    ("zh", ("铁路", "报告", "新华社"),
     ("涉及国家和组织（2）", "东道国（1）", "报告、新华社（2024年3月14日）", "铁路（1）")),
    ("en", ("Fisheries", "Report", "Agency"),
     ("Countries and organisations involved (2)", "Host (1)",
      "Report, Agency (14 March 2024)", "Fisheries (1)")),
])
def test_a_count_or_date_in_brackets_is_spaced_as_its_brackets_are(
        make_site: Callable[..., Path], language: str, words: tuple[str, str, str],
        shown: tuple[str, str, str, str]) -> None:
    tag, title, publisher = words
    story = BRACKETED.format(language=language, tag=tag, title=title, publisher=publisher)
    out, _ = build(make_site({"content/story.md": story}))
    folder = out if language == "en" else out / language
    page = soup(folder / "story.html")
    found = (page.select_one(".countries h2"), page.select(".countries h3")[0],
             page.select_one(".sources li"),
             soup(folder / "tags" / "index.html").select_one("main li"))
    assert tuple(" ".join(element.get_text().split()) for element in found) == shown


def test_a_quote_and_a_source_in_another_language_say_so_and_keep_its_punctuation(
        make_site: Callable[..., Path]) -> None:
    # An English speaker quoted in English on a French page: screen readers read it in English,
    # and its quotation marks are English ones, not French guillemets with their spaces.
    story = EXPLAINER.format(title="Une histoire") + (
        '\n--- quote\ntext: We are "firmly committed" to it.\nspeaker: Jake Sullivan\n'
        "language: en\nsource:\n  title: Biden's \"firm commitment\"\n"
        "  url: https://example.org/report\n  language: en-GB\n---\n"
        '\n--- quote\ntext: Nous sommes "fermement engagés".\nspeaker: Un porte-parole\n---\n')
    root = make_site({"site.yml": "language: fr\n", "content/story.md": story})
    out, _ = build(root)
    page = soup(out / "story.html")
    english, french = page.select(".quote blockquote")
    assert english["lang"] == "en"
    assert english.get_text(strip=True) == "We are \u201cfirmly committed\u201d to it."
    assert not french.has_attr("lang")  # the page's own language
    assert "\u00ab" in french.get_text()  # guillemets, as French sets quotes
    link = page.select_one(".quote figcaption a")
    assert (link["lang"], link["hreflang"]) == ("en-GB", "en-GB")
    assert link.get_text() == "Biden\u2019s \u201cfirm commitment\u201d"


def test_a_part_s_language_must_be_a_language_tag(make_site: Callable[..., Path]) -> None:
    story = EXPLAINER.format(title="A story") + (
        "\n--- quote\ntext: Words.\nspeaker: A\nlanguage: french\n---\n")
    root = make_site({"content/story.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public", env=BUILD_DAY)
    assert result.returncode == 1
    assert "content/story.md:34:11: error: section 'quote': 'language' must be a language tag" \
        in result.stderr
    assert "write its tag: language: fr" in result.stderr


def test_a_section_title_the_author_wrote_stays(make_site: Callable[..., Path]) -> None:
    story = EXPLAINER.format(title="Une histoire").replace(
        "--- takeaways\n", "--- takeaways\ntitle: L'essentiel\n")
    root = make_site({"site.yml": "language: fr\n", "content/story.md": story})
    out, _ = build(root)
    assert text_of(out / "story.html", ".takeaways h2") == "L\u2019essentiel"


def test_a_project_table_overrides_one_text_and_keeps_the_others(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr-CA\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire"),
                      "i18n/fr-CA.yml": "key_takeaways: L'essentiel\n",
                      "i18n/fr.yml": "key_figures: En chiffres\nkey_takeaways: Jamais lu\n"})
    out, messages = build(root)
    page = out / "story.html"
    assert soup(page).html["lang"] == "fr-CA"
    assert text_of(page, ".takeaways h2") == "L'essentiel"  # the project's fr-CA
    assert text_of(page, ".figures h2") == "En chiffres"  # the project's fr
    assert text_of(page, ".timeline h2") == "Chronologie"  # explainer's fr
    assert messages.count("warning") == 1  # the one about base_url


def test_a_new_language_warns_once_of_the_texts_it_lacks(
        make_site: Callable[..., Path]) -> None:
    stories = {f"content/story-{n}.md": EXPLAINER.format(title=f"រឿង {n}")
               for n in range(3)}
    root = make_site({"site.yml": "language: km\n", **stories,
                      "i18n/km.yml": "key_takeaways: ចំណុចសំខាន់ៗ\nkey_figures: តួលេខសំខាន់ៗ\n"})
    out, messages = build(root)
    assert text_of(out / "story-0.html", ".takeaways h2") == "ចំណុចសំខាន់ៗ"
    assert text_of(out / "story-0.html", ".timeline h2") == "Timeline"
    english = package_tables()["en"].texts
    lacking = [key for key in english
               if key not in ("key_takeaways", "key_figures", "list_separator")
               and not key.startswith("new_")]
    [warning] = [line for line in messages.splitlines() if line.startswith("i18n/km.yml:")]
    assert warning == (f"i18n/km.yml: warning: no text for {len(lacking)} keys: pages in km "
                       "show them in English: " + ", ".join(f"'{key}'" for key in lacking[:8])
                       + f" and {len(lacking) - 8} more")
    assert "explainer/data/i18n/en.yml has every key" in messages
    assert text_of(out / "story-0.html", ".byline") == "Published 26 មិថុនា 2024\u00a0· " \
        "Last updated កក្កដា 2024\u00a0· 1 min read"  # the English words, but Khmer dates


def test_a_table_lacking_one_text_names_it_with_its_english_words(
        make_site: Callable[..., Path]) -> None:
    english = package_tables()["en"].texts
    # Every text but one, each its English words (a text that counts, by its forms).
    table = {key: text for key, text in english.items() if key != "explainers_tagged"}
    root = make_site({"site.yml": "language: km\n", "content/story.md": EXPLAINER.format(
        title="រឿង"), "i18n/km.yml": yaml.safe_dump(table, allow_unicode=True)})
    _, messages = build(root)
    # A text that counts is quoted by its English form for most numbers, not by its key.
    assert [line for line in messages.splitlines() if line.startswith("i18n/km.yml:")] == [
        "i18n/km.yml: warning: no text for 'explainers_tagged': pages in km show the English "
        "'{count} explainers tagged {tag}'"]


def test_english_words_count_as_english_on_a_page_in_another_language(
        make_site: Callable[..., Path]) -> None:
    # Khmer has one plural form, 'other': the English text shown in its place needs 'one'.
    root = make_site({"site.yml": "language: km\n",
                      "content/story.md": EXPLAINER.format(title="រឿង").replace(
                          "updated: 2024-07\n", "updated: 2024-07\ntags: [រញ្ជួយដី]\n")})
    out, _ = build(root)
    [page] = [page for page in (out / "tags").glob("*.html") if page.name != "index.html"]
    assert "1 explainer tagged រញ្ជួយដី" in text_of(page, "main")


def test_a_language_without_a_table_parts_a_list_as_cldr_does(
        make_site: Callable[..., Path]) -> None:
    story = ("---\ntitle: اوبه\ndek: لنډیز\npublished: 2024-05-23\nlanguage: ps\n---\n\n"
             "--- quote\ntext: اوبه لږې دي\nspeaker: Ebrahim Raisi\nrole: د ایران ولسمشر\n---\n")
    out, _ = build(make_site({"content/story.md": story}))
    cite = text_of(out / "ps" / "story.html", ".quote figcaption")
    assert "\u060c " in cite and "," not in cite  # the Pashto comma, not ", "


def test_a_table_without_a_list_mark_takes_cldr_s_and_warns_not(
        make_site: Callable[..., Path]) -> None:
    story = ("---\ntitle: اوبه\ndek: لنډیز\npublished: 2024-05-23\n---\n\n"
             "--- quote\ntext: اوبه لږې دي\nspeaker: Ebrahim Raisi\nrole: د ایران ولسمشر\n---\n")
    root = make_site({"site.yml": "language: ps\n", "content/story.md": story,
                      "i18n/ps.yml": "key_takeaways: مهم ټکي\n"})
    out, messages = build(root)
    cite = text_of(out / "story.html", ".quote figcaption")
    assert "\u060c " in cite and "," not in cite  # the Pashto comma, as the warning must say
    lacking = [key for key in package_tables()["en"].texts
               if key not in ("key_takeaways", "list_separator") and not key.startswith("new_")]
    assert f"i18n/ps.yml: warning: no text for {len(lacking)} keys: " in messages


def test_a_language_without_any_table_says_so_once(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: km\n",
                      "content/story.md": EXPLAINER.format(title="រឿង")})
    _, messages = build(root)
    assert messages.count("site.yml: warning: there is no strings table for 'km': pages in km "
                          "show English words") == 1


def test_a_key_of_the_project_s_own_serves_its_templates_without_a_warning(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire"),
                      "i18n/en.yml": "brand_tagline: News that explains\n",
                      "i18n/fr.yml": "brand_tagline: L'actualité expliquée\n",
                      "overrides/templates/base.html": '{% extends "theme/base.html" %}\n'
                      '{% block footer %}<p class="tagline">{{ t("brand_tagline") }}</p>'
                      "{% endblock %}\n"})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "brand_tagline" not in result.stderr and "i18n/" not in result.stderr
    assert soup(tmp_path / "out" / "index.html").select_one(".tagline").get_text() == \
        "L'actualité expliquée"


def test_mistakes_in_a_project_table_are_located(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire"),
                      "i18n/fr.yml": "key_takeaway: L'essentiel\n"
                                     "published: Publié le {day}\n"
                                     "byline: Par {names\n"
                                     "explainers_tagged:\n  one: un décryptage\n"})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert "i18n/fr.yml:1:1: warning: unknown key 'key_takeaway'; explainer's pages do not " \
           "ask for it\n  hint: did you mean 'key_takeaways'?" in result.stderr
    assert "i18n/fr.yml:2:1: error: 'published' names {day}, which the text is not given\n" \
           "  hint: it may use {date}" in result.stderr
    assert "i18n/fr.yml:3:1: error: 'byline': a brace is not closed" in result.stderr
    assert "i18n/fr.yml:5:3: error: strings table: 'explainers_tagged' has no 'other' form" \
        in result.stderr
    assert not (root / "public").exists()


def test_a_key_that_is_no_name_in_a_project_table_is_located(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire"),
                      "i18n/fr.yml": "key_figures: En chiffres\n? [a, b]\n: c\n"})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "i18n/fr.yml:2:3: error: strings table: a field's name must be a word, found a " \
           "list\n    ? [a, b]\n  hint: begin the line with the field's name" in result.stderr
    assert "internal error" not in result.stderr


def test_a_template_asking_for_an_unknown_text_is_told_where(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": EXPLAINER.format(title="A story"),
                      "overrides/templates/index.html":
                          '{% extends "theme/index.html" %}\n'
                          '{% block content %}{{ t("all_explainer") }}{% endblock %}\n'})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 1
    assert re.search(r"overrides/templates/index.html:2: error: template error while rendering "
                     r"index.html: t\('all_explainer'\): there is no such text in the strings "
                     r"tables \(did you mean 'all_explainers'\?\)", result.stderr)


def test_an_edited_table_renders_the_pages_again_from_the_cache(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire")})
    out, _ = build(root)
    (root / "i18n").mkdir()
    (root / "i18n/fr.yml").write_text("key_takeaways: L'essentiel\n", encoding="utf-8")
    build(root)
    assert text_of(out / "story.html", ".takeaways h2") == "L'essentiel"
    (root / "i18n/fr.yml").unlink()
    build(root)
    assert text_of(out / "story.html", ".takeaways h2") == "À retenir"


def test_the_preview_follows_an_edited_table(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n",
                      "content/story.md": EXPLAINER.format(title="Une histoire")})
    session = Session(root)
    assert is_input("i18n/fr.yml")
    session.edit("i18n/fr.yml", "key_takeaways: L'essentiel\n")
    result = session.rebuild()
    assert "<h2 id=\"takeaways-title\">L&#39;essentiel</h2>" in \
        session.files["story.html"].decode()
    # Every page (the words of the tables are in the data files and pieces too, which the
    # preview makes when first asked for)
    assert result.rendered == len([path for path in session.files
                                   if path.endswith(".html") and not path.startswith("embed/")])
    assert "L&#39;essentiel" in session.files["embed/story.takeaways.html"].decode()
    assert session.files == session.full_build()


def test_the_tool_s_fingerprint_covers_every_shipped_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    read_bytes = Path.read_bytes

    def noting(path: Path) -> bytes:
        read.append(path.as_posix())
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", noting)
    tool_fingerprint.__wrapped__()
    assert {path for path in read if "/data/i18n/" in path} == \
        {path.as_posix() for path in PACKAGE_TABLES.glob("*.yml")}


def test_files_in_i18n_that_are_no_tables_are_named(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/story.md": EXPLAINER.format(title="A story"),
                      "i18n/README.txt": "Our words\n",
                      "i18n/fr.yml": "key_takeaways: L'essentiel \xe9\n".encode("latin-1")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert "i18n/README.txt: warning: not a strings table; it is ignored\n" \
           "  hint: name it after its language, such as i18n/fr.yml" in result.stderr
    assert "i18n/fr.yml:1:28: error: file is not valid UTF-8 (byte 27): it seems saved as " \
           "Windows-1252 (or Latin-1)\n  hint: convert it to UTF-8: iconv -f WINDOWS-1252 " \
           "-t UTF-8 i18n/fr.yml > utf8.tmp && mv utf8.tmp i18n/fr.yml" in result.stderr
    assert result.returncode == 1


def test_a_language_cldr_does_not_know_is_written_with_english_dates(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: tlh\n", "i18n/tlh.yml": "draft: DIr\n",
                      "content/story.md": EXPLAINER.format(title="A story")})
    out, messages = build(root)
    assert "site.yml: warning: CLDR has no data for 'tlh': its dates and numbers are " \
           "written as in English" in messages
    assert soup(out / "story.html").html["lang"] == "tlh"
    assert "26 June 2024" in text_of(out / "story.html", ".byline")


SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}  # CLDR's, by precision


@pytest.mark.parametrize("language", ["en", "en-US", "fr", "es-419", "pt-PT", "ar", "he", "fa",
                                      "ru", "hi", "ja", "zh-Hant", "ko", "th", "sw", "de-CH"])
def test_dates_are_written_as_babel_writes_them(language: str) -> None:
    words = Lexicon({}).words(language)
    for day in (FuzzyDate(2024, 6, 26), FuzzyDate(1999, 1, 3), FuzzyDate(2021, 12, 31)):
        # A Persian day is in the Solar Hijri calendar, which Babel does not read (see
        # test_solar_hijri.py); its months and years are Gregorian.
        for value in (day, FuzzyDate(day.year, day.month), FuzzyDate(day.year))[
                bool(words.solar):]:
            # In the years of the era its newsrooms date in: Thai's Buddhist era, 543 ahead.
            shifted = value.first_day().replace(year=value.year + words.era_years)
            expected = format_skeleton(SKELETONS[value.precision], shifted, locale=words.locale)
            # Babel writes Latin digits; a page writes the language's own (Persian's).
            assert words.date(value) == str(expected).translate(words.digits), (language, value)


@pytest.mark.parametrize(("language", "day", "reading"), [
    ("bn", "২৬ জুন, ২০২৪", "পড়তে ১ মিনিট"), ("fa", "۶ تیر ۱۴۰۳", "زمان مطالعه: ۱ دقیقه"),
    ("ar", "26 يونيو 2024", "آخر تحديث: يوليو 2024"),
    ("el", "26 Ιουνίου 2024", "1 λεπτό ανάγνωσης")])
def test_a_page_writes_dates_and_numbers_in_its_language_s_digits(
        make_site: Callable[..., Path], language: str, day: str, reading: str) -> None:
    # CLDR writes Bengali and Persian in their own digits, Arabic (as Babel has it) in Latin.
    story = EXPLAINER.format(title="T").replace("---\n\n", f"language: {language}\n---\n\n", 1)
    out, _ = build(make_site({"content/story.md": story}))
    byline = text_of(out / language / "story.html", ".byline")
    assert day in byline and reading in byline


def test_a_number_takes_its_language_s_separators_with_its_digits() -> None:
    assert Lexicon({}).words("fa").number(1250000.5) == "۱٬۲۵۰٬۰۰۰٫۵"
    assert Lexicon({}).words("bn").number(1250000.5) == "১২,৫০,০০০.৫"
