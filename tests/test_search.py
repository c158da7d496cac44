"""The search index: script files the search page loads, which find the seed by its words,
its countries' names and its tags, in each language's own index, and which a query at any
scale loads little of."""

from __future__ import annotations

import functools
import statistics
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from babel import Locale

from explainer.content.model import Extra, FuzzyDate, Teaser
from explainer.site import search
from explainer.site.indexmaker import IndexMaker
from explainer.site.lexicon import Lexicon
from explainer.site.search import TITLE
from explainer.site.terms import fold, query_words, words_of

from .helpers import SEED, run_cli, soup
from .searchindex import (
    build_japanese,
    built_site,
    call,
    found,
    loaded,
    lookup,
    ranked,
    site_files,
    typed,
)

ENGLISH = Lexicon({}).words("en")
TITLES = ("Elections", "Drought", "Ceasefire", "Sanctions", "Protests", "Floods", "Trade")


@pytest.fixture(scope="module")
def seed_index(seed_site: Path) -> Path:
    return seed_site  # the seed built as the README builds it, once for the whole run


@pytest.mark.parametrize("word", ["kenya", "nato", "non", "security", "usa", "america",
                                  "haiti", "ruto"])
def test_the_seed_is_found_by_its_words_tags_and_country_names(seed_index: Path,
                                                               word: str) -> None:
    assert 0 in lookup(site_files(seed_index), word)


def test_a_title_word_weighs_most_and_the_results_show_the_explainer(seed_index: Path) -> None:
    files = site_files(seed_index)
    assert lookup(files, "kenya") == {0: TITLE}
    assert lookup(files, "nato")[0] < TITLE  # a takeaway's word
    name, (number, documents) = call(files["search/docs/0.js"])
    assert (name, number) == ("docs", 0)
    title, _, url, published, written = documents[0]
    assert url == f"{SEED}.html" and published == "2024-06-26" and "Kenya" in title
    assert written == "26 June 2024"  # as the lists write it


def test_every_page_links_the_search_page_which_offers_the_browse_links(
        seed_index: Path) -> None:
    page = soup(seed_index / "search.html")
    label = page.find("label", attrs={"for": "search-query"})
    assert label and label.get_text(strip=True) == "Search the explainers"
    links = {a["href"] for a in page.select(".search-browse a")}
    assert {"countries/ke.html", "tags/security.html"} <= links
    assert page.select_one("[aria-live=polite]") is not None
    nav = soup(seed_index / f"{SEED}.html").select_one("nav.site-nav")
    assert "search.html" in {a["href"] for a in nav.find_all("a")}


def test_each_language_has_its_own_search_page_and_index(seed_index: Path) -> None:
    french = site_files(seed_index, "fr/")
    # Chad and Mauritius, in French: found in the French explainer only.
    for word in ("tchad", "maurice", "kenya", "securite"):
        assert lookup(french, word, "fr/") == {0: lookup(french, word, "fr/")[0]}, word
    assert lookup(site_files(seed_index), "tchad") == {}
    _, (_, documents) = call(french["fr/search/docs/0.js"])
    assert [document[2] for document in documents] == ["kenya-mission-police-haiti.html"]
    page = soup(seed_index / "fr" / "search.html")
    assert page.html["lang"] == "fr" and page.h1.get_text() == "Rechercher"
    assert page.select_one("form.search")["data-index"] == "search/index.js"
    assert (seed_index / "fr" / "kenya-mission-police-haiti.html").is_file()
    links = {a["href"] for a in page.select(".search-browse a")}
    assert {"countries/td.html", "tags/securite.html"} <= links
    assert all((seed_index / "fr" / link).is_file() for link in links)
    nav = soup(seed_index / "fr" / "kenya-mission-police-haiti.html").select_one("nav.site-nav")
    assert "search.html" in {a["href"] for a in nav.find_all("a")}


def test_the_swahili_edition_is_searched_in_swahili(seed_index: Path) -> None:
    swahili = site_files(seed_index, "sw/")
    # CLDR's Swahili names (Chadi, Morisi, Marekani) and the explainer's words find it.
    for query in ("Chadi", "Morisi", "Marekani", "maafisa", "magenge", "usalama"):
        assert found(swahili, query, "sw/") == {0}, query
    assert lookup(site_files(seed_index), "chadi") == {}  # the English index has Chad
    page = soup(seed_index / "sw" / "search.html")
    assert page.html["lang"] == "sw" and page.h1.get_text() == "Tafuta"


