"""English stories' amounts held to their key figures: a reign's years, an age at death, the
members of a council, the goals of a final, however a sentence words them."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of


def warned(text: str, value: str, label: str) -> list[str]:
    """Return the warnings for a takeaway beside one key figure."""
    return warnings_of(f"--- takeaways\ntakeaways:\n  - {text}\n---\n\n--- figures\nfigures:\n"
                       f"  - value: \"{value}\"\n    label: {label}\n---\n")


@pytest.mark.parametrize(("text", "label", "said"), [
    # A monarch "on the throne" reigns; a label's "length" of a time is its span.
    ("She had reigned for 72 years.", "on the throne", "72 years"),
    ("She was on the throne for 72 years.", "length of her reign", "72 years"),
    ("Her reign lasted 72 years.", "length of her reign", "72 years"),
    ("She had reigned for 72 years.", "length of her reign", "72 years"),
    ("She had reigned for 70 years.", "on the throne", None),
    ("She was on the throne for 70 years.", "length of her reign", None),
    # Another span: a marriage, or the years before she came to the throne.
    ("She had been married for 73 years.", "on the throne", None),
    ("She had been married for 73 years.", "length of her reign", None),
    ("She came to the throne 25 years after her birth.", "on the throne", None),
])
def test_a_reign_in_years_is_held_to_the_figure_of_its_length(text: str, label: str,
                                                              said: str | None) -> None:
    expected = [] if said is None else [
        f"content/x.md:8:{5 + text.index(said)}: warning: takeaway says '{said}' but the key "
        f"figure '{label}' (line 13) says '70 years'"]
    assert warned(text, "70 years", label) == expected


@pytest.mark.parametrize(("text", "value", "said"), [
    ("Queen Elizabeth died at Balmoral, aged 95.", "96", "aged 95"),
    ("She died at the age of 95, at Balmoral.", "96 years", "at the age of 95"),
    ("Queen Elizabeth died at Balmoral, aged 96.", "96", None),
    # An age at another time, or another person's:
    ("She became the longest-reigning monarch at 89.", "96", None),
    ("She was 95 when she became the longest-reigning monarch.", "96", None),
    ("When her father died aged 56, she became queen.", "96", None),
])
def test_an_age_is_held_to_the_key_figure_of_that_age(text: str, value: str,
                                                      said: str | None) -> None:
    expected = [] if said is None else [
        f"content/x.md:8:{5 + text.index(said)}: warning: takeaway says '{said}' but the key "
        f"figure 'her age when she died' (line 13) says '{value}'"]
    assert aged(text, value) == expected


def aged(text: str, value: str) -> list[str]:
    """Return the warnings for a takeaway beside a figure of an age, in a story whose title
    names the Queen."""
    front = "---\ntitle: Queen Elizabeth II dies\ndek: D\npublished: 2024-05-23\n---\n"
    return warnings_of(f"--- takeaways\ntakeaways:\n  - {text}\n---\n\n--- figures\nfigures:\n"
                       f"  - value: \"{value}\"\n    label: her age when she died\n---\n", front)


@pytest.mark.parametrize(("text", "warns"), [
    # An age whose sentence opens with a name the title does not give is that one's.
    ("Prince Philip died in April 2021, aged 99.", False),
    ("In April 2021 Prince Philip died, aged 99.", False),
    # The title's own, or a pronoun: hers.
    ("Queen Elizabeth died at Windsor, aged 95.", True),
    ("She died at Windsor, aged 95.", True),
])
def test_an_age_of_someone_the_title_does_not_name_is_theirs(text: str, warns: bool) -> None:
    assert bool(aged(text, "96")) is warns


def test_an_age_in_prose_is_warned_of_at_its_line_and_column() -> None:
    found = warnings_of("--- summary\n---\nShe reigned for seven decades.\nQueen Elizabeth "
                        "died aged 95.\n\n--- figures\nfigures:\n  - value: \"96\"\n"
                        "    label: age when the Queen died\n---\n")
    assert found == ["content/x.md:9:22: warning: section 'summary' says 'aged 95' but the key "
                     "figure 'age when the Queen died' (line 13) says '96'"]


@pytest.mark.parametrize(("text", "label", "said"), [
    # A day of the week is a time, not a name the label lacks; a possessive says whose the
    # count is, and is no name's number ("Boeing 737").
    ("The city's 52 council members voted on the budget on Wednesday.",
     "members of the Chicago City Council", "52 council members"),
    ("Chicago's 52 council members voted on the budget.", "members of the City Council",
     "52 council members"),
    ("The city's 51 council members voted on the budget on Wednesday.",
     "members of the Chicago City Council", None),
    # Members of another body, named or not:
    ("The 52 members of the state assembly voted on the budget on Wednesday.",
     "members of the Chicago City Council", None),
    ("The 52 members of the Cook County Board voted on the budget on Wednesday.",
     "members of the Chicago City Council", None),
])
def test_the_members_of_a_council_are_held_to_its_figure(text: str, label: str,
                                                         said: str | None) -> None:
    expected = [] if said is None else [
        f"content/x.md:8:{5 + text.index(said)}: warning: takeaway says '{said}' but the key "
        f"figure '{label}' (line 13) says '51'"]
    assert warned(text, "51", label) == expected


@pytest.mark.parametrize(("text", "said"), [
    # "Scored N times" counts the goals a label of goals scored counts.
    ("Kylian Mbappé scored four times in the final.", "four times"),
    ("Mbappé scored 4 times in the final.", "4 times"),
    ("Kylian Mbappé scored three times in the final.", None),
    # The times of another act count no goals.
    ("Mbappé was booked four times in the final.", None),
    ("Mbappé has played in the final four times.", None),
])
def test_the_times_a_player_scored_are_his_goals(text: str, said: str | None) -> None:
    label = "goals scored by Mbappé in the final"
    expected = [] if said is None else [
        f"content/x.md:8:{5 + text.index(said)}: warning: takeaway says '{said}' but the key "
        f"figure '{label}' (line 13) says '3'"]
    assert warned(text, "3", label) == expected


@pytest.mark.parametrize(("text", "warns"), [
    # A clause that describes another than the story's subject gives that one's years.
    ("In 2015 she passed Queen Victoria, who had reigned for 63 years and 216 days.", False),
    # One that describes the one the story's title names gives hers.
    ("Queen Elizabeth, who had reigned for 72 years, died at Balmoral.", True),
    ("Queen Elizabeth, who had reigned for 70 years, died at Balmoral.", False),
])
def test_a_clause_that_describes_another_name_is_that_one_s(text: str, warns: bool) -> None:
    front = "---\ntitle: Queen Elizabeth II dies at Balmoral\ndek: D\npublished: 2022-09-09\n---\n"
    found = warnings_of(f"--- takeaways\ntakeaways:\n  - {text}\n---\n\n--- figures\nfigures:\n"
                        "  - value: 70 years\n    label: on the throne\n---\n", front)
    assert bool(found) is warns, found


QUAKES = """
--- figures
figures:
  - value: "7.8"
    label: magnitude of the first earthquake
  - value: "7.5"
    label: magnitude of the second earthquake
  - value: "50,000"
    label: deaths in the first earthquake
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # An earthquake's magnitude, however written, is held to its own quake's.
    ("The first earthquake had a magnitude of 6.4.", "magnitude of 6.4"),
    ("The first earthquake had a magnitude of 7.8.", None),
    ("A 7.2-magnitude second earthquake struck nine hours later.", "7.2-magnitude"),
    ("A 7.5-magnitude second earthquake struck nine hours later.", None),
    ("The first earthquake measured 6.9 on the Richter scale.", "6.9 on the Richter scale"),
    # "measured" and a bare number, beside a figure of a magnitude, is one.
    ("The first earthquake measured 6.4.", "6.4"),
    ("The first earthquake measured 7.8.", None),
    ("A quake measuring 7.1 struck first; the second earthquake measured 7.5.", None),
    ("The second earthquake measured 6.4, nine hours later.", "6.4"),
    # One more quake, by no ordinal, has a magnitude of its own.
    ("A further earthquake of magnitude 6.4 struck Hatay on 20 February.", None),
    ("Another earthquake of magnitude 6.4 struck Hatay on 20 February.", None),
    ("A new earthquake of magnitude 6.4 struck Hatay on 20 February.", None),
    ("A further earthquake struck; the first earthquake was of magnitude 6.4.", "magnitude 6.4"),
    # The first quake's toll is held to its figure, the second's is not.
    ("The first earthquake had caused 8 deaths.", "8 deaths"),
    ("The second earthquake had caused 8 deaths.", None),
])
def test_a_quake_is_held_to_the_figures_of_its_own_number(text: str, said: str | None) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + QUAKES)
    assert [line.split(" says ")[1].split(" but ")[0] for line in found] == \
        ([] if said is None else [f"'{said}'"])
    if said is not None:
        assert found[0].startswith(f"content/x.md:8:{1 + text.index(said)}: warning: ")


