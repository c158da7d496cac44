"""The ordinal of the latest item of a series, held against the figure that counts its items."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of


def figure(value: str, label: str) -> str:
    """Return a figures section of one key figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


@pytest.mark.parametrize(("text", "figures", "said"), [
    # The ordinal of the latest rise is the count of rises.
    ("It was the central bank's 12th rise since March 2022.",
     figure("11", "rises since March 2022"), ["'12th'"]),
    ("It was the central bank's 11th rise since March 2022.",
     figure("11", "rises since March 2022"), []),
    ("Rates were at 5.25% when the Bank raised it for the 15th time in a row.",
     figure("14", "rises in a row"), ["'15th'"]),
    ("Rates were at 5.25% when the Bank raised it for the 14th time in a row.",
     figure("14", "rises in a row"), []),
    # A smaller ordinal may name an earlier item of the series: there are at least so many.
    ("Its ninth rise took the rate to 4%.",
     figure("11", "rises since March 2022"), []),
    ("Its 12th rise took the rate to 5.25%.",
     figure("11", "rises since March 2022"), ["'12th'"]),
    # An ordinal after a preposition names one item, not the last; "first" opens a series.
    ("Growth slowed in the third quarter.", figure("4", "quarters of growth"), []),
    ("It was the Fed's first rise since 2018.", figure("11", "rises since March 2022"), []),
])
def test_the_ordinal_of_the_latest_item_counts_the_items(
        text: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said
