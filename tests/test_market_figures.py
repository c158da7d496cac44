"""Amounts of markets prose compared with the key figures: central banks' ranges, market
values in trillions, and levels crossed."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, GERMAN, stated, warnings_of


def said(text: str, figures: dict[str, str], takeaway: str = "", front: str = FRONT
         ) -> list[str]:
    """Return what the warnings say the text (a summary, and a takeaway if given) states,
    beside the given key figures (value: label)."""
    items = "".join(f'  - value: "{value}"\n    label: "{label}"\n'
                    for value, label in figures.items())
    takeaways = f"--- takeaways\ntakeaways:\n  - {takeaway}\n---\n\n" if takeaway else ""
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n{takeaways}"
                              f"--- figures\nfigures:\n{items}---\n", front))


FED = {"4.75%–5%": "the Fed's target range for the federal funds rate in September",
       "4.25%–4.5%": "the Fed's target range for the federal funds rate in December"}


@pytest.mark.parametrize(("text", "found"), [
    # A range of the text gives a range figure's two ends, or fails to.
    ("In September the Fed's target range for the federal funds rate fell to 4.75%–5%.", []),
    ("In September the Fed's target range for the federal funds rate fell to 4.75% to 5%.",
     []),
    ("In September the Fed's target range for the federal funds rate was between 4.75% and "
     "5%.", []),
    ("In December the Fed's target range for the federal funds rate fell to 4.25%–4.5%.", []),
    ("In September the Fed's target range for the federal funds rate fell to 4.5%–5%.",
     ["'4.5%'"]),
    ("In September the Fed's target range for the federal funds rate fell to 4.75%–5.25%.",
     ["'5.25%'"]),
    # The low end of one figure's range is not the high end of another's.
    ("The Fed's target range for the federal funds rate is now 4.5%–5%.", ["'4.5%'"]),
])
def test_a_range_of_the_text_is_held_against_a_range_figure(text: str, found: list[str]
                                                             ) -> None:
    assert said(text, FED) == found


def test_a_takeaway_range_is_held_against_the_key_figure() -> None:
    figures = {"4.75%–5%": "target range for the federal funds rate"}
    takeaway = "The Fed lowered the target range for the federal funds rate to {}."
    assert said("The Fed met in September.", figures, takeaway.format("4.75%–5%")) == []
    assert said("The Fed met in September.", figures, takeaway.format("4.5%–5%")) == ["'4.5%'"]


@pytest.mark.parametrize("text", [
    # A range beside figures that are no ranges is bounds, not a value, as before.
    "Banks charged rates of 5% to 9% on loans backed by federal funds.",
    "Estimates of the federal funds rate ranged between 3% and 7%.",
])
def test_a_range_beside_a_single_figure_is_left_alone(text: str) -> None:
    assert said(text, {"4.5%": "the federal funds rate"}) == []


NVIDIA = {"$3.6tn": "Nvidia's market value at its peak",
          "$35.1bn": "Nvidia's revenue in the third quarter"}


@pytest.mark.parametrize(("text", "found"), [
    # "tn" is a trillion, as "bn" is a billion.
    ("Nvidia's market value at its peak was $3.6 trillion.", []),
    ("Nvidia's market value at its peak was $3,600bn.", []),
    ("Nvidia's market value at its peak was $3.5tn.", ["'$3.5tn'"]),
    ("Nvidia's market value at its peak was $3.5 trillion.", ["'$3.5 trillion'"]),
    ("Nvidia's revenue in the third quarter was $36.1 billion.", ["'$36.1 billion'"]),
    # A level passed or crossed is a bound: at least that much.
    ("Nvidia's market value at its peak passed $3 trillion.", []),
    ("Nvidia's market value, passing $3tn at its peak, set a record.", []),
    ("Nvidia's market value at its peak crossed $3.6 trillion.", []),
    ("Nvidia's market value at its peak passed $4 trillion.", ["'$4 trillion'"]),
])
def test_market_values_in_trillions(text: str, found: list[str]) -> None:
    assert said(text, NVIDIA) == found


@pytest.mark.parametrize(("text", "found"), [
    # A month a label names is a time, not a name that the sentence's names are others than.
    ("The Labor Department said the unemployment rate was 4.3%.", ["'4.3%'"]),
    ("The Labor Department said the unemployment rate was 4.2%.", []),
    # Another month is still another time, and another name still another thing.
    ("The Labor Department said the unemployment rate was 4.3% in July.", []),
    ("Canada's unemployment rate was 6.6%.", []),
])
def test_a_month_in_a_label_names_no_one(text: str, found: list[str]) -> None:
    assert said(text, {"4.2%": "US unemployment rate in August"}) == found


@pytest.mark.parametrize(("text", "found"), [
    # German's "von ... auf ...": a level's start, left alone, and the level it reached.
    ("Die EZB senkte den Einlagensatz von 3,25 Prozent auf 3,0 Prozent.", []),
    ("Die EZB hat den Einlagensatz im Dezember von 3,25 % auf 3,0 % gesenkt.", []),
    ("Die EZB senkte den Einlagensatz von 3,25 Prozent auf 3,1 Prozent.", ["'3,1 Prozent'"]),
])
def test_a_german_level_from_its_start(text: str, found: list[str]) -> None:
    assert said(text, {"3,0 %": "Einlagensatz der EZB nach der Senkung"}, front=GERMAN) == found


@pytest.mark.parametrize(("text", "found"), [
    # A label's noun alone, its compound and its time aside, may be another of its kind.
    ("Nvidia reported revenue of $35.1bn in the quarter.", []),
    ("Nvidia reported revenue of $35.1bn for the third quarter.", []),
    # The compound said is the label's thing.
    ("Nvidia reported data-centre revenue of $30.8bn in the quarter.", []),
    ("Nvidia reported data-centre revenue of $31.8bn in the quarter.", ["'$31.8bn'"]),
])
def test_a_compound_label_is_not_its_noun_alone(text: str, found: list[str]) -> None:
    assert said(text, {"$30.8bn": "data-centre revenue in the quarter"}) == found


@pytest.mark.parametrize(("text", "figures", "found"), [
    # What a fall wipes off a value is a change, not the value.
    ("Nvidia's shares fell about 17%, wiping roughly $593bn off its market value.",
     {"$3.6tn": "Nvidia's market value at its peak"}, []),
    ("Nvidia's shares fell, erasing $593bn of its market value.",
     {"$3.6tn": "Nvidia's market value at its peak"}, []),
    # It is held against the figure of what was wiped off.
    ("Nvidia's shares fell about 17%, wiping roughly $593bn off its market value.",
     {"$593bn": "market value Nvidia's shares lost in a day"}, []),
    ("Nvidia's shares fell about 17%, wiping $600bn off its market value.",
     {"$593bn": "market value Nvidia's shares lost in a day"}, ["'$600bn'"]),
])
def test_what_a_fall_wipes_off_is_a_change(text: str, figures: dict[str, str],
                                           found: list[str]) -> None:
    assert said(text, figures) == found


@pytest.mark.parametrize(("text", "found"), [
    # Basis points are hundredths of a percentage point, in any of the checks' languages.
    ("The size of the Fed's rate cut in September was 50 basis points.", []),
    ("The size of the Fed's rate cut in September was 50bp.", []),
    ("The size of the Fed's rate cut in September was 0.5 percentage points.", []),
    ("The size of the Fed's rate cut in September was 25 basis points.", ["'25 basis points'"]),
    ("The size of the Fed's rate cut in September was 0.25 percentage points.",
     ["'0.25 percentage points'"]),
])
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, found: list[str]) -> None:
    assert said(text, {"0.5 percentage points": "size of the Fed's rate cut in September"}) \
        == found


@pytest.mark.parametrize(("text", "found"), [
    ("Die Senkung des Einlagensatzes im Dezember betrug 25 Basispunkte.", []),
    ("Die Senkung des Einlagensatzes im Dezember betrug 50 Basispunkte.", ["'50 Basispunkte'"]),
])
def test_basis_points_in_german(text: str, found: list[str]) -> None:
    assert said(text, {"0,25 Prozentpunkte": "Senkung des Einlagensatzes im Dezember"},
                front=GERMAN) == found


FED_STORY = """\
--- takeaways
takeaways:
  - The Fed cut the target range for the federal funds rate to {} on 18 September 2024.
---

--- figures
figures:
  - value: 4.75%–5%
    label: target range for the federal funds rate after the September cut
---

--- timeline
events:
  - date: 2024-09-18
    title: The Fed cuts by half a point to 4.75%–5%
    source: https://www.federalreserve.gov/
  - date: 2024-12-18
    title: The Fed cuts by a quarter point to 4.25%–4.5%
    source: https://www.federalreserve.gov/
---
"""


@pytest.mark.parametrize(("said_range", "found"), [
    ("4.75%–5%", []),
    ("4.5%–5%", ["'4.5%'"]),
])
def test_a_level_of_the_month_a_label_names_is_compared_whatever_came_later(
        said_range: str, found: list[str]) -> None:
    """A later event's level makes an earlier day's an earlier level, but not beside a figure
    whose label names that day's month."""
    front = "---\ntitle: T\ndek: D\npublished: 2024-12-19\n---\n"
    assert stated(warnings_of(FED_STORY.format(said_range), front)) == found
