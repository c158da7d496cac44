"""Numbers that are names, as newsrooms write them ("Flight 1282", "Section 230", "COVID-19",
"9/11", "No. 3"), count nothing: the checks of key figures do not read them as amounts, and
still read the count a name stands in ("170 Boeing 737 MAX 9 jets")."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, stated, warnings_of


def figures(*rows: tuple[str, str]) -> str:
    """Return a figures section of (value, label) rows."""
    return "\n--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {label}\n' for value, label in rows) + "---\n"


FLIGHT = figures(("171", "passengers aboard Flight 1282"),
                 ("171", "Boeing 737 MAX 9 jets grounded"))
ENVOYS = figures(("12", "firms sending envoys to the summit"),
                 ("3", "days the grounding lasted"))


@pytest.mark.parametrize(("text", "said"), [
    ("Alaska Airlines Flight 1282 passengers sued Boeing.", []),
    ("The Boeing 737 MAX 9 jets grounded stayed on the ground.", []),
    ("Regulators grounded 171 Boeing 737 MAX 9 jets.", []),
    ("Flight 1282 carried 171 passengers.", []),
    # A real contradiction, the count before a name with numbers too.
    ("Regulators grounded 170 Boeing 737 MAX 9 jets.", ["'170 Boeing 737 MAX 9 jets'"]),
    ("Flight 1282 carried 170 passengers.", ["'170 passengers'"]),
])
def test_a_flight_s_number_and_a_model_s_count_nothing(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FLIGHT)) == said


@pytest.mark.parametrize("text", [
    "Fortune 500 firms sending envoys to the summit were many.",
    "Section 230 firms sending envoys to the summit came too.",
    "No. 3 firms sending envoys to the summit were late.",
    "COVID-19 days the grounding lasted were hard.",
    "Since 9/11 days the grounding lasted were rare.",
    "A 24/7 watch: 3 days the grounding lasted.",
    "Title 42 firms sending envoys to the summit left.",
    "The I-95 firms sending envoys to the summit arrived.",
    "Resolution 2719 firms sending envoys to the summit agreed.",
])
def test_a_name_s_number_is_no_count(text: str) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + ENVOYS)) == []


@pytest.mark.parametrize(("text", "said"), [
    ("Some 14 firms sending envoys to the summit came.", ["'14 firms'"]),
    ("Another 14 firms sending envoys to the summit came.", []),
    ("All 14 firms sending envoys to the summit came.", ["'14 firms'"]),
    ("Only 14 firms sending envoys to the summit came.", ["'14 firms'"]),
    ("The 14 firms sending envoys to the summit came.", ["'14 firms'"]),
    ("Nearly 14 firms sending envoys to the summit came.", ["'14 firms'"]),
    ("The grounding lasted 4 days, as the firms sending envoys saw.", ["'4 days'"]),
])
def test_a_word_that_opens_a_sentence_or_says_how_many_is_no_name(text: str, said: list[str]
                                                                  ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + ENVOYS)) == said


FRENCH_FLIGHT = figures(("171", "passagers à bord du vol 1282"),
                        ("12", "entreprises qui envoient des délégués au sommet"))


@pytest.mark.parametrize(("text", "said"), [
    ("Les passagers à bord du vol Alaska 1282 passagers ont porté plainte.", []),
    ("La Ligue 1 entreprises qui envoient des délégués au sommet sont venues.", []),
    ("Le n° 3 entreprises qui envoient des délégués au sommet est venu.", []),
    ("Le vol 1282 transportait 170 passagers.", ["'170 passagers'"]),
    ("Au sommet, 14 entreprises envoient des délégués.", ["'14 entreprises'"]),
])
def test_french_names_with_numbers(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FRENCH_FLIGHT, FRENCH)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A month before a count dates it, and names nothing: the count is read.
    ("In January 170 passengers aboard Flight 1282 sued.", ["'170 passengers'"]),
    ("By Jan. 170 passengers aboard Flight 1282 had sued.", ["'170 passengers'"]),
    ("In January 171 passengers aboard Flight 1282 sued.", []),
])
def test_a_month_before_a_count_is_no_name(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FLIGHT)) == said



OUTAGE = figures(("8.5 million", "Windows devices that crashed, Microsoft estimated"),
                 ("4", "Falcon sensor versions affected"),
                 ("10", "charges prosecutors filed"))
FRENCH_OUTAGE = figures(("8,5 millions", "appareils Windows bloqués, selon Microsoft"))


@pytest.mark.parametrize(("text", "said"), [
    # A lowercase word that says which one of a series it is: the number after it names it.
    ("Channel file 291 crashed Windows devices, Microsoft estimated.", []),
    ("Falcon sensor version 7.11 versions were affected.", []),
    # A real contradiction beside such a name is still read.
    ("Channel file 291 crashed 9.5 million Windows devices, Microsoft estimated.",
     ["'9.5 million Windows devices'"]),
    # The same word as a verb ("to file", "will file") is followed by a count.
    ("Prosecutors will file 12 charges.", ["'12 charges'"]),
    ("Prosecutors plan to file 12 charges.", ["'12 charges'"]),
])
def test_a_series_word_s_number_is_no_count(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + OUTAGE)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("La version 7 appareils Windows bloqués, selon Microsoft, sont partis.", []),
    ("Le fichier de canal 291 a bloqué des appareils Windows, selon Microsoft.", []),
    ("Le fichier 291 a bloqué 9,5 millions d'appareils Windows, selon Microsoft.",
     ["'9,5 millions d'appareils'"]),
])
def test_french_series_words_name_their_number(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FRENCH_OUTAGE, FRENCH)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A name that opens with a small letter and has a capital within ("macOS", "iPhone").
    ("iOS 18.1 and macOS 14 devices did not crash, Microsoft estimated.", []),
    ("Some iPhone 16 devices that crashed, Microsoft estimated, were fixed.", []),
    # A real count after such a name is still read.
    ("Under macOS 14, 9 million devices crashed, Microsoft estimated.", ["'9 million devices'"]),
])
def test_a_name_with_a_capital_inside_names_its_number(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + OUTAGE)) == said
