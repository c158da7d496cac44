"""Slips planted in the fixture stories: each is warned of at its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_checks import warnings_of

STORIES = Path(__file__).parent / "fixtures" / "stories"


def slipped(story: str, old: str, new: str) -> list[str]:
    """Return the warnings of a fixture story with one passage written otherwise."""
    text = (STORIES / f"{story}.md").read_text(encoding="utf-8")
    assert old in text
    return warnings_of(text.replace(old, new, 1), front="")


@pytest.mark.parametrize(("story", "old", "new", "warning"), [
    # A takeaway that gives another number than the figures.
    ("typhoon-yagi-2024", "Yagi killed 803 people", "Yagi killed 830 people",
     "content/x.md:26:17: warning: takeaway says '830 people' but the key figure 'people "
     "killed in the six countries' (line 35) says '803'"),
    ("mladic-appeal-ruling", "found guilty on 10 of 11 counts", "found guilty on 9 of 11 counts",
     "content/x.md:28:32: warning: takeaway says '9 of 11 counts' but the key figure 'counts "
     "on which Mladić was found guilty' (line 40) says '10'"),
    ("paris-2024-olympics", "Duplantis cleared 6.25 metres,", "Duplantis cleared 6.24 metres,",
     "content/x.md:33:30: warning: takeaway says '6.24 metres' but the key figure 'Armand "
     "Duplantis\u2019s world record in the pole vault' (line 49) says '6.25\xa0m'"),
    # The place of an event after the amount is the event's: the amount is still the whole's.
    ("mladic-appeal-ruling", "He spent 16 years on the run before",
     "He spent 15 years on the run before",
     "content/x.md:30:14: warning: takeaway says '15 years' but the key figure 'years Mladi\u0107 "
     "spent on the run' (line 43) says '16'"),
    # A country's people named by a word of nationality not made from its name.
    ("paris-2024-olympics", "the Americans won 126 medals in all",
     "the Americans won 128 medals in all",
     "content/x.md:30:76: warning: takeaway says '128 medals' but the key figure 'medals won "
     "by the United States' (line 39) says '126'"),
    # A time in seconds, beside a figure that gives it by its symbol.
    ("paris-2024-olympics", "in 9.79 seconds, five", "in 9.78 seconds, five",
     "content/x.md:34:38: warning: takeaway says '9.78 seconds' but the key figure 'Noah "
     "Lyles\u2019s winning time in the 100 metres' (line 51) says '9.79 s'"),
    # A count of countries that the country list does not hold.
    ("typhoon-yagi-2024", "803 people in six countries", "803 people in five countries",
     "content/x.md:26:31: warning: takeaway says 'five countries' but the country list has "
     "6 countries"),
    ("sri-lanka-imf-rescue", "  - The rupee lost",
     "  - Sri Lanka has four creditors among governments.\n  - The rupee lost",
     "content/x.md:33:19: warning: takeaway says 'four creditors' but the country list has 3 "
     "countries under 'creditor'"),
    # A timeline date that the prose gives otherwise.
    ("typhoon-yagi-2024", "  - date: 2024-09-09\n", "  - date: 2024-09-08\n",
     "content/x.md:68:4: warning: section 'prose' gives 9 September, but the timeline dates "
     "'The Phong Chau bridge collapses in Phu Tho province' 2024-09-08 (line 109)"),
    # ... and so do the prose's "Four days later", counted from 8 April.
    ("sri-lanka-imf-rescue", "  - date: 2022-04-12\n", "  - date: 2022-04-14\n",
     ("content/x.md:14:48: warning: section 'summary' gives 12 April 2022, but the timeline "
      "dates 'Sri Lanka says it will stop paying its foreign debt' 2022-04-14 (line 98)",
      "content/x.md:64:1: warning: section 'prose' says Four days after 'The central bank "
      "raises its rates by 700 basis points' (2022-04-08), but the timeline dates 'Sri Lanka "
      "says it will stop paying its foreign debt' 2022-04-14, 6 days after")),
    ("paris-2024-olympics", "  - date: 2024-08-05\n", "  - date: 2024-08-06\n",
     "content/x.md:71:4: warning: section 'prose' gives 5 August, but the timeline dates "
     "'Armand Duplantis clears 6.25 metres' 2024-08-06 (line 96)"),
    # A span between two events that the timeline's dates measure otherwise.
    ("sri-lanka-imf-rescue", "Four days later the government", "Five days later the government",
     "content/x.md:64:1: warning: section 'prose' says Five days after 'The central bank "
     "raises its rates by 700 basis points' (2022-04-08), but the timeline dates 'Sri Lanka "
     "says it will stop paying its foreign debt' 2022-04-12, 4 days after"),
    # An event the prose names by its act and its name, on a day close to its own.
    ("mladic-appeal-ruling", "  - date: 2017-11-22\n    title: He is",
     "  - date: 2017-11-21\n    title: Mladić is",
     "content/x.md:55:1: warning: section 'prose' gives 22 November 2017, but the timeline "
     "dates 'Mladić is found guilty on 10 counts and sentenced to life in prison' 2017-11-21 "
     "(line 96)"),
])
def test_a_slip_in_a_story_is_warned_of_where_it_is(story: str, old: str, new: str,
                                                     warning: str | tuple[str, ...]) -> None:
    assert slipped(story, old, new) == ([warning] if isinstance(warning, str) else list(warning))


@pytest.mark.parametrize("story", sorted(path.stem for path in STORIES.glob("*.md")))
def test_each_story_as_written_gives_no_warning(story: str) -> None:
    assert slipped(story, "", "") == []


@pytest.mark.parametrize("new", [
    # A place of the amount's own, before the event, makes it a part, of which the label
    # does not speak.
    "He spent 15 years on the run in Serbia before his arrest in 2011.",
    "In Serbia he spent 15 years on the run before his arrest in 2011.",
])
def test_a_place_of_the_amount_makes_it_a_part(new: str) -> None:
    old = "He spent 16 years on the run before his arrest in a village in northern Serbia in 2011."
    assert slipped("mladic-appeal-ruling", old, new) == []
