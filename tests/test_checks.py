"""Editorial checks: warnings, with file and line, about content that is valid but doubtful."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .helpers import REPO, run_cli

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n"
FIGURES = """
--- figures
figures:
  - value: $360 million
    label: pledged by the United States to support the mission
  - value: About 1,000
    label: Kenyan police officers set to deploy
  - value: "200"
    label: more Kenyan officers due later that week
---
"""


def stated(found: list[str]) -> list[str]:
    """Return what each warning says the text states: "'61 percent'" of "... says '61
    percent' but ..."."""
    return [line.split(" says ")[1].split(" but ")[0] for line in found]


def warnings_of(body: str, front: str = FRONT) -> list[str]:
    """Return the first line of every warning for an explainer made of front + body."""
    source = split_source(front + body, Path("x.md"), "content/x.md")
    explainer, problems = read_explainer(source, Markup())
    assert explainer is not None, [p.render() for p in problems]
    found = problems + check_explainer(explainer)
    assert all(p.severity == "warning" for p in found)
    return [p.render().split("\n")[0] for p in sorted(found, key=lambda p: p.sort_key())]


def test_the_seed_shows_its_two_inconsistencies_in_each_language_and_nothing_else(
        seed_project: Path) -> None:
    result = run_cli("check", "--root", seed_project, "--base-url", "https://example.org/")
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warnings == [
        "content/haiti-kenya-police-mission.md:45:70: warning: takeaway says '9 other "
        "countries' but the country list has 12 contributing or supporting countries",
        "content/haiti-kenya-police-mission.md:129:1: warning: section 'countries': Chad is "
        "listed twice (first on line 115); the page shows it once",
        "content/kenya-mission-police-haiti.md:55:87: warning: takeaway says 'neuf autres pays' "
        "but the country list has 12 contributing or supporting countries",
        "content/kenya-mission-police-haiti.md:145:1: warning: section 'countries': Chad is "
        "listed twice (first on line 131); the page shows it once",
        "content/kenya-yaongoza-ujumbe-wa-polisi-haiti.md:53:72: warning: takeaway says 'nchi "
        "nyingine tisa' but the country list has 12 contributing or supporting countries",
        "content/kenya-yaongoza-ujumbe-wa-polisi-haiti.md:141:1: warning: section 'countries': "
        "Chad is listed twice (first on line 127); the page shows it once",
    ]


def test_a_new_explainer_published_with_its_placeholders_is_warned_about(
        make_site: Callable[..., Path]) -> None:
    root = make_site()
    assert run_cli("new", "fresh-story", "--root", root).returncode == 0
    draft = root / "content" / "fresh-story.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("draft: true\n", ""),
                     encoding="utf-8")
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    [warning] = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warning.startswith("content/fresh-story.md:3:6: warning: 'One sentence that tells "
                              "readers what this explainer answers.', 'Your Name', ")
    assert "is the new draft's placeholder on lines 3, 5, " in warning


@pytest.mark.parametrize("slug", ["index", "search", "404"])
def test_new_refuses_a_slug_whose_page_the_site_keeps(make_site: Callable[..., Path],
                                                      slug: str) -> None:
    root = make_site()
    result = run_cli("new", slug, "--root", root)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: '{slug}' would make {slug}.html, the ")
    assert not (root / "content" / f"{slug}.md").exists()


