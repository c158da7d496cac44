"""Of two tally figures that count as many votes, a tally is held to the one whose label names
the act its part of the sentence says the vote was cast for."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

LABELS = ("the vote to uphold the Mississippi law", "the vote to overrule Roe")


def two_votes(prose: str) -> list[str]:
    """Return the tally warnings for prose beside figures of a 6-3 and a 5-4 vote."""
    text = ("---\ntitle: T\ndek: D\npublished: 2022-07-01\n---\n\n--- summary\n---\n"
            f"{prose}\n\n--- figures\nfigures:\n  - value: \"6-3\"\n    label: {LABELS[0]}\n"
            f"  - value: \"5-4\"\n    label: {LABELS[1]}\n---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the key figure" in line]


@pytest.mark.parametrize(("prose", "said", "label"), [
    ("The justices voted 7-2 to uphold a Mississippi law, and 5-4 to overrule Roe.", "'7-2'",
     LABELS[0]),
    ("The court upheld Mississippi's ban by seven votes to two.", "'by seven votes to two'",
     LABELS[0]),
    ("The court upheld the ban and, by six votes to three, overruled Roe.",
     "'by six votes to three'", LABELS[1]),
])
def test_a_tally_of_the_act_a_label_names_given_otherwise_is_a_warning(
        prose: str, said: str, label: str) -> None:
    [found] = two_votes(prose)
    assert found.startswith("content/x.md:9:") and f"says {said} but the key figure " \
        f"'{label}'" in found


@pytest.mark.parametrize("prose", [
    "The justices voted 6-3 to uphold a Mississippi law, and 5-4 to overrule Roe.",
    "The court upheld Mississippi's ban by six votes to three.",
    "The court upheld the ban and, by five votes to four, overruled Roe.",
    # A vote of no act a label names counts either.
    "The justices voted 7-2 to hear the case.",
])
def test_a_tally_of_its_act_that_agrees_or_of_no_act_named_is_no_warning(prose: str) -> None:
    assert two_votes(prose) == []


@pytest.mark.parametrize(("prose", "said", "label"), [
    # A court's act and what it acts on, the tally after it, with "by" or without.
    ("The court upheld Mississippi's 15-week ban by 7-2.", "'7-2'", LABELS[0]),
    ("The court upheld the ban 7-2.", "'7-2'", LABELS[0]),
    ("The court overturned Roe 6-3.", "'6-3'", LABELS[1]),
    ("The justices struck down Roe by 6-3.", "'6-3'", LABELS[1]),
    # A clause that makes the vote what it is.
    ("Roberts joined them in upholding the ban, making the vote on it 7-2.", "'7-2'", LABELS[0]),
])
def test_a_tally_after_the_act_and_what_it_acts_on_is_a_vote(prose: str, said: str,
                                                             label: str) -> None:
    [found] = two_votes(prose)
    assert f"says {said} but the key figure '{label}'" in found


@pytest.mark.parametrize("prose", [
    "The court upheld Mississippi's 15-week ban by 6-3.",
    "The court upheld the ban 6-3.",
    "The court overturned Roe 5-4.",
    "The justices struck down Roe by 5-4.",
    "Roberts joined them in upholding the ban, making the vote on it 6-3.",
    # A score after another verb, or in the next sentence, is no vote.
    "He overturned the call to win 7-2.",
    "The court upheld it. Then 7-2 was the score.",
])
def test_a_tally_after_the_act_that_agrees_or_is_none_is_no_warning(prose: str) -> None:
    assert two_votes(prose) == []