TWO_QUAKES = """
--- timeline
source:
  title: AFAD
  url: https://en.afad.gov.tr/
events:
  - date: 2023-02-06 04:17 +03:00
    title: A magnitude 7.8 earthquake strikes near Pazarcık
  - date: {date}
    title: A magnitude 7.5 earthquake strikes near Elbistan
---
"""


@pytest.mark.parametrize(("date", "said"), [
    # A quake of the first one's day at a later time is the second, with a magnitude of its own.
    ("2023-02-06 13:24 +03:00", None),
    ("2023-02-06 13:24", None),
    # Without a time, it may be the first: another magnitude is a slip.
    ("2023-02-06", "magnitude 7.5"),
])
def test_a_timeline_quake_later_the_same_day_is_not_the_first(date: str,
                                                              said: str | None) -> None:
    figure = ('--- figures\nfigures:\n  - value: "7.8"\n'
              '    label: magnitude of the first earthquake\n---\n')
    found = warnings_of("--- summary\n---\nTwo earthquakes.\n" + TWO_QUAKES.format(date=date)
                        + figure)
    assert [line.split(" says ")[1].split(" but ")[0] for line in found] == \
        ([] if said is None else [f"'{said}'"])


@pytest.mark.parametrize("text", [
    "The first wave measured 6.4.",
    "The first wave measured 6.4 metres.",
])
def test_a_number_measured_is_no_magnitude_beside_a_figure_of_none(text: str) -> None:
    figures = ('--- figures\nfigures:\n  - value: "7.8"\n    label: height of the first '
               'wave\n---\n')
    assert warnings_of(f"--- summary\n---\n{text}\n\n{figures}") == []


