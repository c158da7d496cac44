"""A score in a participle clause, whose side is its main clause's subject, held to a
timeline event whose date says when its match was played."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

FINAL = """
--- timeline
source: https://example.org/
events:
  - date: 2023-08-06
    title: Spain beat Switzerland 5-1
  - date: 2023-08-20
    title: Spain beat England 1-0
---
"""


def score_warnings(prose: str, published: str = "2023-08-21") -> list[str]:
    """Return the first line of each warning about a score, for a summary beside FINAL."""
    text = (f"---\ntitle: T\ndek: D\npublished: {published}\nlanguage: en\n---\n"
            f"\n--- summary\n---\n{prose}\n" + FINAL)
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "score" in line]


@pytest.mark.parametrize("prose", [
    "Spain won the Women's World Cup on Sunday 20 August 2023, beating England 2-0.",
    "Spain won the Women's World Cup in August 2023, beating England 2-0.",
    "Spain won the Women's World Cup on Sunday, defeating England 2-0.",
])
def test_a_participle_s_side_is_its_main_clause_s_subject(prose: str) -> None:
    assert score_warnings(prose) == [
        "content/x.md:18:31: warning: timeline event gives the match score '1-0', but line 10 "
        "gives '2-0' for the same contest"]


@pytest.mark.parametrize("prose", [
    "Spain won the Women's World Cup on Sunday 20 August 2023, beating England 1-0.",
    # Another day, or another year, is another meeting of the two.
    "Spain won the SheBelieves Cup on Wednesday 12 April 2023, beating England 2-0.",
    "Spain won the Nations League in 2024, beating England 2-0.",
])
def test_the_right_score_or_another_meeting_is_silent(prose: str) -> None:
    assert score_warnings(prose) == []
