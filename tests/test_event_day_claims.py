"""An amount its sentence dates to the day of a timeline event of a series (a quake, a strike,
a cut of a rate) is that item's, not a figure's whose label names another item."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, SPANISH, warnings_of

# A story written after the quakes, so that a day without its year is of 2023.
AFTER_QUAKES = "---\ntitle: T\ndek: D\npublished: 2023-03-01\n---\n"

QUAKES = """
--- timeline
source:
  title: AFAD
  url: https://en.afad.gov.tr/
events:
  - date: 2023-02-06 04:17 +03:00
    title: {first}
  - date: 2023-02-06 13:24 +03:00
    title: {second}
  - date: 2023-02-07
    title: {emergency}
  - date: 2023-02-20
    title: {third}
---

--- figures
figures:
  - value: "{value}"
    label: {label}
---
"""
ENGLISH_QUAKES = {"first": "A magnitude 7.8 earthquake strikes near Pazarcık",
                  "second": "A magnitude 7.5 earthquake strikes near Elbistan",
                  "emergency": "A state of emergency is declared in ten provinces",
                  "third": "A magnitude 6.4 earthquake strikes Hatay province"}


def said_of(found: list[str]) -> list[str]:
    """Return what each warning says the text says."""
    return [line.split(" says ")[1].split(" but ")[0] for line in found]


@pytest.mark.parametrize(("text", "said"), [
    # The third quake's day, and its place: that quake's magnitude.
    ("A magnitude 6.4 earthquake struck Hatay province on 20 February 2023.", None),
    ("On 20 February, a magnitude 6.4 earthquake struck Hatay.", None),
    ("The third earthquake, of magnitude 6.4, struck Hatay on 20 February 2023.", None),
    # The second quake shares the first one's day; its place tells it apart.
    ("A magnitude 7.5 earthquake struck near Elbistan on 6 February 2023.", None),
    # The first quake's day and place, or its ordinal, whatever the day: held to its figure.
    ("A magnitude 7.6 earthquake struck near Pazarcık on 6 February 2023.", "'magnitude 7.6'"),
    ("A magnitude 7.6 earthquake struck on 6 February 2023.", "'magnitude 7.6'"),
    ("The first earthquake, of magnitude 7.6, struck near Pazarcık.", "'magnitude 7.6'"),
    ("The first earthquake, of magnitude 6.4, struck on 20 February 2023.", "'magnitude 6.4'"),
    ("A magnitude 7.8 earthquake struck near Pazarcık on 6 February 2023.", None),
    # A day with no quake of its own is no other quake's.
    ("On 7 February 2023, a magnitude 6.4 earthquake was recorded.", "'magnitude 6.4'"),
])
def test_a_quake_dated_to_another_quake_s_day_is_that_one_s(text: str, said: str | None
                                                            ) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + QUAKES.format(
        **ENGLISH_QUAKES, value="7.8", label="magnitude of the first earthquake"), AFTER_QUAKES)
    assert said_of(found) == ([] if said is None else [said])


@pytest.mark.parametrize(("third", "said"), [
    # The label names its quake by a word only the first quake's event has: the third quake's
    # day is that quake's; a day of no quake is not.
    (ENGLISH_QUAKES["third"], None),
    ("The first UN aid convoy crosses into Syria", "'magnitude 6.4'"),
])
def test_a_label_may_name_its_quake_by_its_words(third: str, said: str | None) -> None:
    found = warnings_of("--- summary\n---\nOn 20 February 2023, a magnitude 6.4 earthquake "
                        "struck.\n" + QUAKES.format(**{**ENGLISH_QUAKES, "third": third},
                                                    value="7.8",
                                                    label="magnitude of the Pazarcık earthquake"),
                        AFTER_QUAKES)
    assert said_of(found) == ([] if said is None else [said])


CUTS = """
--- timeline
source:
  title: Bank of England
  url: https://www.bankofengland.co.uk/
events:
  - date: 2024-08-01
    title: The Bank of England cuts Bank Rate to 5%
  - date: 2024-11-07
    title: The Bank of England cuts Bank Rate to 4.75%
