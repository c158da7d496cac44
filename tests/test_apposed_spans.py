"""A span set off after the one date its sentence gives ("in 2013, eleven years earlier") is
measured from a moment the reader must guess: the event of the sentence before, the story's
main event or the day it was published; it warns only where none of them fits."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_span_claims import span_warnings as warnings_beside

TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-05-13
    title: Loreen wins for Sweden in Liverpool
  - date: 2024-05-07
    title: First semi-final
  - date: 2024-05-11
    title: Nemo wins the final in Malmö
---
"""

EARLIER = "Sweden hosted because Loreen had won in Liverpool in 2023."


def span_warnings(prose: str, published: str = "2024-05-13") -> list[str]:
    """Return the first line of each warning about a span, for a summary beside the
    timeline."""
    text = (f"---\ntitle: T\ndek: D\npublished: {published}\nlanguage: en-GB\n---\n"
            f"\n--- summary\n---\n{prose}\n" + TIMELINE)
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if " years " in line]


@pytest.mark.parametrize(("prose", "published"), [
    (f"{EARLIER} Malmö last held the contest in 2013, eleven years earlier.", "2024-05-13"),
    (f"{EARLIER} Malmö last held the contest in 2013, ten years earlier.", "2024-05-13"),
    (f"{EARLIER} Malmö last held the contest in 2013, twelve years earlier.", "2025-06-01"),
])
def test_a_span_beside_its_date_fits_the_story_s_own_time(prose: str, published: str) -> None:
    assert span_warnings(prose, published) == []


@pytest.mark.parametrize("count", ["fifteen", "three"])
def test_a_span_beside_its_date_that_no_moment_fits_warns(count: str) -> None:
    prose = f"{EARLIER} Malmö last held the contest in 2013, {count} years earlier."
    assert span_warnings(prose) == [
        f"content/x.md:10:97: warning: section 'summary' says {count} years before "
        "'Loreen wins for Sweden in Liverpool' (2023-05-13), but it gives 2013, 10 calendar "
        "years before"]


def test_a_span_not_beside_its_date_is_measured_from_the_sentence_before() -> None:
    assert span_warnings(f"{EARLIER} Eleven years earlier, Malmö held the contest in 2013.") \
        != []


ELECTION = """
--- timeline
source: https://example.org/
events:
  - date: 2024-05-22
    title: Sunak calls a general election for 4 July
  - date: 2024-07-04
    title: The United Kingdom votes
  - date: 2024-07-05
    title: Keir Starmer becomes prime minister
---
"""
CALLED = "Sunak, who had called the election on 22 May, {} weeks earlier, conceded on 5 July."
OPENING = ("Starmer took office on 5 July.\n\n"
           "Sunak had called the election on 22 May, {} weeks earlier.")


@pytest.mark.parametrize(("prose", "at"), [(CALLED, 47), (OPENING, 42)])
def test_a_span_beside_its_day_is_measured_to_it(prose: str, at: int) -> None:
    # In a relative clause, or opening its paragraph: the day given is the span's one end.
    line = 10 + prose.count("\n")
    assert warnings_beside(prose.format("five"), timeline=ELECTION) == [
        f"content/x.md:{line}:{at}: warning: section 'summary' says five weeks before 'Keir "
        "Starmer becomes prime minister' (2024-07-05), but it gives 22 May, 44 days before"]


@pytest.mark.parametrize("prose", [
    CALLED.format("six"), OPENING.format("six"),
    # Said "later", the day is the span's end, after a start that is not the story's time.
    "Starmer took office on 5 July, a day later.",
    # No day beside the span: from what, unsure.
    "Starmer took office on 5 July.\n\nSunak had called the election five weeks earlier.",
])
def test_a_span_beside_its_day_that_fits_or_no_day_is_silent(prose: str) -> None:
    assert warnings_beside(prose, timeline=ELECTION) == []
