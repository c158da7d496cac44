"""A span in months, or one a bound puts above or below its count ("more than 18 months
later"), that the timeline's dates measure otherwise is a warning."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings

TRIAL = """
--- timeline
source: https://example.org/
events:
  - date: 2022-11-11
    title: FTX files for bankruptcy
  - date: 2023-11-02
    title: A jury convicts Bankman-Fried on seven counts
  - date: 2024-03-28
    title: Bankman-Fried is sentenced to 25 years
---
"""
TRIAL_FR = """
--- timeline
source: https://example.org/
events:
  - date: 2022-11-11
    title: FTX se déclare en faillite
  - date: 2024-03-28
    title: Bankman-Fried est condamné à 25 ans de prison
---
"""


def told(prose: str, language: str = "en", timeline: str = TRIAL) -> list[str]:
    """Return what each span warning for a summary beside a timeline says the text gives, and
    its sense ("after")."""
    return [line.split(" says ")[1].split(" '")[0]
            for line in span_warnings(prose, language, timeline)]


@pytest.mark.parametrize(("prose", "said"), [
    # A verdict is a jury's conviction or acquittal, which names the event.
    ("He was sentenced on March 28, 2024, almost seven months after the verdict.",
     ["almost seven months after"]),
    ("He was sentenced on March 28, 2024, almost five months after the verdict.", []),
    # A bound says on which side of its count the time lies.
    ("He was sentenced on March 28, 2024, more than 18 months after the verdict.",
     ["more than 18 months after"]),
    ("He was sentenced on March 28, 2024, more than four months after the verdict.", []),
    ("He was sentenced on March 28, 2024, less than four months after the verdict.",
     ["less than four months after"]),
    ("He was sentenced on March 28, 2024, less than six months after the verdict.", []),
    ("A jury convicted Bankman-Fried on seven counts on November 2, 2023. More than 18 months "
     "later, he was sentenced to 25 years.", ["More than 18 months after"]),
    ("A jury convicted Bankman-Fried on seven counts on November 2, 2023. More than four "
     "months later, he was sentenced to 25 years.", []),
    # A bound before a sum of units bounds the whole, not its largest unit alone.
    ("He was sentenced on March 28, 2024, more than five months and two weeks after the "
     "verdict.", ["more than five months and two weeks after"]),
    ("He was sentenced on March 28, 2024, five months and two weeks after the verdict.", []),
    ("He was sentenced on March 28, 2024, more than four months and two weeks after the "
     "verdict.", []),
    ("He was sentenced on March 28, 2024, less than three months and two weeks after the "
     "verdict.", ["less than three months and two weeks after"]),
    ("He was sentenced on March 28, 2024, less than four months and four weeks after the "
     "verdict.", []),
    ("He was sentenced on March 28, 2024, more than a year and three months after FTX filed "
     "for bankruptcy.", []),
    ("He was sentenced on March 28, 2024, more than two years and three months after FTX "
     "filed for bankruptcy.", ["more than two years and three months after"]),
    # A stretch of time is no span between two events.
    ("In the six months after the verdict, he was sentenced to 25 years.", []),
    ("He was to be sentenced within 18 months after the verdict.", []),
])
def test_a_span_in_months_is_read_with_its_bound(prose: str, said: list[str]) -> None:
    assert told(prose) == said


@pytest.mark.parametrize(("prose", "said"), [
    ("Bankman-Fried est condamné le 28 mars 2024, plus de deux ans après la faillite de FTX.",
     ["plus de deux ans after"]),
    ("Bankman-Fried est condamné le 28 mars 2024, plus d'un an après la faillite de FTX.", []),
    ("Bankman-Fried est condamné le 28 mars 2024, moins de 12 mois après la faillite de FTX.",
     ["moins de 12 mois after"]),
])
def test_a_bound_is_read_in_other_languages(prose: str, said: list[str]) -> None:
    assert told(prose, "fr", TRIAL_FR) == said