def test_a_new_explainer_has_no_warnings(make_site: Callable[..., Path]) -> None:
    root = make_site()
    assert run_cli("new", "fresh-story", "--root", root).returncode == 0
    result = run_cli("check", "--root", root, "--drafts", "--strict",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("--- takeaways\ntakeaways:\n  - The United States pledged $350 million to the mission.\n"
     "---\n", ["content/x.md:8:31: warning: takeaway says '$350 million' but the key figure "
               "'pledged by the United States to support the mission' (line 13) says "
               "'$360 million'"]),
    ("--- summary\n---\nThe mission is **big**.\n\nAbout **1,200 Kenyan police officers**\n"
     "are set to deploy.\n", [
         "content/x.md:10:9: warning: section 'summary' says '1,200 Kenyan police officers' "
         "but the key figure 'Kenyan police officers set to deploy' (line 17) says "
         "'About 1,000'"]),
    # Bold around the number alone: quoted as the reader sees it, with no blanks for "**".
    ("--- summary\n---\nAbout **1,200** Kenyan police\nofficers are set to deploy.\n", [
        "content/x.md:8:9: warning: section 'summary' says '1,200 Kenyan police officers' "
        "but the key figure 'Kenyan police officers set to deploy' (line 15) says "
        "'About 1,000'"]),
    ("--- prose\nheading: H\n---\nAnother 300 officers were due later that week.\n", [
        "content/x.md:9:9: warning: section 'prose' says '300 officers' but the key figure "
        "'more Kenyan officers due later that week' (line 17) says '200'"]),
    # Same numbers, other words, quotes, other things counted: nothing to say.
    ("--- summary\n---\nThe US pledged $360m; 200 more Kenyan officers are due.\n", []),
    ("--- summary\n---\nGangs killed 50 officers last year and stole $2 million.\n", []),
    ("--- summary\n---\nThe report says \"1,500 Kenyan police officers\" will deploy.\n", []),
    ("--- summary\n---\nIn 2021 gangs grew; 1 officer and 9 other countries set to deploy.\n",
     []),
    # A quotation in typographer's marks is the source's words too.
    *(("--- summary\n---\nThe report says " + quoted + " will deploy.\n", [])
      for quoted in ("\u201c1,500 Kenyan police officers\u201d",
                     "\u00ab\u202f1,500 Kenyan police officers\u202f\u00bb",
                     "\u20181,500 Kenyan police officers\u2019",
                     "\u201e1,500 Kenyan police officers\u201c",
                     "\u201e1,500 Kenyan police officers\u201d",
                     "\u00bb1,500 Kenyan police officers\u00ab",
                     "\u201d1,500 Kenyan police officers\u201d")),
])
def test_a_figure_stated_with_another_value(text: str, expected: list[str]) -> None:
    assert warnings_of(text + FIGURES) == expected



@pytest.mark.parametrize(("text", "warned"), [
    # A qualifier says how the number compares with the figure: these agree with it.
    ("The United States pledged more than $300 million to the mission.", False),
    ("The United States pledged nearly $400 million to the mission.", False),
    ("The United States pledged about $350 million to the mission.", False),
    ("Nearly 210 Kenyan officers are due later that week.", False),
    # ... and these do not.
    ("The United States pledged more than $400 million to the mission.", True),
    ("The United States pledged nearly $300 million to the mission.", True),
    ("Fewer than 150 Kenyan officers are due later that week.", True),
])
def test_a_figure_stated_with_a_qualifier_is_read_with_it(text: str, warned: bool) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + FIGURES)
    assert bool(found) == warned, found


@pytest.mark.parametrize(("said", "warned"), [
    ("about 1.5%", False), ("nearly 1.5%", False), ("nearly 1.3%", True), ("about 0.5%", True),
    ("about 2%", True),
    ("more than 1%", False), ("nearly 1.45%", False)])
def test_a_qualifier_before_a_decimal_allows_a_tenth_of_it(said: str, warned: bool) -> None:
    found = warnings_of(f"--- summary\n---\nInflation in Kenya last year was {said}.\n"
                        "--- figures\nfigures:\n  - value: 1.4%\n"
                        "    label: inflation in Kenya last year\n---\n")
    assert bool(found) == warned, found


@pytest.mark.parametrize(("language", "said", "warned"), [
    # "About" rounds a decimal no further than its written precision, a fiftieth at least.
    ("en", "about 58.6%", False), ("en", "about 58.5%", False), ("en", "about 59%", False),
    ("en", "about 56.8%", True), ("id", "sekitar 58,6 persen", False),
    ("id", "sekitar 56,8 persen", True),
])
def test_about_a_decimal_allows_its_written_precision(language: str, said: str, warned: bool
                                                      ) -> None:
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    text = f"Prabowo won {said} of the vote." if language == "en" else \
        f"Prabowo meraih {said} suara."
    label = "share of the vote won by Prabowo" if language == "en" else "suara Prabowo"
    found = warnings_of(f"--- summary\n---\n{text}\n--- figures\nfigures:\n"
                        f"  - value: 58,6%\n    label: {label}\n---\n".replace(
                            "58,6%", "58.6%" if language == "en" else "58,6%"), front)
    assert bool(found) == warned, found

@pytest.mark.parametrize("opening", ['"', "\u201c", "\u2018", "\u00ab", "\u00ab\u202f", "\u201e"])
def test_a_quoted_count_of_countries_is_the_sources(opening: str) -> None:
    body = ("--- summary\n---\nIts summary speaks of " + opening + "9 other countries.\n"
            "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n---\n")
    assert warnings_of(body) == []
    assert len(warnings_of(body.replace(opening + "9", "9"))) == 1


