"""The search page in Chromium: it finds the seed from file:// and under a sub-path, by its
words, a hyphenated word, a tag and a country's alias; each language's page finds that
language's explainers, in its words; it is valid and accessible with its results shown; without
JavaScript it offers the browse links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.site.lexicon import Lexicon

from ..helpers import SEED, run_cli
from ..searchindex import build_japanese
from ..test_search import MARKED, UNLISTED, build_unlisted
from .pages import SCHEMES
from .tools import page_errors, serve_dir

RESULTS = ".search-results li"
FRENCH = "fr/kenya-mission-police-haiti.html"  # the seed's French explainer
STATUS = ".search-status"


def search(page, query: str, label: str = "Search the explainers") -> None:
    """Type a query as a reader would, and wait for the status to answer it and for every
    result to be shown (the list is busy while they come in)."""
    field = page.get_by_label(label)
    field.fill("")
    field.press_sequentially(query)
    page.wait_for_function("q => document.querySelector('.search-status').textContent"
                           ".includes(q) && !document.querySelector('.search-results')"
                           ".hasAttribute('aria-busy')", arg=query)


@pytest.mark.parametrize(("query", "marked"), [
    ("Kenya", "Kenya"), ("non-NATO", None), ("kenya secur", "Kenya"), ("security", None),
    ("USA", None), ("kény", "Kenya")])
def test_typing_finds_the_seed_from_a_file(seed_site: Path, new_page, query: str,
                                           marked: str | None) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    search(new_page, query)
    assert new_page.locator(STATUS).text_content() == f"1 result for “{query}”"
    result = new_page.locator(RESULTS)
    assert result.count() == 1
    link = result.get_by_role("link")
    assert "police mission to Haiti" in link.text_content()
    if marked:
        assert marked in result.locator("mark").all_text_contents()
    assert result.locator("time").text_content() == "26 June 2024"  # as the site writes dates
    link.click()
    new_page.wait_for_url((seed_site / f"{SEED}.html").as_uri())
    assert page_errors(new_page).all == []


def test_a_query_that_matches_nothing_says_so(seed_site: Path, new_page) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    search(new_page, "Kenya zebra")
    assert new_page.locator(STATUS).text_content() == "0 results for “Kenya zebra”"
    assert new_page.locator(RESULTS).count() == 0


@pytest.mark.parametrize(("page", "label", "query", "status"), [
    ("search.html", "Search the explainers", "5-4", "0 results for “5-4”"),
    ("search.html", "Search the explainers", "🎸", "0 results for “🎸”"),
    ("fr/search.html", "Rechercher dans les décryptages", "🎸",
     "0 résultat pour «\u00a0🎸\u00a0»")])
def test_a_query_without_a_word_to_look_for_says_it_found_nothing(
        seed_site: Path, new_page, page: str, label: str, query: str, status: str) -> None:
    # Single letters and digits, and symbols, are words of no explainer's index: the page
    # answers as it does a word that matches nothing, in the status a screen reader hears.
    new_page.goto((seed_site / page).as_uri())
    search(new_page, "Kenya" if page == "search.html" else "Tchad", label)
    field = new_page.get_by_label(label)
    field.fill(query)
    field.press("Enter")
    new_page.wait_for_function("q => document.querySelector('.search-status').textContent"
                               ".includes(q)", arg=query)
    assert new_page.locator(STATUS).text_content() == status
    assert new_page.locator(RESULTS).count() == 0
    field.fill("")
    field.press("Enter")
    new_page.wait_for_function("!document.querySelector('.search-status').textContent")
    assert page_errors(new_page).all == []


def test_a_screen_reader_hears_the_count_once_a_reader_stops_typing(seed_site: Path,
                                                                    new_page) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    new_page.evaluate("""() => { window.said = []; const status = document.querySelector(
        '.search-status'); new MutationObserver(() => said.push(status.textContent))
        .observe(status, {childList: true, characterData: true, subtree: true}); }""")
    # Each change of a live region is read out: one for every letter would drown the typing.
    field = new_page.get_by_label("Search the explainers")
    field.press_sequentially("kenya police", delay=150)  # at a reader's pace
    new_page.wait_for_function("said.length && said.at(-1).includes('kenya police')")
    assert new_page.evaluate("said") == ["1 result for “kenya police”"]
    field.press("Enter")  # asked again: said again
    new_page.wait_for_function("said.length == 2")
    assert page_errors(new_page).all == []


def test_the_french_page_finds_the_french_explainer_in_french(seed_site: Path,
                                                              new_page) -> None:
    with serve_dir(seed_site, "/news/") as base:
        new_page.goto(f"{base}{FRENCH}")
        new_page.get_by_role("navigation", name="Site").get_by_role(
            "link", name="Rechercher").click()
        new_page.wait_for_url(f"{base}fr/search.html")
        search(new_page, "Tchad", "Rechercher dans les décryptages")  # Chad, in French
        assert new_page.locator(STATUS).text_content() == "1 résultat pour «\u00a0Tchad\u00a0»"
        assert "26 juin 2024" in new_page.locator(RESULTS).text_content()
        new_page.locator(RESULTS).get_by_role("link").click()
        new_page.wait_for_url(f"{base}{FRENCH}")
    assert page_errors(new_page).all == []
    new_page.goto((seed_site / "search.html").as_uri())
    search(new_page, "Tchad")
    assert new_page.locator(STATUS).text_content() == "0 results for “Tchad”"


def test_search_works_under_a_sub_path_and_from_a_link_with_a_query(seed_site: Path,
                                                                     new_page) -> None:
    with serve_dir(seed_site, "/news/") as base:
        new_page.goto(f"{base}{SEED}.html")
        new_page.get_by_role("navigation", name="Site").get_by_role("link",
                                                                     name="Search").click()
        search(new_page, "haiti")
        new_page.locator(RESULTS).get_by_role("link").click()
        new_page.wait_for_url(f"{base}{SEED}.html")
        new_page.goto(f"{base}search.html?q=USA")
        new_page.wait_for_selector(RESULTS)
        assert new_page.locator(STATUS).text_content() == "1 result for “USA”"
        assert new_page.get_by_label("Search the explainers").input_value() == "USA"
    assert page_errors(new_page).all == []


def test_the_page_with_results_passes_nu(seed_site: Path, new_page, vnu,
                                         tmp_path: Path) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    search(new_page, "Kenya")
    shown = tmp_path / "search.html"
    shown.write_text(new_page.content(), encoding="utf-8")
    assert vnu([seed_site / "search.html", seed_site / "fr" / "search.html", shown]) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_with_results_shown(seed_site: Path, make_page, axe,
                                                    scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    page.goto((seed_site / "search.html").as_uri())
    search(page, "Kenya")
    assert axe(page) == []
    with serve_dir(seed_site, "/news/") as base:
        page.goto(f"{base}fr/search.html")
        search(page, "Kenya", "Rechercher dans les décryptages")
        assert page.locator(RESULTS).count() == 1
        assert axe(page) == []


def test_without_javascript_the_page_offers_the_browse_links(seed_site: Path,
                                                             make_page) -> None:
    page = make_page(java_script_enabled=False)
    page.goto((seed_site / "search.html").as_uri())
    assert not page.get_by_role("searchbox").is_visible()  # it could find nothing
    browse = page.locator(".search-browse")
    kenya = browse.get_by_role("link", name="Kenya")  # the country's page, then the tag's
    assert [link.get_attribute("href") for link in kenya.all()] == [
        "countries/ke.html", "tags/kenya.html"]
    assert browse.get_by_role("link", name="Security").is_visible()
    kenya.first.click()
    page.wait_for_url((seed_site / "countries" / "ke.html").as_uri())


def test_with_javascript_the_field_shows(seed_site: Path, new_page) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    assert new_page.get_by_role("searchbox").is_visible()


# Titles in many scripts, and what a reader types to find each: another case, the marks left
# out or typed. The index is made by the build's folding (Python), the query folded by the
# page's script: a title found by every query shows that the two fold alike.
SCRIPTS = {
    "Élection à São Tomé": ("sao tome", "ÉLECTION"),
    "Straße und Brücke in Köln": ("koln", "straße", "brucke"),
    "İstanbul seçimi": ("istanbul", "SEÇIMI"),
    "ΟΔΟΣ προς την ειρήνη": ("οδος", "ειρηνη", "ΕΙΡΉΝΗ"),
    "Ёлка в Москве": ("елка", "москве"),
    "Việt Nam bầu cử": ("viet nam", "bau cu"),
    "Thủy điện ở Łódź và Øresund": ("thuy dien", "dien", "ĐIỆN", "lodz", "oresund"),
    "Πυρκαγιές στην Ελλάδα": ("πυρκαγιεσ", "ΠΥΡΚΑΓΙΕΣ", "πυρκαγιες"),
    "کم‌آبی در ایران از ۱۳۵۱": ("کمآبی", "کم‌آبی", "کم آبی", "ايران", "1351", "١٣٥١"),
    "हिन्दी समाचार": ("हिन्दी", "समाचार"),
    "ज़िलों में बाढ़ का ख़तरा": ("जिलों", "खतरा", "ज़िलों", "बाढ"),  # with the nukta or without
    "गाँव तक राहत पहुंची": ("गांव", "गाँव", "पहुँची"),  # the candrabindu or the anusvara
    "السَّلَامُ في المنطقة": ("السلام", "المنطقة"),
    "إيرادات قناة السويس": ("قناه", "قناة", "ايرادات"),
    "مہنگائی اور بھارت": ("مهنگائی", "بهارت", "بھارت"),
    "צה״ל, ג׳ו ביידן": ('צה"ל', "צהל", "צה״ל", "ג'ו", "ביידן"),  # the gershayim typed or not
    "한국 선거": ("한국", "선거"),
    "東京の選挙": ("東京の選挙",),
    "U.S. R&D spending": ("U.S.", "us", "R&D", "r&d", "rd"),
}


@pytest.fixture
def scripts_site(make_site: Callable[..., Path]) -> Path:
    """Build an explainer titled in each script of SCRIPTS; return the output folder."""
    story = ("---\ntitle: {title}\ndek: D\npublished: 2024-06-{day:02d}\n---\n\n"
             "--- summary\n---\nS.\n")
    root = make_site({f"content/s{day}.md": story.format(title=title, day=day)
                      for day, title in enumerate(SCRIPTS, start=1)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_the_page_folds_a_query_as_the_build_folded_the_titles(scripts_site: Path,
                                                               new_page) -> None:
    new_page.goto((scripts_site / "search.html").as_uri())
    missed = {}
    for title, queries in SCRIPTS.items():
        for query in queries:
            search(new_page, query)
            found = new_page.locator(RESULTS).get_by_role("link").all_text_contents()
            if title not in found:
                missed[query] = found
    assert missed == {}


def test_the_page_keeps_a_mark_that_makes_another_letter(make_site: Callable[..., Path],
                                                         new_page) -> None:
    story = "---\ntitle: {title}\ndek: D\npublished: 2024-06-01\n---\n\n--- summary\n---\nS.\n"
    root = make_site({f"content/m{number}.md": story.format(title=title)
                      for number, title in enumerate(MARKED)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    new_page.goto((root / "public" / "search.html").as_uri())
    shown = {}
    for title in MARKED:
        search(new_page, title)
        shown[title] = new_page.locator(RESULTS).get_by_role("link").all_text_contents()
    assert shown == {title: [title] for title in MARKED}


@pytest.fixture(scope="module")
def japanese_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_japanese(tmp_path_factory.mktemp("japanese"))


QUAKE = "三陸沖でM7.6の地震、津波警報"


@pytest.mark.parametrize(("query", "titles", "marked"), [
    ("警報", [QUAKE], ["警報", "警報"]),  # in the title and the dek
    ("津波警報", [QUAKE], ["津波警報", "津波警報"]),  # its pairs marked as one
    ("M7.6", [QUAKE], ["M7"]), ("15万人", [QUAKE], []),  # a takeaway's
    ("津 警報", [QUAKE], ["津", "警報", "津", "警報"]),  # a letter alone begins words
    ("選挙", ["東京都知事選挙の結果"], ["選挙"]), ("地震 選挙", [], []),
    ("40.8", ["東京都知事選挙の結果"], ["４０"]), ("４０", ["東京都知事選挙の結果"], ["４０"])])
def test_a_japanese_query_finds_explainers_by_any_of_their_words(
        japanese_site: Path, new_page, query: str, titles: list[str], marked: list[str]) -> None:
    new_page.goto((japanese_site / "search.html").as_uri())
    search(new_page, query, label="解説を検索")  # the page speaks Japanese
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents() == titles
    assert new_page.locator(RESULTS).locator("mark").all_text_contents() == marked
    assert page_errors(new_page).all == []


def test_results_from_several_files_are_shown_in_order(make_site: Callable[..., Path],
                                                       new_page) -> None:
    # Thirty explainers, ten to a file of results: the twenty shown come from two files.
    story = ("---\ntitle: Vote {n}\ndek: D\npublished: 2024-{month:02d}-{day:02d}\n---\n\n"
             "--- summary\n---\nS.\n")
    root = make_site({f"content/v{n}.md": story.format(n=n, month=1 + n // 28, day=1 + n % 28)
                      for n in range(30)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    new_page.goto((root / "public" / "search.html").as_uri())
    search(new_page, "vote")
    assert new_page.locator(STATUS).text_content() == \
        "30 results for “vote” Showing the first 20."
    titles = new_page.locator(RESULTS).get_by_role("link").all_text_contents()
    assert titles == [f"Vote {n}" for n in range(29, 9, -1)]  # newest first


@pytest.mark.parametrize(("query", "first"), [
    ("Niger", "Coup in Niamey"), ("Dominica", "Hurricane in Roseau"),
    ("Georgia", "Protests in Tbilisi"), ("Republic of the Congo", "Oil in Brazzaville"),
    ("DR Congo", "Fighting in Goma")])
def test_a_country_s_own_name_ranks_it_before_names_that_hold_that_name(
        make_site: Callable[..., Path], new_page, query: str, first: str) -> None:
    # Each older explainer names the country searched for; the newer one, which would win a
    # tie, a country whose name begins with or holds the query.
    stories = [("niamey", "Coup in Niamey", "Niger"), ("lagos", "Vote in Lagos", "Nigeria"),
               ("roseau", "Hurricane in Roseau", "Dominica"),
               ("punta-cana", "Tourism in Punta Cana", "Dominican Republic"),
               ("tbilisi", "Protests in Tbilisi", "Georgia"),
               ("penguins", "Penguins in the South Atlantic",
                "South Georgia and the South Sandwich Islands"),
               ("brazzaville", "Oil in Brazzaville", "Republic of the Congo"),
               ("goma", "Fighting in Goma", "Democratic Republic of the Congo")]
    story = ("---\ntitle: {title}\ndek: A story.\npublished: 2024-05-{day:02d}\n---\n\n"
             "--- summary\n---\nS.\n\n--- countries\ncountries:\n  - name: {country}\n---\n")
    root = make_site({f"content/{slug}.md": story.format(title=title, country=country,
                                                        day=1 + n)
                      for n, (slug, title, country) in enumerate(stories)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    new_page.goto((root / "public" / "search.html").as_uri())
    search(new_page, query)
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents()[0] == first


def test_the_query_is_kept_in_the_address_and_found_again_after_a_result(
        seed_site: Path, new_page) -> None:
    new_page.goto((seed_site / "search.html").as_uri())
    search(new_page, "Kenya")
    assert new_page.url.endswith("search.html?q=Kenya")
    new_page.locator(RESULTS).get_by_role("link").click()
    new_page.wait_for_url((seed_site / f"{SEED}.html").as_uri())
    new_page.go_back()
    new_page.wait_for_function("document.querySelector('.search-status').textContent"
                               ".includes('Kenya')")
    assert new_page.get_by_label("Search the explainers").input_value() == "Kenya"
    assert new_page.locator(RESULTS).count() == 1


@pytest.fixture(scope="module")
def unlisted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_unlisted(tmp_path_factory.mktemp("unlisted"))


@pytest.mark.parametrize(("language", "query", "year"), [
    ("fa", "ایران", "۱۴۰۵"), ("th", "กัมพูชา", "2569"), ("am", "ግድብ", "2026"),
    ("vi", "dien", "2026")])
def test_a_result_s_date_is_written_as_the_explainer_writes_it(
        unlisted_site: Path, new_page, language: str, query: str, year: str) -> None:
    # A browser writes Amharic dates in the order of its own CLDR ("20 ኖቬምበር 2026") and
    # Vietnamese ones with a comma before the year; the build writes them in the language's
    # digits and order as its CLDR gives them (Persian days in the Solar Hijri calendar, Thai
    # years in the Buddhist era), and the lists and the results show them alike.
    date = f"time[datetime='{UNLISTED[language][2]}']"
    new_page.goto((unlisted_site / language / f"{language}.html").as_uri())
    shown = new_page.locator(date).first.text_content()
    assert shown.endswith(year)
    new_page.goto((unlisted_site / language / "index.html").as_uri())
    assert new_page.locator(f".explainer-list {date}").text_content() == shown
    new_page.goto((unlisted_site / language / "search.html").as_uri())
    search(new_page, query, search_label(language))
    assert new_page.locator(RESULTS).locator(date).text_content() == shown


def search_label(language: str) -> str:
    """Return the label of the search field on a page in a language."""
    return Lexicon({}).words(language).text("search_label")


@pytest.mark.parametrize(("language", "query", "status"), [
    ("km", "មេគង្គ", "1 result for “មេគង្គ”"), ("gu", "ચોમાસું", "1 result for “ચોમાસું”"),
    ("gu", "zebra", "0 results for “zebra”"), ("km", "zebra", "0 results for “zebra”")])
def test_english_results_texts_count_as_english_does(unlisted_site: Path, new_page,
                                                      language: str, query: str,
                                                      status: str) -> None:
    # No strings table holds Khmer or Gujarati: the status line is English, in Latin digits,
    # one result singular though Khmer has no singular, none plural though Gujarati counts
    # 0 as 'one'.
    new_page.goto((unlisted_site / language / "search.html").as_uri())
    search(new_page, query)
    assert new_page.locator(STATUS).text_content() == status


@pytest.mark.parametrize(("language", "query", "status"), [
    ("ko", "서울", "‘서울’ 검색 결과 1건"), ("fa", "zebra", "۰ نتیجه برای «zebra»"),
    ("ro", "zebra", "0 rezultate pentru „zebra”")])
def test_results_texts_count_as_the_page_s_language_does(unlisted_site: Path, new_page,
                                                          language: str, query: str,
                                                          status: str) -> None:
    # Persian counts 0 as 'one', Romanian as 'few': the browser picks the table's form.
    new_page.goto((unlisted_site / language / "search.html").as_uri())
    search(new_page, query, search_label(language))
    assert new_page.locator(STATUS).text_content() == status


@pytest.mark.parametrize(("language", "query", "marked"), [
    ("vi", "dien", ["điện"]), ("vi", "dong", ["Đồng"]), ("el", "πυρκαγιεσ", ["Πυρκαγιές"]),
    ("fa", "کمآبی", ["کم‌آبی"]), ("fa", "آبی", ["آبی"]), ("fa", "1351", ["۱۳۵۱"]),
    ("fa", "ايران", ["ایران"]),
    ("ko", "서울의", ["서울"]), ("ko", "한국에서", ["한국"]), ("ko", "일본이", ["일본"])])
def test_a_word_typed_as_readers_type_it_is_marked(unlisted_site: Path, new_page,
                                                      language: str, query: str,
                                                      marked: list[str]) -> None:
    new_page.goto((unlisted_site / language / "search.html").as_uri())
    search(new_page, query, search_label(language))
    assert new_page.locator(RESULTS).locator("mark").all_text_contents() == marked


@pytest.mark.parametrize(("query", "marked"), [
    ('צה"ל', ["צה״ל"]), ("צהל", ["צה״ל"]), ("ג'ו", ["ג׳ו"])])
def test_a_hebrew_word_is_found_and_marked_as_readers_type_it(
        make_site: Callable[..., Path], new_page, query: str, marked: list[str]) -> None:
    # Initials carry a gershayim (צה״ל), that a reader types as a quotation mark or leaves
    # out, and a borrowed sound a geresh (ג׳ו, Joe), typed as an apostrophe.
    root = make_site({"content/idf.md": "---\ntitle: צה״ל נסוג מלבנון\ndek: ג׳ו ביידן על "
                      "הנסיגה.\npublished: 2024-01-01\nlanguage: he\n---\n\n"
                      "--- summary\n---\nטקסט.\n"})
    assert run_cli("build", "--root", root).returncode == 0
    new_page.goto((root / "public" / "he" / "search.html").as_uri())
    search(new_page, query, search_label("he"))
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents() == [
        "צה״ל נסוג מלבנון"]
    assert new_page.locator(RESULTS).locator("mark").all_text_contents() == marked


@pytest.mark.parametrize("query", ["قاهرة", "بالقاهرة"])
def test_an_arabic_word_is_found_with_its_article_or_without(make_site: Callable[..., Path],
                                                             new_page, query: str) -> None:
    # Cairo is القاهرة, with the article; a reader may type it without, or with a letter
    # joined before it (بالقاهرة, "in Cairo").
    root = make_site({"content/cairo.md": "---\ntitle: اتفاق في القاهرة\ndek: وساطة.\n"
                      "published: 2024-01-01\nlanguage: ar\n---\n\n--- summary\n---\nنص.\n"})
    assert run_cli("build", "--root", root).returncode == 0
    new_page.goto((root / "public" / "ar" / "search.html").as_uri())
    search(new_page, query, search_label("ar"))
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents() == [
        "اتفاق في القاهرة"]


def test_an_arabic_word_is_found_with_a_letter_joined_before_it(make_site: Callable[..., Path],
                                                                new_page) -> None:
    # بقناة, 'in the canal': the word قناة with bi- joined to it, found by the word, which
    # another explainer says alone. It ranks as the word does: the newer first.
    story = "---\ntitle: {}\ndek: نص.\npublished: {}\nlanguage: ar\n---\n\n--- summary\n---\nنص.\n"
    root = make_site({"content/suez.md": story.format("هجمات بقناة السويس", "2025-03-02"),
                      "content/canal.md": story.format("قناة جديدة في مصر", "2025-03-01")})
    assert run_cli("build", "--root", root).returncode == 0
    new_page.goto((root / "public" / "ar" / "search.html").as_uri())
    search(new_page, "قناة", search_label("ar"))
    assert new_page.locator(RESULTS).get_by_role("link").all_text_contents() == [
        "هجمات بقناة السويس", "قناة جديدة في مصر"]
