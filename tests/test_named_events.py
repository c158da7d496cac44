"""A label that names one event of a timeline, by its month ("Bank Rate after the August cut")
or by its ordinal in a series ("after the first cut"), holds that event's level alone: a later
event's level is not held against it, and the named event's is, whatever a later one gives."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-11-08\n---\n"


def story(figures: dict[str, str], august: str = "5%") -> str:
    """Return a story of the Bank of England's rate, raised to 5.25% in August 2023, cut in
    August 2024 (to `august`) and to 4.75% in November, with key figures (label: value)."""
    listed = "".join(f'  - value: "{value}"\n    label: {label}\n'
                     for label, value in figures.items())
    return ("\n--- summary\n---\nThe Bank of England has cut Bank Rate twice this year.\n\n"
            f"--- figures\nfigures:\n{listed}---\n\n--- timeline\n"
            "source: https://example.org/bank\nevents:\n"
            "  - date: 2023-08-03\n    title: Bank of England raises Bank Rate to 5.25%\n"
            f"  - date: 2024-08-01\n    title: Bank of England cuts Bank Rate to {august}\n"
            "  - date: 2024-11-07\n    title: Bank of England cuts Bank Rate to 4.75%\n---\n")


@pytest.mark.parametrize("figures", [
    {"Bank Rate after the August cut": "5%"},
    {"Bank Rate after the first cut": "5%"},
    {"Bank Rate after the August cut": "5%", "Bank Rate after the November cut": "4.75%"},
    {"Bank Rate after the first cut": "5%", "Bank Rate after the second cut": "4.75%"},
    {"Bank Rate after the August 2024 cut": "5%"},
    {"Bank Rate now": "4.75%"},
])
def test_the_right_sequence_is_silent(figures: dict[str, str]) -> None:
    assert warnings_of(story(figures), FRONT) == []


@pytest.mark.parametrize("figures", [
    {"Bank Rate after the August cut": "5%"},
    {"Bank Rate after the first cut": "5%"},
])
def test_a_wrong_level_in_the_named_event_warns(figures: dict[str, str]) -> None:
    assert stated(warnings_of(story(figures, august="4.5%"), FRONT)) == ["'4.5%'"]


@pytest.mark.parametrize("label", ["Bank Rate after the August cut",
                                   "Bank Rate after the first cut"])
def test_a_figure_of_another_event_than_the_label_names_warns(label: str) -> None:
    # The figure gives November's level for August's cut: the August event says otherwise.
    assert stated(warnings_of(story({label: "4.75%"}), FRONT)) == ["'5%'"]


FLOODS = ("\n--- summary\n---\nThe floods have killed many.\n\n--- figures\nfigures:\n"
          '  - value: "183"\n    label: {label}\n---\n\n--- timeline\n'
          "source: https://example.org/floods\nevents:\n"
          "  - date: 2024-05-20\n    title: Officials count {may} people killed\n"
          "  - date: 2024-08-20\n    title: Officials count 183 people killed\n---\n")


@pytest.mark.parametrize(("label", "may", "said"), [
    # A month the label counts from names no event: the last level is the one held.
    ("people killed since May", "126", []),
    ("people killed since 1 May", "126", []),
    # A month the label names is its event's.
    ("people killed in May", "126", ["'126 people'"]),
    ("people killed in May", "183", []),
])
def test_a_month_a_label_counts_from_names_no_event(label: str, may: str,
                                                    said: list[str]) -> None:
    assert stated(warnings_of(FLOODS.format(label=label, may=may), FRONT)) == said
