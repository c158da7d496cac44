"""A day a sentence gives to an event whose title it words otherwise.

A timeline's title may join two happenings of one day ("The ceasefire takes effect and three
women are freed"); a takeaway that tells one of them whole, on another day, has one of the two
wrong, though it shares few words with the rest of the title. A sentence that tells another
event, or only names those the title names, is not held to the title's day.
"""

from __future__ import annotations

import pytest

from .helpers import run_cli, write_project
from .test_cjk_dates import day_warnings, story

# By name: the language, the timeline's events, the summary's paragraphs and the takeaways;
# a sentence to be warned of is (text, the day as written, the index of its event).
STORIES = {
    "ceasefire": ("en", (
        ("2025-01-16", "Negotiators resume talks in Doha"),
        ("2025-01-20", "The ceasefire takes effect and three women are freed"),
        ("2025-01-25", "Four soldiers are released in the second exchange")), [
        "Talks resumed on 16 January, four days before the ceasefire took effect.",
    ], [
        ("The first exchange, on 19 January, freed three women for 90 Palestinian prisoners.",
         "19 January", 1),
        "On 21 January, the three women's families gathered in Tel Aviv.",
        "On 24 January, Hamas named the four soldiers it would free next.",
    ]),
    "povodne": ("cs", (
        ("2024-09-14", "Na Jesenicku padají rekordní srážky"),
        ("2024-09-15", "Voda zaplavuje Krnov a Opavu, v Ostravě se protrhla hráz Odry")), [
        ("V Ostravě se 16. září protrhla hráz Odry.", "16. září", 1),
        "Odra v Ostravě kulminovala 17. září.",
    ], []),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build every story once; return what the build wrote on its standard error."""
    files = {f"content/{name}.md": story(*parts)[0] for name, parts in STORIES.items()}
    root = write_project(tmp_path_factory.mktemp("paraphrased") / "site", files)
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("name", list(STORIES))
def test_a_day_of_one_happening_of_a_title_is_warned_of_and_no_other(built: str,
                                                                    name: str) -> None:
    language, events, paragraphs, takeaways = STORIES[name]
    written, placed, event_lines = story(language, events, paragraphs, takeaways)
    rows = written.split("\n")
    expected = []
    for line, where, (text, words, index) in [one for one in placed
                                               if not isinstance(one[2], str)]:
        day, title = events[index]
        column = rows[line - 1].index(words) + 1
        expected.append((f"content/{name}.md:{line}:{column}: warning: {where} gives {words}, "
                         f"but the timeline dates '{title}' {day} (line {event_lines[index]})",
                         text))
    assert day_warnings(built, name) == expected
