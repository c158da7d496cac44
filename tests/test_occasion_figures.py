"""American English figures: the amount a label speaks of, beside the parts a sentence gives."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: en-US\n---\n"


def figures(*pairs: tuple[str, str]) -> str:
    """Return a figures section of (value, label) pairs."""
    return "\n--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {label}\n' for value, label in pairs) + "---\n"


CONTRACT = figures(("25%", "raise in top base pay over the life of the contracts"))
RATIFIED = figures(("9%", "raise in top base pay on ratification"))


@pytest.mark.parametrize(("text", "contract", "said"), [
    # A raise is a change: the sentence's "rises by 24%" is the label's, and is quoted ...
    ("Top base pay rises by 24% over the contracts, which run until April 30, 2028, with an "
     "11% raise on ratification.", CONTRACT, ["'24%'"]),
    ("Top base pay rises by 24% over the contracts.", CONTRACT, ["'24%'"]),
    # ... while the raise given on ratification is a part of the whole span's.
    ("Top base pay rises by 25% over the contracts, which run until April 30, 2028, with an "
     "11% raise on ratification.", CONTRACT, []),
    ("Top base pay rises by 11% on ratification.", CONTRACT, []),
    # A label that names the occasion speaks of the amount given on it.
    ("Top base pay rises by 11% on ratification.", RATIFIED, ["'11%'"]),
    ("Top base pay rises by 9% on ratification.", RATIFIED, []),
])
def test_an_amount_given_on_an_occasion_is_a_part_of_a_figure_of_a_whole_span(
        text: str, contract: str, said: list[str]) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n{contract}", FRONT)
    assert stated(found) == said
    assert all(line.startswith("content/x.md:9:") for line in found)


STORM = figures(("6", "states where people died"), ("More than 200", "deaths across six states"))


@pytest.mark.parametrize(("text", "said"), [
    # The verb after the other figure's amount joins it to the count of states: both speak.
    ("More than 200 people died in 7 states.", ["'7 states'"]),
    ("People died in 7 states.", ["'7 states'"]),
    ("More than 200 people died in six states.", []),
    ("More than 200 people died in 6 states.", []),
])
def test_a_second_amount_before_a_count_hides_none_of_its_words(text: str,
                                                                said: list[str]) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n{STORM}", FRONT)
    assert stated(found) == said
    assert all(line.startswith("content/x.md:9:") for line in found)