@pytest.mark.parametrize("quoted", [
    'The minister said: "This pact brings 14 countries of demand\nto our door." End.',
    "'We have 17 countries,' she said.",
    "The minister said: \u201cThis pact brings 14 countries\nto our door.\u201d End.",
])
def test_a_count_in_a_quotation_over_two_lines_or_in_single_quotes_is_the_source_s(
        quoted: str) -> None:
    body = ("--- summary\n---\n" + quoted + "\n"
            "--- countries\ncountries:\n  - {name: Kenya, role: lead}\n---\n")
    assert warnings_of(body) == []
    # The same words without the quotation marks are the explainer's, and checked.
    unquoted = quoted.replace('"', "").replace("'", "").replace("\u201c", "").replace(
        "\u201d", "")
    assert len(warnings_of(body.replace(quoted, unquoted))) == 1


def test_one_figure_label_with_two_values() -> None:
    body = FIGURES + FIGURES.replace("About 1,000", "About 2,000")
    assert warnings_of(body) == [
        "content/x.md:17:1: warning: a second 'figures' section (the first is on line 7): the "
        "page shows them together",
        "content/x.md:21: warning: section 'figures': 'Kenyan police officers set to deploy' is "
        "given as 'About 1,000' (line 11) and as 'About 2,000'"]


@pytest.mark.parametrize(("label", "again"), [
    ("İlk depremin büyüklüğü", "ilk depremin büyüklüğü"),
    ("Işık kesintisi yaşayan il", "ışık kesintisi yaşayan il")])
def test_one_turkish_figure_label_whatever_the_case_of_its_dotted_or_dotless_i(
        make_site: Callable[..., Path], label: str, again: str) -> None:
    """İ is the capital of i in Turkish, I of ı: the labels are one, and two values of it are
    warned of; the same value twice is not."""
    turkish = FRONT.replace("---\n", "---\nlanguage: tr\n", 1)

    def warned(value: str) -> list[str]:
        story = turkish + (f"--- figures\nfigures:\n  - value: '7,8'\n    label: {label}\n"
                           f"  - value: '{value}'\n    label: {again}\n---\n")
        root = make_site({"content/a.md": story})
        result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
        return [line for line in result.stderr.splitlines() if ": warning: " in line]

    assert warned("7,7") == [f"content/a.md:11: warning: section 'figures': '{again}' is "
                             "given as '7,8' (line 9) and as '7,7'"]
    assert warned("7,8") == []


