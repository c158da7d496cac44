"""A tally of votes the prose gives otherwise than a key figure is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.markup import Markup
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source


def tally_warnings(prose: str, value: str = "6-3",
                   label: str = "the vote in Trump v. United States") -> list[str]:
    """Return the first line of each warning about a tally, for prose beside a figure."""
    text = ("---\ntitle: T\ndek: D\npublished: 2024-07-02\nlanguage: en-US\n---\n"
            f"\n--- summary\n---\n{prose}\n\n--- figures\nfigures:\n"
            f'  - value: "{value}"\n    label: {label}\n---\n')
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the key figure" in line]


@pytest.mark.parametrize("prose", [
    "In a 5-4 decision on July 1, the court ruled that presidents have immunity.",
    "The court ruled 5–4 that presidents have immunity.",
    "By a 5-4 vote, the justices sent the case back.",
    "Supreme Court rules 5-4 on presidential immunity."])
def test_a_tally_the_figure_gives_otherwise_is_a_warning(prose: str) -> None:
    [found] = tally_warnings(prose)
    assert found.startswith("content/x.md:10:")
    assert "says '5" in found and "but the key figure 'the vote in Trump v. United States' " \
        "(line 14) says '6-3'" in found


@pytest.mark.parametrize("prose", [
    "In a 6-3 decision on July 1, the court ruled that presidents have immunity.",
    "In a 6–3 ruling, the court sent the case back.",
    "The 2020-21 term saw a 2-1 win in the lower court.",
    "Conservatives hold a 5-4 majority on the court since 2020.",
    "With a 5-4 majority, conservatives hold the court.",
    "The Senate confirmed her in a 51-49 vote.",
    "In a 7-2 ruling in United States v. Nixon, the court ordered the tapes released.",
    "In a 6-3 decision, the court ruled. Decades ago, in a 5-4 ruling, it had ruled otherwise.",
    "“In a 5-4 decision,” a dissent would have read, as a draft leaked.",
])
def test_a_tally_that_agrees_or_counts_another_vote_is_no_warning(prose: str) -> None:
    assert tally_warnings(prose) == []


@pytest.mark.parametrize(("value", "label"), [
    ("6-3", "the court's ideological balance"), ("2-1", "the final score"),
    ("2020-21", "the vote's term")])
def test_a_figure_that_is_no_tally_of_a_vote_is_not_held_to_one(value: str,
                                                                  label: str) -> None:
    assert tally_warnings("In a 5-4 decision on July 1, the court ruled.", value, label) == []