def test_accents_case_and_hyphens_fold_alike() -> None:
    assert words_of("Côte d’Ivoire's NON-NATO São Tomé") == [
        "cote", "ivoire", "non", "nato", "sao", "tome", "nonnato"]
    assert fold("ÉLYSÉE") == "elysee"
    assert words_of("ΟΔΌΣ Ёлка السَّلَامُ שָׁלוֹם") == [
        "οδοσ", "елка", "السلام", "שלום", "سلام"]


def test_initials_are_one_word_with_their_dots_or_without() -> None:
    # A letter alone is no term: without this, U.S. and R&D would be found by nothing.
    assert words_of("U.S.-led R&D, AT&T, Q&A in Washington, D.C.") == [
        "us", "led", "rd", "at", "qa", "in", "washington", "dc"]
    assert query_words("u.s.") == query_words("US") == ["us"]
    assert words_of("Plan B. Then 1.5 °C") == ["plan", "then"]


def test_letters_a_reader_types_plain_fold_as_the_plain_ones() -> None:
    # Unicode decomposes none of these: each folds to one letter, as search.js folds it.
    assert words_of("Điện Łódź Øresund Ħamrun Iğdır ðe πυρκαγιές") == [
        "dien", "lodz", "oresund", "hamrun", "igdir", "de", "πυρκαγιεσ"]
    assert fold("ΠΥΡΚΑΓΙΈΣ") == fold("πυρκαγιεσ") == "πυρκαγιεσ"  # a final sigma as any


def test_a_hindi_word_is_found_with_the_candrabindu_or_the_anusvara() -> None:
    # Hindi papers write the anusvara for the candrabindu: गांव and गाँव, पहुंच and पहुँच.
    assert words_of("गाँव तक पहुँच") == words_of("गांव तक पहुंच")
    assert query_words("बाँध") == words_of("बांध")
    assert words_of("काम") != words_of("कम")  # a vowel sign still makes another word


def test_a_korean_query_word_goes_without_its_particle() -> None:
    assert query_words("서울에서 정상회담을") == ["서울", "정상", "상회", "회담"]
    assert query_words("국가 대만") == ["국가", "대만"]  # two syllables stay
    assert words_of("서울에서") == ["서울", "울에", "에서"]  # the index keeps every pair


def test_an_arabic_word_is_found_without_its_article() -> None:
    # Readers type a name with its article or without: القاهرة (al-Qahira) and قاهرة; its
    # teh marbuta is folded to the heh that readers also type for it.
    assert words_of("القاهرة بالقاهرة للشعب") == [
        "القاهره", "بالقاهره", "للشعب", "قاهره", "شعب", "الشعب"]
    assert words_of("بلد الى") == ["بلد", "الی"]  # no article: a word, or two letters after it
    assert query_words("بالقاهرة للشعب القاهرة قاهره") == ["القاهره", "الشعب", "القاهره", "قاهره"]


def test_an_arabic_word_after_ka_is_found_by_its_article() -> None:
    # كالقاهرة, 'like Cairo': search folds kaf to keheh before it looks for the article.
    assert "القاهره" in words_of("كالقاهرة")
    assert query_words("كالقاهرة") == ["القاهره"]


def test_an_arabic_query_word_keeps_the_letters_al_within_it() -> None:
    # استقبالها, 'receiving it': بال inside a word is no article, as search.js reads it.
    assert query_words("استقبالها") == words_of("استقبالها") == ["استقبالها"]


def test_a_persian_word_is_found_joined_and_by_its_parts() -> None:
    assert words_of("کم‌آبی") == ["کمابی", "کم", "ابی"]  # آ is ا with a madda
    assert query_words("کم‌آبی") == query_words("کمآبی") == ["کمابی"]
    assert words_of("كيك ی ٢٠٢٣ ۲۰۲۳") == ["کیک", "2023", "2023"]


# Words that differ by a mark which makes another letter: the voicing of kana (バ is not ハ), an
# Indic vowel sign, a Thai tone mark. A reader who types one does not mean the other.
MARKED = ("バード", "ハート", "काम", "कम", "ข้าว", "ขาว")


