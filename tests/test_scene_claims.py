"""A phrase that opens a sentence sets its scene: the count of a subject the key figure's
label names is held against the figure whatever the phrase says; a place inside the clause,
or one before another subject, still narrows the count or speaks of another thing."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

DELTA = ("About 7,000", "Delta flights cancelled")


def said_beside(text: str, value: str, label: str) -> list[str]:
    """Return what the warnings of a summary, beside one key figure, say the text states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n"
                              f"  - value: {value}\n    label: {label}\n---\n"))


@pytest.mark.parametrize("opening", [
    "", "In the United States, ", "In Atlanta, ", "On Monday, ", "After the outage, ",
    "By Friday, ", "Across the US, "])
def test_an_opening_phrase_leaves_the_count_of_the_labels_subject_its_own(opening: str
                                                                           ) -> None:
    wrong = f"{opening}Delta Air Lines cancelled about 5,000 flights over five days."
    right = f"{opening}Delta Air Lines cancelled about 7,000 flights over five days."
    assert said_beside(wrong, *DELTA) == ["'5,000 flights'"]
    assert said_beside(right, *DELTA) == []


@pytest.mark.parametrize("text", [
    # Another subject, or no one's: another airline's count, or a part of all flights.
    "In Europe, Lufthansa cancelled about 5,000 flights over five days.",
    "In the United States, airlines cancelled about 5,000 flights over five days.",
    # A place inside the clause narrows the count to a part.
    "Delta Air Lines cancelled about 5,000 flights in Atlanta over five days.",
])
def test_a_count_of_another_subject_or_a_place_in_its_clause_stays_apart(text: str) -> None:
    assert said_beside(text, *DELTA) == []


@pytest.mark.parametrize(("text", "said"), [
    # A label that names no one: a place that opens the sentence narrows the count.
    ("In Hanoi, 21 people died or went missing.", []),
    ("Twenty-one people died or went missing.", ["'Twenty-one people'"]),
])
def test_a_place_still_narrows_a_count_whose_label_names_no_one(text: str, said: list[str]
                                                                ) -> None:
    assert said_beside(text, "More than 290", "people dead and missing in Vietnam") == said