def test_a_number_measured_with_its_unit_is_no_magnitude() -> None:
    assert warnings_of("--- summary\n---\nThe first earthquake measured 6.4 metres.\n"
                       + QUAKES) == []


LATER_QUAKE = """  - date: 2023-02-20
    title: A magnitude 6.4 earthquake strikes Hatay province
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A quake dated to the first one's day is held to its figure, whatever later quakes give.
    ("A magnitude 7.6 earthquake struck near Pazarcık at 04:17 on 6 February 2023.",
     "magnitude 7.6"),
    ("On 6 February 2023, a magnitude 7.6 earthquake struck.", "magnitude 7.6"),
    ("A magnitude 7.8 earthquake struck near Pazarcık at 04:17 on 6 February 2023.", None),
    ("On 6 February 2023, a magnitude 7.8 earthquake struck.", None),
])
def test_a_dated_quake_is_held_to_the_first_beside_later_quakes(text: str,
                                                                said: str | None) -> None:
    figure = ('--- figures\nfigures:\n  - value: "7.8"\n'
              '    label: magnitude of the first earthquake\n---\n')
    timeline = TWO_QUAKES.format(date="2023-02-06 13:24 +03:00").removesuffix("---\n")
    found = warnings_of(f"--- summary\n---\n{text}\n" + timeline + LATER_QUAKE + figure)
    assert [line.split(" says ")[1].split(" but ")[0] for line in found] == \
        ([] if said is None else [f"'{said}'"])
