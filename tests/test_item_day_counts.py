"""A count whose clause names the item of a series its figure's label names ("the first
strike"), with the day after it, gives that item's whole, which has its day: it is held against
the figure. A day after a count of no such item still makes it that day's part."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-02-10\n---\n"


def said(text: str, label: str = "junior doctors on the first strike") -> list[str]:
    """Return what the warnings say a summary of one sentence states, beside a figure of about
    35,000 with a label."""
    body = (f"\n--- summary\n---\n{text}\n\n--- figures\nfigures:\n"
            f"  - value: About 35,000\n    label: {label}\n---\n")
    return stated(warnings_of(body, FRONT))


@pytest.mark.parametrize("text", [
    "About 30,000 junior doctors joined the first strike on 10 January 2024.",
    "About 30,000 junior doctors joined the first strike.",
    "On 10 January 2024, about 30,000 junior doctors joined the first strike.",
])
def test_another_count_of_the_label_s_item_warns_whatever_its_day(text: str) -> None:
    assert said(text) == ["'30,000 junior doctors'"]


@pytest.mark.parametrize("text", [
    "About 35,000 junior doctors joined the first strike on 10 January 2024.",
    "About 35,000 junior doctors joined the first strike.",
])
def test_the_item_s_own_count_is_silent(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "warned"), [
    # A day's part of a strike the label names no item of; without its day, the whole's.
    ("About 3,000 junior doctors joined the strike on 10 January 2024.", []),
    ("About 3,000 junior doctors joined the strike.", ["'3,000 junior doctors'"]),
])
def test_a_day_after_a_count_of_no_named_item_is_its_part(text: str,
                                                          warned: list[str]) -> None:
    assert said(text, "junior doctors on strike") == warned