def one_each(folder: Path, values: tuple[str, ...], story: str) -> dict[str, bytes]:
    """Build an explainer of the story for each value (its {value}), the first the newest
    (its {day} the latest, so numbered 0 in the index); return the index's files."""
    return site_files(built_site(folder, {
        f"content/e{day}.md": story.format(value=value, day=day)
        for day, value in enumerate(reversed(values), start=1)}))


@pytest.fixture(scope="module")
def marked_index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Build an explainer titled with each word of MARKED, in that order; return its index."""
    return one_each(tmp_path_factory.mktemp("marked"), MARKED,
                    "---\ntitle: {value}\ndek: D\npublished: 2024-06-{day:02d}\n---\n\n"
                    "--- summary\n---\nS.\n")


@pytest.mark.parametrize("number", range(len(MARKED)))
def test_a_mark_that_makes_another_letter_is_not_folded_away(marked_index: dict[str, bytes],
                                                              number: int) -> None:
    assert found(marked_index, MARKED[number]) == {number}


# Explainers in languages the seed does not hold, as (title, dek, date) by language: scripts
# and spellings search must fold as readers type them, and Khmer and Gujarati, which have no
# strings table, nor does Amharic, whose dates CLDR orders otherwise than browsers have; each
# is in its language's own edition and search page.
UNLISTED = {
    "fa": ("کم‌آبی در سیستان و سد کمال‌خان", "ایران و افغانستان، معاهده‌ی ۱۳۵۱ و سال 2023.",
           "2026-11-20"),
    "th": ("ปราสาทพระวิหารกับกัมพูชา", "ชายแดนไทย", "2026-12-02"),
    "ko": ("서울에서 열린 한일 정상회담", "한국과 일본의 외교", "2026-12-01"),
    "vi": ("Thủy điện trên sông Mê Kông", "Đồng bằng khô hạn", "2026-11-10"),
    "el": ("Πυρκαγιές στην Ελλάδα", "Το καλοκαίρι", "2026-08-01"),
    "ro": ("Inundații pe Dunăre", "Vara secetoasă", "2026-09-12"),
    "km": ("ទន្លេមេគង្គ", "ការនេសាទ", "2026-10-05"),
    "gu": ("ગુજરાતમાં ચોમાસું", "વરસાદ", "2026-07-15"),
    "am": ("የአባይ ግድብ ውይይት", "ኢትዮጵያና ግብፅ", "2026-11-20"),
    "ar": ("إيرادات قناة السويس", "هجمات البحر الأحمر", "2025-03-12"),
    "ur": ("مہنگائی اور بھارت سے تجارت", "آئی ایم ایف کا جائزہ", "2025-05-10"),
    "hi": ("२०२४ का लोकसभा चुनाव", "भाजपा ने 240 सीटें जीतीं।", "2024-06-10"),
}


def build_unlisted(folder: Path) -> Path:
    """Build the explainers of UNLISTED in a folder; return its output folder."""
    story = ("---\ntitle: {}\ndek: {}\npublished: {}\nlanguage: {}\n---\n\n"
             "--- summary\n---\nS.\n")
    return built_site(folder, {f"content/{language}.md": story.format(*texts, language)
                               for language, texts in UNLISTED.items()})


@pytest.fixture(scope="module")
def unlisted_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_unlisted(tmp_path_factory.mktemp("unlisted"))


@pytest.mark.parametrize(("language", "query"), [
    ("vi", "thuy dien"), ("vi", "dien"), ("vi", "dong bang"), ("vi", "điện"),
    ("el", "πυρκαγιεσ"), ("el", "ΠΥΡΚΑΓΙΕΣ"), ("el", "πυρκαγιες"),
    # A word joined by a non-joiner, typed with it, without it or apart.
    ("fa", "کم‌آبی"), ("fa", "کمآبی"), ("fa", "کم آبی"), ("fa", "کمالخان"), ("fa", "خان"),
    ("fa", "معاهدهی سیستان"),
    ("fa", "ايران"), ("fa", "كمال"),  # with the yeh and kaf of an Arabic keyboard
    ("fa", "1351"), ("fa", "١٣٥١"), ("fa", "۱۳۵۱"), ("fa", "۲۰۲۳"), ("fa", "2023"),
    # The teh marbuta typed as heh; Urdu's heh goal and doachashmee heh typed as an Arabic
    # or Persian keyboard has them.
    ("ar", "قناه"), ("ar", "قناة"), ("ur", "مهنگائی"), ("ur", "مہنگائی"), ("ur", "بهارت"),
    # Digits of another script than the reader types: Devanagari, Latin, Bengali.
    ("hi", "2024"), ("hi", "२०२४"), ("hi", "२४०"), ("hi", "240"), ("hi", "২০২৪"),
    # A Korean word with a particle the text does not give it.
    ("ko", "서울의"), ("ko", "한국에서"), ("ko", "정상회담을"), ("ko", "일본이"),
    ("ko", "서울에서 열린")])
def test_an_unlisted_language_is_found_as_its_readers_type(unlisted_index: Path,
                                                           language: str, query: str) -> None:
    assert found(site_files(unlisted_index, f"{language}/"), query, f"{language}/") == {0}


@pytest.mark.parametrize(("language", "query"), [
    ("hi", "2025"), ("hi", "२०२५"), ("hi", "२४१"), ("fa", "۱۳۵۲")])
def test_another_number_in_another_script_is_not_found(unlisted_index: Path, language: str,
                                                       query: str) -> None:
    assert found(site_files(unlisted_index, f"{language}/"), query, f"{language}/") == set()


@pytest.fixture(scope="module")
def japanese_index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return site_files(build_japanese(tmp_path_factory.mktemp("japanese")))


@pytest.mark.parametrize(("query", "expected"), [
    ("警報", {0}), ("M7.6", {0}), ("15万人", {0}), ("マグニチュード", {0}), ("地震の規模", {0}),
    ("日本", {0}),  # the country, by its name in the site's language
    ("津 警報", {0}),  # a letter alone begins words, wherever it is typed
    ("選挙", {1}), ("京", {1}), ("都知事選挙", {1}), ("地震 選挙", set()), ("地震の結果", set()),
    ("40.8", {1}), ("４０", {1})])  # digits set full width, as CJK text sets them
def test_a_language_without_spaces_is_found_by_any_of_its_words(
        japanese_index: dict[str, bytes], query: str, expected: set[int]) -> None:
    assert found(japanese_index, query) == expected


# Countries some of whose ISO or CLDR names name another: "Taiwan, Province of China", "Hong
# Kong SAR China", "United Mexican States", "Virgin Islands of the United States", "United
# Kingdom of Great Britain and Northern Ireland".
COUNTRIES = ("Taiwan", "China", "Hong Kong", "Mexico", "United States", "U.S. Virgin Islands",
             "United Kingdom", "Ireland")


@pytest.fixture(scope="module")
def countries_index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Build an explainer naming each country of COUNTRIES alone, the first the newest."""
    return one_each(tmp_path_factory.mktemp("countries"), COUNTRIES,
                    "---\ntitle: Talks\ndek: D\npublished: 2024-06-{day:02d}\n---\n\n"
                    "--- summary\n---\nS.\n\n--- countries\ncountries:\n"
                    "  - name: {value}\n---\n")


