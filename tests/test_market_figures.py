"""Amounts of markets prose compared with the key figures: central banks' ranges, market
values in trillions, and levels crossed."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def said(text: str, figures: dict[str, str], takeaway: str = "") -> list[str]:
    """Return what the warnings say the text (a summary, and a takeaway if given) states,
    beside the given key figures (value: label)."""
    items = "".join(f'  - value: "{value}"\n    label: "{label}"\n'
                    for value, label in figures.items())
    takeaways = f"--- takeaways\ntakeaways:\n  - {takeaway}\n---\n\n" if takeaway else ""
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n{takeaways}"
                              f"--- figures\nfigures:\n{items}---\n"))


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
