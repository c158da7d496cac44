"""A measure and its conversion in brackets, which a reader sees disagree when far apart."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of


def conversions_warned(text: str) -> list[str]:
    """Return the warnings of a summary's text about a conversion in brackets."""
    return [line for line in warnings_of(f"--- summary\n---\n{text}\n")
            if "brackets" in line]


@pytest.mark.parametrize(("text", "said"), [
    ("Up to 31 inches (900 mm) of rain fell at Busick.",
     "'31 inches (900 mm)', but the amount before the brackets is about 0.787 m"),
    ("Helene came ashore with winds of 140 mph (260 km/h).",
     "'140 mph (260 km/h)', but the amount before the brackets is about 225 km/h"),
    ("The surge reached 15 feet (6.4 metres) in places.",
     "'15 feet (6.4 metres)', but the amount before the brackets is about 4.57 m"),
    ("The temperature reached 40C (140F) in Seville.",
     "'40C (140F)', but the amount before the brackets is about 104 °F"),
    ("The target is to limit warming to 1.5C (4.7F).",
     "'1.5C (4.7F)', but the amount before the brackets is about 34.7 °F"),
])
def test_a_conversion_far_from_its_measure_is_warned_of(text: str, said: str) -> None:
    (found,) = conversions_warned(text)
    assert found.startswith("content/x.md:8:") and said in found


@pytest.mark.parametrize("text", [
    "Up to 31 inches (787 mm) of rain fell at Busick.",
    "Helene came ashore with winds of 140 mph (225 km/h).",
    "The surge reached 10 feet (3 m) in places.",
    "The temperature reached 40.3C (104.5F) in Seville.",
    "Temperatures have risen by about 1.2C (2.2F) since pre-industrial times.",
    "The target is to limit warming to 1.5C (2.7F).",
    "Up to 31 inches of rain fell, and 900 mm at another station (in Tennessee).",
])
def test_a_rounded_conversion_or_another_amount_is_silent(text: str) -> None:
    assert conversions_warned(text) == []