@pytest.mark.parametrize(("query", "expected"), [
    ("China", {"China"}), ("Province of China", set()), ("Taiwan", {"Taiwan"}),
    ("Hong Kong", {"Hong Kong"}), ("United States", {"United States"}), ("USA", {"United States"}),
    ("Mexico", {"Mexico"}), ("Virgin Islands", {"U.S. Virgin Islands"}), ("Ireland", {"Ireland"}),
    ("United Kingdom", {"United Kingdom"}), ("Great Britain", {"United Kingdom"})])
def test_a_search_for_a_country_finds_no_other_country(
        countries_index: dict[str, bytes], query: str, expected: set[str]) -> None:
    assert {COUNTRIES[number] for number in found(countries_index, query)} == expected


def test_a_site_can_leave_out_its_search(make_site, tmp_path: Path) -> None:
    story = ("---\ntitle: Talks\ndek: D\npublished: 2024-06-01\ntags: [talks]\n---\n\n"
             "--- summary\n---\nTalks.\n\n--- countries\ncountries:\n  - name: Kenya\n---\n")
    root = make_site({"site.yml": "search: false\n", "content/a.md": story})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert (out / "a.html").is_file()
    assert not (out / "search.html").exists() and not (out / "search").exists()
    assert list(out.glob("search*.js")) == []  # nor its script
    for page in ("a.html", "index.html", "countries/index.html"):
        nav = soup(out / page).select_one("nav.site-nav")
        assert [(out / page).parent.joinpath(a["href"]).resolve() for a in nav.find_all("a")
                ] == [out / "countries/index.html", out / "tags/index.html"], page