---

--- figures
figures:
  - value: "5%"
    label: Bank Rate after the first cut
---
"""


@pytest.mark.parametrize(("text", "said"), [
    ("The latest cut, on 7 November 2024, left Bank Rate at 4.5%.", None),
    ("On 7 November 2024, a cut left Bank Rate at 4.5%.", None),
    ("On 1 August 2024, a cut left Bank Rate at 4.5%.", "'4.5%'"),
    ("On 7 November 2024, the first cut left Bank Rate at 4.5%.", "'4.5%'"),
])
def test_a_rate_cut_dated_to_another_cut_s_day_is_that_one_s(text: str, said: str | None
                                                            ) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + CUTS,
                        "---\ntitle: T\ndek: D\npublished: 2024-12-01\n---\n")
    assert said_of(found) == ([] if said is None else [said])


STRIKES = """
--- timeline
source:
  title: BMA
  url: https://www.bma.org.uk/
events:
  - date: 2024-01-10
    title: Junior doctors begin their first strike
  - date: 2024-02-14
    title: Junior doctors strike again
  - date: 2024-03-12
    title: Junior doctors strike for the third time
---

--- figures
figures:
  - value: "45,000"
    label: junior doctors who joined the first strike
---
"""


@pytest.mark.parametrize(("text", "said"), [
    ("On 12 March 2024, about 30,000 junior doctors joined the strike.", None),
    ("On 10 January 2024, about 30,000 junior doctors joined the strike.",
     "'30,000 junior doctors'"),
    ("On 12 March 2024, about 30,000 junior doctors joined the first strike.",
     "'30,000 junior doctors'"),
])
def test_a_strike_dated_to_another_strike_s_day_is_that_one_s(text: str, said: str | None
                                                             ) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + STRIKES)
    assert said_of(found) == ([] if said is None else [said])


FRENCH_STRIKES = STRIKES.replace("Junior doctors begin their first strike", "Première grève des "
                                  "cheminots").replace("Junior doctors strike again", "Deuxième "
                                  "grève des cheminots").replace("Junior doctors strike for the "
                                  "third time", "Troisième grève des cheminots").replace(
    "junior doctors who joined the first strike", "cheminots en grève lors de la première grève")
SPANISH_STRIKES = STRIKES.replace("Junior doctors begin their first strike", "Primera huelga de "
                                  "los ferroviarios").replace("Junior doctors strike again",
                                  "Segunda huelga de los ferroviarios").replace(
    "Junior doctors strike for the third time", "Tercera huelga de los ferroviarios").replace(
    "junior doctors who joined the first strike", "ferroviarios en huelga en la primera huelga")


@pytest.mark.parametrize(("front", "body", "text", "said"), [
    (FRENCH, FRENCH_STRIKES,
     "Le 12 mars 2024, lors de la grève, 30 000 cheminots ont fait grève.", None),
    (FRENCH, FRENCH_STRIKES,
     "Le 10 janvier 2024, lors de la grève, 30 000 cheminots ont fait grève.",
     "'30 000 cheminots'"),
    (FRENCH, FRENCH_STRIKES,
     "Le 12 mars 2024, lors de la première grève, 30 000 cheminots ont fait grève.",
     "'30 000 cheminots'"),
    (SPANISH, SPANISH_STRIKES,
     "El 12 de marzo de 2024, durante la huelga, 30.000 ferroviarios pararon.", None),
    (SPANISH, SPANISH_STRIKES,
     "El 10 de enero de 2024, durante la huelga, 30.000 ferroviarios pararon.",
     "'30.000 ferroviarios'"),
    (SPANISH, SPANISH_STRIKES,
     "El 12 de marzo de 2024, durante la primera huelga, 30.000 ferroviarios pararon.",
     "'30.000 ferroviarios'"),
])
def test_a_strike_of_another_day_is_its_own_in_french_and_spanish(
        front: str, body: str, text: str, said: str | None) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + body, front)
    assert said_of(found) == ([] if said is None else [said])