def test_one_figure_label_with_two_values_in_a_language_the_checks_do_not_read(
        make_site: Callable[..., Path]) -> None:
    """The values are compared as written: no need to read a Finnish number to see two."""
    finnish = FRONT.replace("---\n", "---\nlanguage: fi\n", 1)
    story = finnish + ("--- figures\nfigures:\n  - value: 2,4 mrd. euroa\n"
                       "    label: komission takaisinperintä\n  - value: 3,1 mrd. euroa\n"
                       "    label: komission takaisinperintä\n---\n")
    root = make_site({"content/a.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert [line for line in result.stderr.splitlines() if ": warning: " in line] == [
        "content/a.md:11: warning: section 'figures': 'komission takaisinperintä' is "
        "given as '2,4 mrd. euroa' (line 9) and as '3,1 mrd. euroa'"]


def test_timeline_events_out_of_order_in_the_future_or_without_source() -> None:
    body = ("--- timeline\nevents:\n"
            "  - {date: 2024-05-01, title: Second, source: 'https://example.org/2'}\n"
            "  - {date: 2023, title: First, source: 'https://example.org/1'}\n"
            "  - {date: 2024-05, title: Same month, source: 'https://example.org/3'}\n"
            "  - {date: 2024-06-01, title: Too soon, source: 'https://example.org/4'}\n"
            "  - {date: 2024-07, title: Planned, status: expected, source: 'https://x.org/'}\n"
            "  - {date: 2024-05-20, title: Unsourced}\n---\n")
    assert warnings_of(body) == [
        "content/x.md:9: warning: section 'timeline': event dated 2023 comes after one dated "
        "2024-05-01 (line 8)",
        "content/x.md:11: warning: section 'timeline': event 'Too soon' is dated '2024-06-01', "
        "after the explainer's last update (2024-05-23), but is not marked 'status: expected'",
        "content/x.md:13: warning: section 'timeline': event dated 2024-05-20 comes after one "
        "dated 2024-07 (line 12)",
        "content/x.md:13: warning: section 'timeline': no source for event 'Unsourced'",
    ]


def timeline_of(days: list[int]) -> str:
    """Return a timeline section of sourced events in May 2024, in the order of `days`."""
    return "--- timeline\nevents:\n" + "".join(
        f"  - {{date: 2024-05-{day:02}, title: Vote {day}, source: 'https://example.org/'}}\n"
        for day in days) + "---\n"


def test_a_timeline_written_newest_first_gets_one_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/x.md": FRONT + timeline_of(list(range(20, 0, -1)))})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0
    assert result.stderr == (
        "content/x.md:8: warning: section 'timeline': its 20 events are written newest first, "
        "from 2024-05-20 (line 8) to 2024-05-01 (line 27)\n"
        "  hint: write them oldest first, so the file reads like the page (which shows them "
        "oldest first)\n")


def test_events_out_of_order_here_and_there_get_one_warning_naming_their_lines(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/x.md": FRONT + timeline_of([1, 5, 2, 3, 9, 4, 8, 6, 7, 12, 10, 11])})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert [line for line in result.stderr.splitlines() if ": warning: " in line] == [
        "content/x.md:10: warning: section 'timeline': event dated 2024-05-02 comes after one "
        "dated 2024-05-05 (line 9); 3 more events come after a later one, on lines 13, 15, 18"]


def test_the_last_update_moves_the_horizon_of_the_future() -> None:
    body = "--- timeline\nevents:\n  - {date: 2024-06, title: X, source: 'https://e.org/'}\n---\n"
    updated = FRONT.replace("published: 2024-05-23\n", "published: 2024-05-23\nupdated: 2024-06\n")
    assert warnings_of(body, updated) == []
    assert len(warnings_of(body)) == 1


def test_takeaways_that_repeat_each_other() -> None:
    body = ("--- takeaways\ntakeaways:\n"
            "  - The United States has pledged $360 million to support the mission.\n"
            "  - Kenya is to lead a multinational police force.\n"
            "  - The United States pledged $360 million to support the mission!\n"
            "  - $360 million to support the mission was pledged by the United States.\n"
            "  - Kenya leads a police force of many nations.\n---\n")
    assert warnings_of(body) == [
        "content/x.md:10: warning: takeaway repeats the one on line 8",
        "content/x.md:11: warning: takeaway repeats the one on line 8",
    ]


FRENCH = "---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: fr\n---\n"
SPANISH = "---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: es\n---\n"
GERMAN = FRENCH.replace("language: fr", "language: de")
FRENCH_FIGURES = """
--- figures
figures:
  - value: 360 millions de dollars
    label: promis par les États-Unis pour soutenir la mission
  - value: Environ 1 000
    label: policiers kényans prêts à être déployés
  - value: 1,5 milliard d’euros
    label: budget annuel de la mission
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Kenya, role: lead}
  - {name: Haiti, role: host}
  - {name: Chile, role: contributing}
  - {name: Benin, role: supporting}
---
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("--- summary\n---\nLes États-Unis ont promis 350 millions de dollars à la mission.\n",
     ["content/x.md:9:27: warning: section 'summary' says '350 millions de dollars' but the key "
      "figure 'promis par les États-Unis pour soutenir la mission' (line 13) says "
      "'360 millions de dollars'"]),
    ("--- summary\n---\nEnviron 1\u202f200 policiers kényans doivent être déployés.\n",
     ["content/x.md:9:9: warning: section 'summary' says '1\u202f200 policiers' but the key "
      "figure 'policiers kényans prêts à être déployés' (line 15) says 'Environ 1\u202f000'"]),
    ("--- summary\n---\nUn budget annuel de 2 milliards d’euros pour la mission.\n",
     ["content/x.md:9:21: warning: section 'summary' says '2 milliards d’euros' but the key "
      "figure 'budget annuel de la mission' (line 17) says '1,5 milliard d’euros'"]),
    # The same amounts written otherwise, quoted, or about other things: nothing to say.
    ("--- summary\n---\nLes États-Unis ont promis 360 millions de dollars ; 1 000 policiers "
     "kényans doivent être déployés ; le budget annuel est de 1,5 milliard d’euros.\n", []),
    ("--- summary\n---\nL’article parle de « 1 500 policiers kényans ».\n", []),
    ("--- summary\n---\nEn 2021, les gangs ont tué 50 policiers haïtiens.\n", []),
])
def test_a_figure_stated_with_another_value_in_french(text: str, expected: list[str]) -> None:
    assert warnings_of(text + FRENCH_FIGURES, FRENCH) == expected


@pytest.mark.parametrize(("value", "text"), [
    ("72 millions", "Les trois pays comptent 75 millions d’habitants."),
    ("72 millions d’habitants", "Les trois pays comptent 75 millions d'habitants."),
    ("72 millions", "Les trois pays comptent 75 millions habitants."),
])
def test_a_count_in_millions_in_french(value: str, text: str) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: {value}\n    label: habitants des trois pays\n"
    figures += "---\n"
    found = warnings_of(f"--- summary\n---\n{text}\n" + figures, FRENCH)
    assert stated(found) == [f"'{' '.join(text.split()[4:7]).rstrip('.')}'"]
    assert warnings_of("--- summary\n---\nLes trois pays comptent 72 millions d’habitants.\n"
                       + figures, FRENCH) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Plus de 30 pays participent.", ["takeaway says 'Plus de 30 pays' but the country list has 4 "
                                      "countries"]),
    ("Deux autres pays rejoignent le Kenya.", []),
    ("Neuf autres pays rejoignent le Kenya.", ["takeaway says 'Neuf autres pays' but the country "
                                               "list has 2 contributing or supporting countries"]),
    ("Dix-sept autres nations aussi.", ["takeaway says 'Dix-sept autres nations' but the country "
                                        "list has 2 contributing or supporting countries"]),
    ("Les deux pays ont signé ; l’article parle de « 9 autres pays ».", []),
    ("4 pays sont concernés, dont 2 autres pays en soutien.", []),
])
def test_counts_of_countries_in_french(text: str, expected: list[str]) -> None:
    body = f"--- takeaways\ntakeaways:\n  - {text}\n---\n" + COUNTRIES
    found = [line.split(": warning: ")[1] for line in warnings_of(body, FRENCH)]
    assert found == expected


def test_a_language_the_checks_do_not_read_is_said_once_per_explainer(
        make_site: Callable[..., Path]) -> None:
    thai = FRONT.replace("---\n", "---\nlanguage: th\n", 1)
    story = thai + "\n--- summary\n---\nอีก 9 ประเทศ อีก 9 ประเทศ\n\n--- takeaways\n" \
        "takeaways:\n  - 5 ประเทศสนับสนุนเคนยา\n  - เคนยานำภารกิจ\n---\n" \
        + COUNTRIES
    root = make_site({"content/a.md": story, "content/b.md": story})
    result = run_cli("check", "--root", root, "--strict", "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    for name in ("a", "b"):
        assert result.stderr.count(f"content/{name}.md: note: the checks of numbers and counts "
                                   "of countries do not read 'th': they were skipped\n"
                                   "  hint: they read English, French, Spanish, German, "
                                   "Italian, Portuguese, Swahili, Hindi, Indonesian, Malay, "
                                   "Vietnamese, Polish, Russian, Ukrainian, Korean, Turkish, "
                                   "Arabic, Chinese, Japanese, Dutch, Greek, Swedish, Danish, "
                                   "Norwegian, Czech, Slovak, Croatian, Serbian, Persian, "
                                   "Romanian and Hebrew") == 1
    assert result.stdout.endswith(", 2 note(s)\n")


PERCENTS_AND_MONEY = """
--- figures
figures:
  - value: 78%
    label: turnout
  - value: €12 billion
    label: spent on the fund by Brussels
---
"""
FRENCH_PERCENTS_AND_MONEY = """
--- figures
figures:
  - value: 78 %
    label: participation
  - value: 12 milliards d'euros
    label: fonds de Bruxelles
---
"""


@pytest.mark.parametrize(("text", "front", "said"), [
    ("Turnout was 61 percent.", FRONT, ["'61 percent'"]),
    ("Turnout was 61 per cent.", FRONT, ["'61 per cent'"]),
    # A line wrapped between "per" and "cent" keeps the percentage.
    ("Turnout was 61 per\ncent.", FRONT, ["'61 per cent'"]),
    ("Turnout was 78 per\ncent.", FRONT, []),
    ("Turnout was 78 percent.", FRONT, []),
    ("Brussels will spend 14 billion euros on the fund.", FRONT, ["'14 billion euros'"]),
    ("Brussels will spend 12 billion euros on the fund.", FRONT, []),
    ("The fund weighs 14 billion pounds.", FRONT, []),  # pounds alone may weigh
    # A sentence that gives the figure as it is speaks of other things in its other amounts.
    ("Turnout ranged from 61 percent in the north to 78 percent in the south.", FRONT, []),
    # One word in common with the label says little.
    ("Paris will put 14 billion euros into a fund of its own.", FRONT, []),
    # A change is not the level a figure gives: 'rose 12 percent', 'up 2 billion euros'.
    ("Turnout rose 12 percent from 2019; the fund is up 2 billion euros.", FRONT, []),
    ("Aid reached 14 million dollar\u017f for the fund.", FRONT, []),  # no currency: no crash
    ("La participation a atteint 61\u202f% ; le fonds recevra 14 milliards d'euros de Bruxelles.",
     FRENCH, ["'61\u202f%'", "'14 milliards d'euros'"]),
    ("La participation est en hausse de 3\u202f% ; le fonds de Bruxelles a augmenté de 2 milliards "
     "d'euros.", FRENCH, []),
])
def test_a_percentage_or_an_amount_with_its_currency_after_it_is_compared(
        text: str, front: str, said: list[str]) -> None:
    figures = PERCENTS_AND_MONEY if front == FRONT else FRENCH_PERCENTS_AND_MONEY
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Japan pledged 4 billion yen to the trial.", ["'4 billion yen'"]),
    ("Japan pledged ¥4 billion to the trial.", ["'¥4 billion'"]),
    ("Japan pledged JPY 3 billion to the trial.", []),
])
def test_an_amount_in_yen_is_compared_with_the_figures_in_yen(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: ¥3 billion\n    label: pledged by Japan to " \
        "the trial\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


def test_a_number_grouped_with_spaces_is_not_read_as_its_last_group() -> None:
    figures = "\n--- figures\nfigures:\n  - value: \"48,000\"\n    label: children enrolled in " \
        "the trial\n---\n"
    assert warnings_of("--- summary\n---\nThe trial enrolled 48 000 children.\n" + figures) == []


def test_new_names_the_command_that_previews_the_draft(make_site: Callable[..., Path]) -> None:
    root = make_site()
    result = run_cli("new", "fresh-story", "--root", root)
    told = result.stdout.split("run '")[1].split("'")[0].split()
    assert told[:4] == ["python", "build.py", "serve", "--drafts"]
    # Told from another folder, the command names the project.
    assert told[4:] == ["--root", str(root)]
    # Told in the project's folder, which has no build.py, it names build.py as it was run.
    assert run_cli("new", "other-story", "--root", ".", cwd=root).stdout.endswith(
        f"run 'python {REPO / 'build.py'} serve --drafts' to preview it\n")


def test_a_second_box_of_a_kind_the_page_shows_once() -> None:
    body = ("--- summary\n---\nOne.\n\n--- summary\n---\nTwo.\n\n"
            "--- timeline\nevents:\n  - {date: 2024-01-02, title: A, source: https://a.org}\n---\n"
            "--- timeline\nevents:\n  - {date: 2024-02-02, title: B, source: https://a.org}\n---\n")
    assert warnings_of(body) == [
        "content/x.md:10:1: warning: a second 'summary' section (the first is on line 6): the "
        "page shows them together"]


SHARE = """
--- figures
figures:
  - value: 85%
    label: share of world GDP held by G20 economies
---
"""


@pytest.mark.parametrize("verb", ["make up", "made up", "makes up", "making up", "take up"])
def test_what_something_makes_up_is_a_share_not_a_change(verb: str) -> None:
    text = f"G20 economies {verb} 80% of world GDP, up 12% since 2000."
    column = len(f"G20 economies {verb} ") + 1
    assert warnings_of(f"--- summary\n---\n{text}\n" + SHARE) == [
        f"content/x.md:8:{column}: warning: section 'summary' says '80%' but the key figure "
        "'share of world GDP held by G20 economies' (line 12) says '85%'"]


@pytest.mark.parametrize(("figure", "text", "said"), [
    # Another country's dollars are another currency, quoted whole.
    ("$1.2 billion", "The fund received R$1.5 billion.", []),
    ("R$1.2 billion", "The fund received R$1.5 billion.", ["'R$1.5 billion'"]),
    ("$1.2 billion", "The fund received R$1.5 billion, or US$1.5 billion.", ["'US$1.5 billion'"]),
    ("A$1.2 billion", "The fund received NZ$1.5 billion and C$2 billion.", []),
    ("HK$1.2 billion", "The fund received HK$1.5 billion and S$1.2 billion.",
     ["'HK$1.5 billion'"]),
    # A prefix the table does not know is a currency of its own too.
    ("$1.2 billion", "The fund received B$1.5 billion.", []),
    ("B$1.2 billion", "The fund received B$1.5 billion.", ["'B$1.5 billion'"]),
    ("£1.2 billion", "The fund received E£1.5 billion.", []),
])
def test_a_dollar_with_a_prefix_is_its_own_currency(figure: str, text: str,
                                                    said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: {figure}\n    label: received by the fund\n"
    body = f"--- takeaways\ntakeaways:\n  - {text}\n---\n" + figures + "---\n"
    assert stated(warnings_of(body)) == said


def test_a_takeaway_in_another_currency_is_quoted_whole() -> None:
    figures = "\n--- figures\nfigures:\n  - value: R$1.2 billion\n    label: received by the " \
        "fund\n---\n"
    assert warnings_of("--- takeaways\ntakeaways:\n  - The fund received R$1.5 billion.\n---\n"
                       + figures) == [
        "content/x.md:8:23: warning: takeaway says 'R$1.5 billion' but the key figure 'received by "
        "the fund' (line 13) says 'R$1.2 billion'"]


@pytest.mark.parametrize(("figure", "text", "said"), [
    ("1,2 milliard de dollars", "Le fonds a reçu 1,5 milliard de dollars canadiens.", []),
    ("1,2 milliard de dollars", "Le fonds a reçu 1,5 milliard $ CA, soit 1,1 milliard $ US.",
     ["'1,1 milliard $ US'"]),
    ("1,2 milliard de dollars néo-zélandais", "Le fonds a reçu 1,5 milliard $ NZ.",
     ["'1,5 milliard $ NZ'"]),
    ("1,2 milliard de R$", "Le fonds a reçu 1,5 milliard de R$.", ["'1,5 milliard de R$'"]),
])
def test_whose_dollars_they_are_in_french(figure: str, text: str, said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: {figure}\n    label: reçus par le fonds\n"
    body = f"--- takeaways\ntakeaways:\n  - {text}\n---\n" + figures + "---\n"
    assert stated(warnings_of(body, FRENCH)) == said


def test_takeaways_that_differ_in_their_numbers_are_no_repeats() -> None:
    body = ("--- takeaways\ntakeaways:\n"
            "  - 5 member countries signed.\n"
            "  - 2 member countries signed.\n"
            "  - Twenty-five member countries signed.\n"
            "  - The fund holds $360 million.\n"
            "  - The fund holds $360m!\n"
            "  - Two member countries signed!\n---\n")
    assert warnings_of(body) == [
        "content/x.md:12: warning: takeaway repeats the one on line 11",
        "content/x.md:13: warning: takeaway repeats the one on line 9",
    ]


def test_takeaways_in_a_language_the_checks_do_not_read_differ_in_their_digits(
        make_site: Callable[..., Path]) -> None:
    spanish = FRONT.replace("---\n", "---\nlanguage: es\n", 1)
    story = spanish + "--- takeaways\ntakeaways:\n  - 5 países miembros firmaron.\n" \
        "  - 2 países miembros firmaron.\n  - 2 países miembros firmaron!\n---\n"
    root = make_site({"content/a.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert [line for line in result.stderr.splitlines() if ": warning: " in line] == [
        "content/a.md:11: warning: takeaway repeats the one on line 10"]


def test_takeaways_in_a_language_the_checks_do_not_read_hold_its_digits_as_latin_ones(
        make_site: Callable[..., Path]) -> None:
    nepali = FRONT.replace("---\n", "---\nlanguage: ne\n", 1)
    story = nepali + "--- takeaways\ntakeaways:\n  - कांग्रेसले 89 सिट जित्यो।\n" \
        "  - कांग्रेसले ८९ सिट जित्यो।\n  - कांग्रेसले ८८ सिट जित्यो।\n---\n"
    root = make_site({"content/a.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert [line for line in result.stderr.splitlines() if ": warning: " in line] == [
        "content/a.md:10: warning: takeaway repeats the one on line 9"]


def test_a_french_percentage_in_words_is_one_number() -> None:
    body = ("--- takeaways\ntakeaways:\n  - La participation a atteint 61 pour cent.\n"
            "  - La participation a atteint 61 %.\n---\n")
    assert warnings_of(body, FRENCH) == ["content/x.md:10: warning: takeaway repeats the one on "
                                         "line 9"]


@pytest.mark.parametrize("label", ["Spain's share of possession", "Spain’s share of possession",
                                   "share of possession held by Spain"])
def test_a_possessive_in_the_label_is_the_name_the_text_gives(label: str) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: 61%\n    label: {label}\n---\n"
    assert stated(warnings_of("--- takeaways\ntakeaways:\n  - Spain had 64% of possession.\n"
                              "---\n" + figures)) == ["'64%'"]


RATE, BUDGET = "27%\n    label: case fatality rate", "$1.5bn\n    label: budget of the mission"


def said_of(text: str, figure: str) -> list[str]:
    """Return what the warnings say a summary's text states, beside one key figure."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n"
                              f"  - value: {figure}\n---\n"))