def test_a_word_of_thousands_of_letters_builds_into_one_shard(make_site, tmp_path: Path) -> None:
    """A pasted run without spaces (a title of 100,000 letters) is indexed whole, in a shard
    whose file name a disk takes, and the build ends cleanly."""
    word = "x" * 100_000
    story = f"---\ntitle: {word}\ndek: D\npublished: 2024-06-01\n---\n\n--- summary\n---\nTalks.\n"
    root = make_site({"content/a.md": story})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr
    terms = tmp_path / "out/search/terms"
    names = [path.name for path in terms.iterdir()]
    assert max(map(len, names)) <= 20
    assert any(word in path.read_text(encoding="utf-8") for path in terms.iterdir())


def teaser(number: int) -> Teaser:
    """Return a generated explainer, its words drawn from a few themes and its number."""
    theme = TITLES[number % len(TITLES)]
    return Teaser(source_path=Path(f"content/e{number}.md"), display_path=f"content/e{number}.md",
                  slug=f"e{number}", title=f"{theme} in region {number} ({number % 97} talks)",
                  dek=f"What {theme.lower()} means for people number{number}.",
                  published=FuzzyDate(2020 + number % 5, 1 + number % 12, 1), updated=None,
                  byline=(), based_on=(), tags=(theme, f"topic{number % 40}"), draft=False,
                  language="en", translation_key=f"e{number}", folder="", countries=(),
                  image=None, changes=(), uses=(), expected=(), kinds=(),
                  outline=(f"Takeaway about {theme.lower()} and item{number}",), parts=(),
                  named=(), titles=(), aliases=(), links=(), places=(), ids=(), extra=Extra())


