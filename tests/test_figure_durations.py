"""A key figure of a duration ("49 | years Roe v. Wade stood", "25 | months the negotiations
lasted") is held to the timeline's dates of what began and ended it."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

ROE = """
--- timeline
source: https://example.org/
events:
  - date: 1973-01-22
    title: The court decides Roe v. Wade, 7–2
  - date: 1992-06-29
    title: Planned Parenthood v. Casey upholds Roe's core, 5–4
  - date: 2022-06-24
    title: The court overturns Roe
---
"""
TALKS = """
--- timeline
source: https://example.org/
events:
  - date: 2021-03-01
    title: Negotiations open in Brussels
  - date: 2023-02-01
    title: Negotiations conclude with a deal
---
"""


def figure_warnings(value: str, label: str, timeline: str) -> list[str]:
    """Return the first line of each warning beside one key figure and a timeline."""
    figures = f'--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'
    return [line.split(": warning: ")[1]
            for line in warnings_of(f"--- summary\n---\nThe story.\n{figures}{timeline}")]


@pytest.mark.parametrize(("value", "label", "timeline", "said"), [
    # What stood runs from the act that made it to the one that undid it.
    ("46", "years Roe v. Wade stood", ROE,
     "key figure 'years Roe v. Wade stood' says '46', from 'The court decides Roe v. Wade, "
     "7–2' (1973-01-22), but the timeline dates 'The court overturns Roe' 2022-06-24, 18050 "
     "days (49 calendar years) after"),
    ("49", "years Roe v. Wade stood", ROE, None),
    ("About 50", "years Roe v. Wade stood", ROE, None),
    # What lasted runs from the event that opens it to the one that ends it.
    ("25", "months the negotiations lasted", TALKS,
     "key figure 'months the negotiations lasted' says '25', from 'Negotiations open in "
     "Brussels' (2021-03-01), but the timeline dates 'Negotiations conclude with a deal' "
     "2023-02-01, 702 days (23 calendar months) after"),
    ("23", "months the negotiations lasted", TALKS, None),
    # No title begins or ends the label's subject, or the label is of no duration.
    ("46", "years the Casey ruling stood", ROE, None),
    ("46", "years since Roe v. Wade", ROE, None),
])
def test_a_figure_of_a_duration_is_held_to_the_timeline(value: str, label: str, timeline: str,
                                                        said: str | None) -> None:
    assert figure_warnings(value, label, timeline) == ([] if said is None else [said])
