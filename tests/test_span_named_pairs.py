"""A span's "after" names an event by two of its title's words together that no other title
has both of, though each is in another title: "after SVB was closed" beside "SVB announces a
loss", "Regulators close SVB" and "Signature Bank is closed"."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings

BANKS = {
    "en": ["SVB announces a loss on bonds", "Regulators close SVB",
           "Signature Bank is closed", "HSBC buys SVB UK"],
    "fr": ["SVB annonce une perte sur ses obligations", "Fermeture de SVB par les régulateurs",
           "Fermeture de Signature Bank", "HSBC rachète SVB UK"],
}
DAYS = ["2023-03-08", "2023-03-10", "2023-03-12", "2023-03-13"]
# Each sentence with "{}" for the span: "trois"/"three" is wrong (it was two days), the
# other right.
SAID = [
    ("en", "On 12 March, {} days after SVB was closed, the Treasury acted.", "three", "two"),
    ("en", "The Treasury acted {} days after SVB was closed, on 12 March.", "three", "two"),
    ("fr", "Le 12 mars, {} jours après la fermeture de SVB, le Trésor a agi.", "trois", "deux"),
]


def timeline(language: str) -> str:
    """Return the timeline of the banks' events in a language."""
    events = "".join(f"  - date: {day}\n    title: {title}\n"
                     for day, title in zip(DAYS, BANKS[language], strict=True))
    return f"\n--- timeline\nsource: https://example.org/\nevents:\n{events}---\n"


@pytest.mark.parametrize(("language", "prose", "wrong", "right"), SAID)
def test_two_words_no_other_title_has_both_of_name_the_event(
        language: str, prose: str, wrong: str, right: str) -> None:
    warned = span_warnings(prose.format(wrong), language, timeline(language))
    assert len(warned) == 1 and "'" + BANKS[language][1] + "' (2023-03-10)" in warned[0], warned
    assert span_warnings(prose.format(right), language, timeline(language)) == []


def test_two_words_another_title_has_both_of_name_no_event() -> None:
    shared = timeline("en").replace("HSBC buys SVB UK", "Regulators close SVB UK")
    assert span_warnings("On 12 March, three days after SVB was closed, the Treasury acted.",
                         "en", shared) == []