def test_shards_stay_under_their_cap_and_a_query_loads_little(monkeypatch) -> None:
    """At 2,000 explainers, a fifth of 10,000, with the cap and the prefix budget a fifth of
    theirs, a query loads under a fifth of the 500 KB allowed at 10,000."""
    monkeypatch.setattr(search, "SHARD_CAP", search.SHARD_CAP // 5)
    monkeypatch.setattr(search, "PREFIX_BUDGET", search.PREFIX_BUDGET // 5)
    files = IndexMaker().files(tuple(teaser(n) for n in range(2_000)),
                                search.SearchIndex("", (), ENGLISH, UTC))
    terms = {path: data for path, data in files.items() if path.startswith("search/terms/")}
    assert max(map(len, terms.values())) <= search.SHARD_CAP
    assert any(len(path) > len("search/terms/xx.js") for path in terms)  # some were split
    for query in ("elections", "drought region", "ta", "t", "sanctions to", "topic1",
                  "what means for people", "e"):
        assert loaded(files, query) < 100_000, query
    assert lookup(files, "ceasefire").keys() == {n for n in range(2_000) if n % 7 == 2}


@functools.cache
def japanese_names() -> tuple[str, ...]:
    """Return CLDR's names of places in Japanese, in kanji and kana: words of real text."""
    return tuple(sorted(Locale.parse("ja").territories.values()))


def japanese_teaser(number: int) -> Teaser:
    """Return a generated explainer in Japanese: names of places joined by particles, and its
    number."""
    names = japanese_names()
    word = [names[(number * 31 + k * 17) % len(names)] for k in range(12)]
    return replace(teaser(number), title=f"{word[0]}の{word[1]}、{number % 97}人",
                   dek=f"{word[2]}と{word[3]}は{word[4]}について話した。", language="ja",
                   tags=(word[5],), outline=tuple(f"{word[6 + k]}で{word[9 + k]}が{number}件"
                                                  for k in range(3)))


def test_a_language_without_spaces_stays_in_small_shards(monkeypatch) -> None:
    """As the test above, in Japanese: a query of a few words (a dozen letters, eleven pairs)
    or of one letter loads under a fifth of the 500 KB."""
    monkeypatch.setattr(search, "SHARD_CAP", search.SHARD_CAP // 5)
    monkeypatch.setattr(search, "PREFIX_BUDGET", search.PREFIX_BUDGET // 5)
    monkeypatch.setattr(search, "PAIR_CAP", search.PAIR_CAP // 5)
    explainers = tuple(japanese_teaser(n) for n in range(2_000))
    files = IndexMaker().files(explainers, search.SearchIndex("", (), ENGLISH, UTC))
    terms = {path: data for path, data in files.items() if path.startswith("search/terms/")}
    assert max(map(len, terms.values())) <= search.SHARD_CAP
    names = japanese_names()
    for query in (names[0], names[100], f"{names[7]}の{names[40]}", "ア", "の", "カ",
                  explainers[0].title[:12], explainers[1].dek[:12]):
        assert loaded(files, query) < 100_000, query
    # A sentence pasted whole, of 27 letters: each pair a shard, of pairs split small.
    pasted = [loaded(files, (explainer.title + explainer.dek)[:27])
              for explainer in explainers[::97]]
    assert statistics.median(pasted) < 100_000
    for name in names[::25]:  # every explainer that says the name is found
        assert found(files, name) >= {number for number, explainer in enumerate(explainers)
                                      if name in explainer.title + explainer.dek}, name


@functools.cache
def arabic_names() -> tuple[str, ...]:
    """Return CLDR's names of places and languages in Arabic: most begin with the article."""
    locale = Locale.parse("ar")
    return tuple(sorted({*locale.territories.values(), *locale.languages.values()}))


def arabic_teaser(number: int) -> Teaser:
    """Return a generated explainer in Arabic: names of places and languages, a few of them
    said often and most seldom, and its number."""
    names = arabic_names()
    word = [names[(number * 31 + k * 17) % len(names)] for k in range(6)]
    often = [names[(number * 7 + k * 3) % 90 * 3] for k in range(12)]
    return replace(teaser(number), title=f"{word[0]} و{word[1]} في {number % 97}",
                   dek=f"اتفاق بين {word[2]} و{word[3]} حول {' '.join(often[:6])}",
                   language="ar", tags=(word[4],), outline=(word[5], " ".join(often[6:])))


def test_an_arabic_query_typed_letter_by_letter_loads_little(monkeypatch) -> None:
    """As the tests above, in Arabic, whose words mostly begin with the article: typed a
    letter at a time (ال, الم, المغ, ...), two names load under a fifth of the 500 KB, and
    each name finds every explainer that says it."""
    monkeypatch.setattr(search, "SHARD_CAP", search.SHARD_CAP // 5)
    monkeypatch.setattr(search, "PREFIX_BUDGET", search.PREFIX_BUDGET // 5)
    explainers = tuple(arabic_teaser(n) for n in range(2_000))
    files = IndexMaker().files(explainers, search.SearchIndex("", (), ENGLISH, UTC))
    names = [name for name in arabic_names() if name.startswith("ال") and " " not in name]
    for first, second in zip(names[::40], names[7::40], strict=False):
        assert typed(files, f"{first} {second}") < 100_000, (first, second)
    # The article and a letter (الم) load one shard at most: the one that holds them.
    for name in names:
        assert loaded(files, name[:3]) <= loaded(files, "") + search.SHARD_CAP, name
    for name in names[::20]:  # first, before the explainers that say another form of it
        saying = {number for number, explainer in enumerate(explainers)
                  if name in explainer.title + explainer.dek
                  + " ".join((*explainer.tags, *explainer.outline))}
        assert set(ranked(files, name)[:len(saying)]) == saying, name


@pytest.mark.parametrize("generated", [teaser, japanese_teaser])
def test_an_index_made_again_after_a_few_edits_is_the_index_made_whole(
        monkeypatch, generated: Callable[[int], Teaser]) -> None:
    # As the preview does after an edit: the same explainers, a few of them changed. The
    # shards are small here, so that some are split and an edit moves words between them.
    monkeypatch.setattr(search, "SHARD_CAP", 2_000)
    index = search.SearchIndex("", (("KE", ("Kenya",)),), ENGLISH, UTC)
    explainers = tuple(generated(n) for n in range(300))
    maker = IndexMaker()
    maker.files(explainers, index)
    edited = list(explainers)
    edited[5] = replace(edited[5], title="Zanzibar ferry inquiry")  # words new to the index
    edited[40] = replace(edited[40], tags=())  # a word found nowhere else goes
    edited[41] = replace(edited[41], title=edited[41].title + " elections")
    swapped = list(explainers)
    swapped[7], swapped[8] = swapped[8], swapped[7]  # a new date moves one past another
    shifted = (*explainers[:10], *explainers[11:], generated(300))  # one gone, one added
    every = tuple(replace(e, dek=e.dek + " again") for e in explainers)  # more than redone
    for step in (tuple(edited), explainers, tuple(swapped), shifted, every):
        assert maker.files(step, index) == IndexMaker().files(step, index)
    assert lookup(maker.files(tuple(edited), index), "zanzibar") == {5: TITLE}


def test_an_explainer_is_found_by_the_organisations_it_names(tmp_path: Path) -> None:
    story = ("---\ntitle: {title}\ndek: D\npublished: 2024-06-26\nlanguage: {language}\n---\n\n"
             "--- countries\ncountries:\n  - {{name: Kenya, role: lead}}\n"
             "  - {{organisation: European Union, role: funder}}\n"
             "  - {{organisation: Rapid Support Forces, label: the RSF militia, role: other}}\n"
             "---\n")
    out = built_site(tmp_path, {"content/a.md": story.format(title="Aid", language="en"),
                                "content/b.md": story.format(title="Ayuda", language="es")})
    english, spanish = site_files(out), site_files(out, "es/")
    for query in ("eu", "european union", "militia", "rapid support"):
        assert found(english, query) == {0}, query
    for query in ("ue", "unión europea", "eu"):  # as Spanish pages name it, and as written
        assert found(spanish, query, "es/") == {0}, query


@pytest.mark.parametrize(("language", "country", "finding", "not_finding"), [
    # The short names CLDR gives beside the standard one, as readers type them.
    ("ko", "KR", ("한국", "한국에서", "대한민국"), ("중국",)),
    ("uk", "US", ("США", "Сполучені Штати"), ()),
    ("vi", "US", ("Mỹ", "Hoa Kỳ"), ()),
    ("it", "US", ("USA", "Stati Uniti"), ()),
    # Not by a name that holds another country's: 中国香港特别行政区 is no answer to 中国.
    ("zh", "HK", ("香港",), ("中国",)),
    # Taiwan's and Hong Kong's pages by their Traditional names, each region's own.
    ("zh-TW", "HK", ("香港",), ("中國", "中国")),
    ("zh-TW", "KE", ("肯亞",), ("肯尼亚",)),
    ("zh-HK", "KE", ("肯尼亞",), ("肯尼亚",))])
def test_a_country_is_found_by_every_name_its_page_s_language_gives_it(
        tmp_path: Path, language: str, country: str, finding: tuple[str, ...],
        not_finding: tuple[str, ...]) -> None:
    story = (f"---\ntitle: T\ndek: D\npublished: 2024-06-26\nlanguage: {language}\n---\n\n"
             f"--- countries\ncountries:\n  - name: {country}\n---\n")
    index = site_files(built_site(tmp_path, {"site.yml": f"language: {language}\n",
                                             "content/a.md": story}))
    for query in finding:
        assert found(index, query) == {0}, query
    for query in not_finding:
        assert found(index, query) == set(), query


def test_a_hyphenated_word_is_found_typed_joined(tmp_path: Path) -> None:
    out = built_site(tmp_path, {"content/wifi.md": (
        "---\ntitle: What Wi-Fi 7 changes for GPT-4o\ndek: COVID-19 and e-mail, again.\n"
        "published: 2024-07-22\n---\n\n--- summary\n---\nText.\n")})
    files = site_files(out)
    for query in ("wifi", "Wi-Fi", "wi fi", "gpt4o", "GPT-4o", "covid19", "email", "e-mail"):
        assert found(files, query) == {0}, query
