"""A key figure whose label says it is of the year before the story's ("the budget adopted a
year earlier") is not held against an amount its sentence dates to the story's own time."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

FIGURES = """
--- figures
figures:
  - value: $107.1 billion
    label: the city's budget for the 2024 fiscal year
  - value: $101.1 billion
    label: {earlier}
---
"""


def figure_warnings(prose: str, earlier: str = "the budget adopted a year earlier, for 2023"
                    ) -> list[str]:
    """Return the first line of each warning about a key figure, for a summary beside two
    figures of a city's budget, in a story published on 1 July 2023."""
    text = ("---\ntitle: New York City adopts its budget\ndek: D\npublished: 2023-07-01\n"
            f"language: en-US\n---\n\n--- summary\n---\n{prose}\n"
            + FIGURES.format(earlier=earlier))
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "key figure" in line]


@pytest.mark.parametrize("earlier", [
    "the budget adopted a year earlier, for 2023",
    "last year's budget, adopted for 2023",
    "the previous year's budget, for 2023",
])
def test_a_figure_of_the_year_before_is_not_held_to_the_story_s_day(earlier: str) -> None:
    assert figure_warnings("The Council adopted a budget of about $107.1 billion on 30 June "
                           "2023.", earlier) == []


@pytest.mark.parametrize("prose", [
    "A year earlier, the Council adopted a budget of $105 billion.",
    "Last year, the Council adopted a budget of $105 billion for 2023.",
])
def test_a_sentence_of_the_year_before_is_held_to_its_figure(prose: str) -> None:
    assert figure_warnings(prose) == [
        f"content/x.md:10:{prose.index('$') + 1}: warning: section 'summary' says "
        "'$105 billion' but the key figure 'the budget adopted a year earlier, for 2023' "
        "(line 16) says '$101.1 billion'"]


def test_a_figure_of_its_year_alone_is_held_to_a_day_of_that_year() -> None:
    assert figure_warnings("The Council adopted a budget of about $107.1 billion on 30 June "
                           "2023.", "the budget adopted for 2023") == [
        "content/x.md:10:39: warning: section 'summary' says '$107.1 billion' but the key "
        "figure 'the budget adopted for 2023' (line 16) says '$101.1 billion'"]
