"""The draft `new` writes: in the site's language or the one asked for, its placeholders from
the strings tables, and a warning for each left in an explainer that is published."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from explainer.content.reading import ExplainerFile, ReadSettings, parse_explainer
from explainer.content.scaffold import write_new_explainer
from explainer.content.text.markup import Markup
from explainer.site.strings import PACKAGE_TABLES, package_tables

from .helpers import run_cli, soup

SHIPPED = sorted(path.stem for path in PACKAGE_TABLES.glob("*.yml"))
BASE = ("--base-url", "https://example.org/")
DAY = date(2024, 6, 26)


def published(path: Path) -> None:
    """Make a draft one that would be published, its placeholders left in."""
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""),
                    encoding="utf-8")


def warnings(result_stderr: str) -> list[str]:
    """Return the first line of each warning a command printed."""
    return [line for line in result_stderr.splitlines() if ": warning: " in line]


def test_a_draft_in_a_french_site_is_written_in_french_and_builds(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n"})
    assert run_cli("new", "mission-au-kenya", "--root", root).returncode == 0
    text = (root / "content" / "mission-au-kenya.md").read_text(encoding="utf-8")
    assert "dek: Une phrase qui dit aux lecteurs à quelle question répond ce décryptage.\n" \
        in text
    assert "byline: Votre nom\n" in text and "language:" not in text
    assert "Your Name" not in text and "What happened" not in text
    result = run_cli("build", "--root", root, "--output", root / "public", "--drafts",
                     "--strict", *BASE)
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "mission-au-kenya.html")
    assert page.html["lang"] == "fr"
    assert page.select_one(".summary").get_text(" ", strip=True).startswith(
        "Ce qui s’est passé, en deux ou trois phrases.")


def test_a_french_placeholder_left_in_a_published_explainer_is_warned_of(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n"})
    assert run_cli("new", "mission-au-kenya", "--root", root).returncode == 0
    draft = root / "content" / "mission-au-kenya.md"
    published(draft)
    [warning] = warnings(run_cli("check", "--root", root, *BASE).stderr)
    assert warning.startswith("content/mission-au-kenya.md:3:6: warning: 'Une phrase qui dit "
                              "aux lecteurs à quelle question répond ce décryptage.', 'Votre "
                              "nom', ")
    assert "is the new draft's placeholder on lines 3, 5, " in warning


def test_an_english_placeholder_left_in_a_french_explainer_is_warned_of(
        make_site: Callable[..., Path]) -> None:
    story = ("---\ntitle: Mission au Kenya\ndek: La police kényane part en Haïti.\n"
             "published: 2024-06-26\nlanguage: fr\nbyline: Your Name\n---\n\n"
             "--- summary\n---\nLa mission commence.\n")
    root = make_site({"content/mission.md": story})
    [warning] = warnings(run_cli("check", "--root", root, *BASE).stderr)
    assert warning == ("content/mission.md:6:9: warning: 'Your Name' is the new draft's "
                       "placeholder")


def test_new_writes_the_language_asked_for_into_the_draft(
        make_site: Callable[..., Path]) -> None:
    root = make_site()
    result = run_cli("new", "kenya-mission", "--language", "ar", "--root", root)
    assert result.returncode == 0, result.stderr
    text = (root / "content" / "kenya-mission.md").read_text(encoding="utf-8")
    assert "\nlanguage: ar\n" in text
    assert "byline: اسمك\n" in text and "Your Name" not in text
    result = run_cli("build", "--root", root, "--output", root / "public", "--drafts", *BASE)
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "ar" / "kenya-mission.html")
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert page.select_one(".summary").get_text(" ", strip=True).startswith("ماذا حدث")


def test_the_site_s_own_language_asked_for_is_not_written_again(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: pt-BR\n"})
    assert run_cli("new", "missao", "--language", "PT-br", "--root", root).returncode == 0
    text = (root / "content" / "missao.md").read_text(encoding="utf-8")
    assert "language:" not in text and "byline: Seu nome\n" in text  # pt-BR takes pt's words


def test_a_slug_is_refused_only_if_the_draft_s_language_has_it(
        make_site: Callable[..., Path]) -> None:
    french = ("---\ntitle: T\ndek: D\npublished: 2024-06-26\nlanguage: fr\nslug: mission\n---\n\n"
              "--- summary\n---\nTexte.\n")
    root = make_site({"content/mission-fr.md": french})
    result = run_cli("new", "mission", "--language", "fr", "--root", root)
    assert result.returncode == 2
    assert result.stderr == ("error: 'mission' is already the slug of content/mission-fr.md; "
                             "choose another slug\n")
    assert run_cli("new", "mission", "--root", root).returncode == 0  # its English version


@pytest.mark.parametrize(("tag", "told"), [
    ("French", "expected a language tag such as en or fr-CA, found 'French'; write its tag: "
     "--language fr"),
    ("pt_BR", "expected a language tag such as en or fr-CA, found 'pt_BR'; write its tag: "
     "--language pt-BR"),
    ("qq", "'qq' names no language CLDR knows; check the tag (docs/languages.md lists the "
     "languages with a strings table)"),
    ("gr", "'gr' is the code of the country Greece, not of a language; write its tag: "
     "--language el"),
    ("ger", "'ger' is the three-letter code of German, whose tag has two letters; write its "
     "tag: --language de"),
])
def test_a_language_that_is_no_tag_is_refused_with_the_fix(
        make_site: Callable[..., Path], tag: str, told: str) -> None:
    root = make_site()
    result = run_cli("new", "story", "--language", tag, "--root", root)
    assert result.returncode == 2
    assert result.stderr.endswith(f"build.py new: error: argument --language: {told}\n")
    assert "Traceback" not in result.stderr
    assert not (root / "content" / "story.md").exists()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_language_s_draft_reads_and_its_placeholders_are_found(
        tmp_path: Path, language: str) -> None:
    path = write_new_explainer(tmp_path, "story", DAY, language=language)
    file = ExplainerFile("content/story.md", tmp_path, (0, 0, 0, 0))
    explainer, problems = parse_explainer(file, None, Markup(), ReadSettings())
    assert explainer is not None and explainer.language == language
    assert [p for p in problems if p.severity == "error"] == []
    texts = package_tables()[language].texts
    assert explainer.dek == texts["new_dek"]
    if language != "en":
        assert texts["new_dek"] != package_tables()["en"].texts["new_dek"]
    published(path)
    _, problems = parse_explainer(file, None, Markup(), ReadSettings())
    found = [p for p in problems if "is the new draft's placeholder" in p.message]
    assert len(found) == 21, [p.render() for p in problems]


def test_a_project_s_own_language_table_needs_no_draft_words(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: km\n", "i18n/km.yml": "key_takeaways: ចំណុចសំខាន់ៗ\n"})
    assert run_cli("new", "story", "--root", root).returncode == 0
    result = run_cli("check", "--root", root, "--drafts", *BASE)
    assert result.returncode == 0, result.stderr
    assert "warning: no text for " in result.stderr and "keys: pages in km show them" in \
        result.stderr
    assert "'new_" not in result.stderr  # the draft is in English: no page shows its words



def test_a_draft_in_a_language_without_draft_words_says_they_are_english(
        make_site: Callable[..., Path]) -> None:
    root = make_site()
    result = run_cli("new", "story", "--language", "ka", "--root", root)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "note: explainer has no words for drafts in Georgian ('ka'): the draft's placeholders "
        "are in English\n  hint: write over them in Georgian; pages in ka show English words "
        "until you add i18n/ka.yml (docs/languages.md says how)\n")
    assert "byline: Your Name\n" in (root / "content" / "story.md").read_text(encoding="utf-8")
    (root / "i18n").mkdir()
    (root / "i18n" / "hy.yml").write_text("key_takeaways: Հիմնականը\n", encoding="utf-8")
    result = run_cli("new", "patmutyun", "--language", "hy", "--root", root)
    assert result.stderr.endswith("hint: write over them in Armenian\n")  # its pages: its words
    for words in ("am", "el", "en-GB", "pt-BR"):  # a table of its own, or English's
        result = run_cli("new", f"story-{words}", "--language", words, "--root", root)
        assert result.returncode == 0 and result.stderr == "", result.stderr

@pytest.mark.parametrize(("title", "slug"), [
    ("Sudan ceasefire talks", "sudan-ceasefire-talks"),
    ("Floods in the Río Valley: what now?", "floods-in-the-rio-valley-what-now"),
    ("Выборы в Москве", "vybory-v-moskve"),
    ("スーダン停戦", "sudantingzhan"),
    ("محادثات السودان", "mhdtht-lswdn"),
])
def test_a_title_names_the_draft_and_is_its_title(
        make_site: Callable[..., Path], title: str, slug: str) -> None:
    root = make_site()
    result = run_cli("new", f"  {title} ", "--root", root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {root / 'content' / slug}.md;")
    result = run_cli("build", "--root", root, "--output", root / "public", "--drafts", *BASE)
    assert result.returncode == 0, result.stderr
    assert soup(root / "public" / f"{slug}.html").h1.get_text(strip=True) == title


@pytest.mark.parametrize(("site", "language", "slug"), [
    ("language: ne\n", None, "bhukampa"), ("language: hi\n", "ne", "bhukampa"),
    ("language: hi\n", None, "bhukamp"),
])
def test_a_title_in_india_s_scripts_names_the_draft_as_its_language_says_it(
        make_site: Callable[..., Path], site: str, language: str | None, slug: str) -> None:
    root = make_site({"site.yml": site})
    chosen = ("--language", language) if language else ()
    result = run_cli("new", "भूकम्प", "--root", root, *chosen)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {root / 'content' / slug}.md;")


def test_a_slug_or_a_file_s_name_gives_the_draft_its_words_as_title(
        make_site: Callable[..., Path]) -> None:
    root = make_site()
    assert run_cli("new", "haiti-police-mission", "--root", root).returncode == 0
    assert run_cli("new", "sudan-talks.md", "--root", root).returncode == 0
    assert sorted(path.name for path in (root / "content").iterdir()) == [
        "haiti-police-mission.md", "sudan-talks.md"]
    text = (root / "content" / "sudan-talks.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Sudan talks\n")


@pytest.mark.parametrize(("name", "told"), [
    ("Sudan talks", "error: 'Sudan talks' makes the slug 'sudan-talks', and {root}/content/"
     "sudan-talks.md already exists; give another title, or a slug of your own, such as "
     "sudan-talks-2\n"),
    ("Old Sudan", "error: 'Old Sudan' makes the slug 'old-sudan', and 'old-sudan' is already an "
     "alias of content/sudan-talks.md, its page before it was renamed; give another title, or "
     "a slug of your own, such as old-sudan-2\n"),
    ("Search", "error: 'Search' makes the slug 'search', and 'search' would make search.html, "
     "the search page of the site; give another title, or a slug of your own, such as "
     "search-2\n"),
    ("🎸 !!", "error: '🎸 !!' makes no slug: a title needs a letter or a digit; give one, or a "
     "slug of lowercase letters, digits and hyphens, e.g. haiti-police-mission\n"),
    ("Sudan\ntalks", "error: 'Sudan\\ntalks' is not a valid title or slug: it holds a line "
     "break; give the title on one line, or a slug of lowercase letters, digits and hyphens, "
     "e.g. sudan-talks\n"),
])
def test_a_title_whose_slug_is_taken_or_none_is_refused_with_the_fix(
        make_site: Callable[..., Path], name: str, told: str) -> None:
    story = ("---\ntitle: Sudan talks\ndek: D\npublished: 2024-06-26\naliases: [old-sudan]\n"
             "---\n\n--- summary\n---\nText.\n")
    root = make_site({"content/sudan-talks.md": story})
    result = run_cli("new", name, "--root", root)
    assert (result.returncode, result.stderr) == (2, told.format(root=root))
    assert [path.name for path in (root / "content").iterdir()] == ["sudan-talks.md"]


def test_a_draft_is_dated_today_in_the_site_s_time_zone(make_site: Callable[..., Path]) -> None:
    # Kiritimati is 14 hours ahead of UTC and Baker Island 12 behind: their days always differ.
    dated = {}
    for number, zone in enumerate(("Pacific/Kiritimati", "Etc/GMT+12")):
        root = make_site({"site.yml": f"timezone: {zone}\n"})
        before = datetime.now(ZoneInfo(zone)).date()
        assert run_cli("new", f"draft-{number}", "--root", root).returncode == 0
        after = datetime.now(ZoneInfo(zone)).date()
        text = (root / "content" / f"draft-{number}.md").read_text(encoding="utf-8")
        dated[zone] = date.fromisoformat(text.split("published: ", 1)[1][:10])
        assert dated[zone] in (before, after)
    assert dated["Pacific/Kiritimati"] > dated["Etc/GMT+12"]


def test_a_draft_is_dated_by_source_date_epoch_as_the_build_is(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "timezone: America/Los_Angeles\n"})
    # 1 July 2024, 03:00 UTC: still 30 June in Los Angeles.
    result = run_cli("new", "dated", "--root", root, env={"SOURCE_DATE_EPOCH": "1719802800"})
    assert result.returncode == 0, result.stderr
    assert "published: 2024-06-30\n" in (root / "content" / "dated.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("title", "language", "slug"), [
    ("What Windows 11's 24H2 update changes", "en", "what-windows-11s-24h2-update-changes"),
    ("iOS 18.1: what's new", "en", "ios-18-1-whats-new"),
    ("L'État et l'IA : ce qui change", "fr", "letat-et-lia-ce-qui-change"),
    ("A budget of 1,000 days, 2,500,000 voters", "en", "a-budget-of-1000-days-2500000-voters"),
    ("10.000 Menschen auf der Flucht", "de", "10000-menschen-auf-der-flucht"),
    ("Un prix à 2\u202f000 euros", "fr", "un-prix-a-2000-euros"),
])
def test_a_title_s_slug_is_the_id_a_heading_of_its_words_has(
        make_site: Callable[..., Path], title: str, language: str, slug: str) -> None:
    root = make_site()
    result = run_cli("new", title, "--language", language, "--root", root)
    assert result.returncode == 0, result.stderr
    path = root / "content" / f"{slug}.md"
    with path.open("a", encoding="utf-8") as draft:
        draft.write(f'\n--- prose\nheading: "{title}"\n---\nText.\n')
    result = run_cli("build", "--root", root, "--output", root / "public", "--drafts", *BASE)
    assert result.returncode == 0, result.stderr
    page = next((root / "public").rglob(f"{path.stem}.html"))
    assert soup(page).find("section", id=path.stem) is not None
