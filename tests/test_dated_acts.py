"""A sentence that says an event's act was done, to one its title names, on a day close to
the event's speaks of it, though it shares few of the title's other words."""

from __future__ import annotations

import pytest

from .test_date_claims import day_warnings

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-04-01\n---\n"
TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2022-12-12
    title: Bankman-Fried is arrested in the Bahamas
  - date: 2023-11-02
    title: A jury finds Bankman-Fried guilty on seven counts of fraud and conspiracy
  - date: 2024-03-28
    title: Bankman-Fried is sentenced to 25 years in prison
---
"""


def dated(prose: str) -> list[str]:
    """Return the warnings about days for a summary of prose beside the timeline."""
    return day_warnings(f"{FRONT}\n--- summary\n---\n{prose}\n{TIMELINE}")


@pytest.mark.parametrize(("prose", "warning"), [
    ("After a month-long trial, a jury in Manhattan found Bankman-Fried guilty on 3 November "
     "2023.", "content/x.md:9:77: warning: section 'summary' gives 3 November 2023, but the "
     "timeline dates 'A jury finds Bankman-Fried guilty on seven counts of fraud and "
     "conspiracy' 2023-11-02 (line 16)"),
    ("Bankman-Fried was sentenced on 29 March 2024 by Judge Lewis Kaplan.",
     "content/x.md:9:32: warning: section 'summary' gives 29 March 2024, but the timeline "
     "dates 'Bankman-Fried is sentenced to 25 years in prison' 2024-03-28 (line 18)"),
    # The event's very day and month, its year slipped.
    ("Bankman-Fried was sentenced on 28 March 2023 by Judge Lewis Kaplan.",
     "content/x.md:9:32: warning: section 'summary' gives 28 March 2023, but the timeline "
     "dates 'Bankman-Fried is sentenced to 25 years in prison' 2024-03-28 (line 18)"),
])
def test_the_act_and_the_name_on_a_close_day_are_the_events(prose: str, warning: str) -> None:
    assert dated(prose) == [warning]


@pytest.mark.parametrize("prose", [
    # The same sentences with the event's day.
    "After a month-long trial, a jury in Manhattan found Bankman-Fried guilty on 2 November "
    "2023.",
    "Bankman-Fried was sentenced on 28 March 2024 by Judge Lewis Kaplan.",
    # An act as a noun, after a possessive, is none done: the day is the extradition's.
    "Bankman-Fried was extradited to the United States on 19 December 2022, a week after his "
    "arrest.",
    # The act done to one the title does not name.
    "His co-defendant was sentenced on 30 March 2024.",
    # A day more than a week from the event's is another's: the trial's opening.
    "Bankman-Fried was found guilty in a trial that opened on 3 October 2023.",
    # The act's day and month a year off, told as its anniversary.
    "On the anniversary of his sentencing, Bankman-Fried was sentenced on 28 March 2025.",
    # Its day and month decades off: no slip of a year.
    "Bankman-Fried was sentenced on 28 March 1994 by Judge Lewis Kaplan.",
])
def test_a_day_of_another_act_or_of_another_one_is_no_warning(prose: str) -> None:
    assert dated(prose) == []


SEIZED = """
--- timeline
source: https://example.org/
events:
  - date: 2024-05-10
    title: Bunia is seized by several hundred armed men
  - date: 2024-06-02
    title: The United Nations sends troops to Ituri
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # "hundred" is no past, nor "armed" after a word of quantity: the sentence's one act,
    # "disarmed", is another than the title's, and its day another event's.
    ("Several hundred armed men were disarmed in Bunia on 20 May 2024.", False),
    # The title's act, done on another day, is the event's still.
    ("Several hundred armed men seized Bunia on 12 May 2024.", True),
])
def test_a_word_in_ed_that_is_no_act_done_makes_no_event(prose: str, warned: bool) -> None:
    found = day_warnings(f"{FRONT}\n--- summary\n---\n{prose}\n{SEIZED}")
    assert [line.split(" warning: ")[1] for line in found] == (
        [f"section 'summary' gives {prose.split(' on ')[-1].rstrip('.')}, but the timeline "
         "dates 'Bunia is seized by several hundred armed men' 2024-05-10 (line 14)"]
        if warned else [])


FAILED = """
--- timeline
source: https://example.org/
events:
  - date: 2023-03-10
    title: Regulators close Silicon Valley Bank
  - date: 2023-03-12
    title: Signature Bank fails; deposits guaranteed
  - date: 2023-03-19
    title: UBS agrees to buy Credit Suisse
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # The title tells its act in the present ("fails") beside a participle of another
    # ("guaranteed"): a sentence that says that act was done speaks of the event.
    ("Signature Bank failed on 13 March.", True),
    ("Signature Bank failed on 12 March.", False),
    # Another act than the title's, done to what it names, is another event's.
    ("Signature Bank's deposits were transferred to a bridge bank on 20 March.", False),
])
def test_an_act_the_title_tells_in_the_present_is_its_event(prose: str, warned: bool) -> None:
    found = day_warnings(f"{FRONT}\n--- summary\n---\n{prose}\n{FAILED}")
    assert bool(found) is warned, found


CLOSED = """
--- timeline
source: https://example.org/
events:
  - date: 2023-03-10
    title: Regulators close SVB
  - date: 2023-03-19
    title: UBS agrees to buy Credit Suisse
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # The same act, by the same generic doer, to another the sentence names: another event,
    # which the timeline does not have.
    ("On 12 March, New York regulators closed Signature Bank.", False),
    ("Regulators closed Signature Bank on 12 March.", False),
    # The title's own: by its name, by its initials, or with no other name.
    ("On 11 March, California regulators closed SVB.", True),
    ("On 11 March, California regulators closed Silicon Valley Bank.", True),
    ("On Saturday 11 March, regulators closed the bank.", True),
])
def test_a_title_whose_name_the_sentence_trades_for_another_is_not_its_event(
        prose: str, warned: bool) -> None:
    found = day_warnings(f"{FRONT}\n--- summary\n---\n{prose}\n{CLOSED}")
    assert bool(found) is warned, found