@pytest.mark.parametrize(("text", "figure", "said"), [
    # The ends of a range are bounds, not a value:
    ("Past outbreaks had case fatality rates of 25% to 90%.", RATE, []),
    ("Past outbreaks had a case fatality rate of 25-90%.", RATE, []),
    ("Past outbreaks had a case fatality rate of 25\u201390%.", RATE, []),
    ("Past outbreaks had a case fatality rate of 25%-90%.", RATE, []),
    ("The case fatality rate is between 24% and 88%, depending on care.", RATE, []),
    ("The case fatality rate rose between 2% and 3% a year.", RATE, []),
    ("The budget of the mission is $1bn-$2bn.", BUDGET, []),
    ("The budget of the mission is $1\u20132bn.", BUDGET, []),
    ("The case fatality rate is 29%, up from a range of 20% to 25%.", RATE, ["'29%'"]),
    ("The case fatality rate rose from 12 to 29%.", RATE, ["'29%'"]),
    # A change and its new level are compared, as a level and the next:
    ("The case fatality rate rose by 2% to 29%.", RATE, ["'29%'"]),
    ("The case fatality rate rose 2% to 29%.", RATE, ["'29%'"]),
    ("The case fatality rate fell 12% to 29%.", RATE, ["'29%'"]),
    ("The case fatality rate was up 2% to 29%.", RATE, ["'29%'"]),
    # ... the first of a level and the next is an earlier level:
    ("The case fatality rate went from  12% to 29%.", RATE, ["'29%'"]),
    ("The budget of the mission rose by $1bn to $2bn.", BUDGET, ["'$2bn'"]),
    # ... and so are an amount beside a spaced dash (punctuation) and two of different kinds:
    ("The case fatality rate reached 29% \u2013 2 points above last year.", RATE, ["'29%'"]),
    ("The case fatality rate reached 29% \u2014 5 times the flu's.", RATE, ["'29%'"]),
    ("The case fatality rate was 29% - 3 in 10 cases.", RATE, ["'29%'"]),
    ("The budget of the mission is between 2010 and $2bn.", BUDGET, ["'$2bn'"]),
    ("The budget of the mission is $1bn-\u20ac2bn.", BUDGET, ["'$1bn'"]),
])
def test_only_the_ends_of_a_range_are_spared_the_comparison(text: str, figure: str,
                                                            said: list[str]) -> None:
    assert said_of(text, figure) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Le taux de létalité est compris entre 24 % et 88 %.", []),
    ("Le taux de létalité atteint 25 à 90 %.", []),
    ("Le taux de létalité atteint 25 %-90 %.", []),
    ("Le taux de létalité est de l'ordre de 25 à 90 %.", []),
    ("Le taux de létalité est passé de 12 % à 29 %.", ["'29 %'"]),
    ("Le taux de létalité va de 25 % à 90 %.", ["'90 %'"]),
    ("Le taux de létalité a augmenté de 2 % à 29 %.", ["'29 %'"]),
    ("Le taux de létalité a atteint 29 % \u2013 2 points de plus.", ["'29 %'"]),
])
def test_the_ends_of_a_range_in_french(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 27 %\n    label: taux de létalité\n---\n"
    front = FRONT.replace("---\n", "---\nlanguage: fr\n", 1)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("label", "value", "text", "said"), [
    ("WHO appeal", "$18 million", "The WHO is asking for $19 million.", ["'$19 million'"]),
    ("WHO appeal", "$18 million", "Those who fled got $19 million.", []),
    ("US troops deployed", "3,000", "About 3,500 US troops are there.", ["'3,500 US troops'"]),
    ("IT budget", "$2 billion", "IT spending reached $3 billion.", ["'$3 billion'"]),
])
def test_a_word_in_capitals_is_a_name_not_a_stop_word(label: str, value: str, text: str,
                                                     said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: {value}\n    label: {label}\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


def test_a_word_in_capitals_is_a_name_in_french() -> None:
    figures = ("\n--- figures\nfigures:\n  - value: 4 milliards d’euros\n"
               "    label: aide de l’UE\n---\n")
    assert stated(warnings_of("--- summary\n---\nL’UE a promis 5 milliards d’euros.\n" + figures,
                              FRENCH)) == ["'5 milliards d’euros'"]
