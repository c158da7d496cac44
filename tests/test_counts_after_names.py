"""A count of countries that sums up the names right before it ("Mexico, Guatemala, Honduras
and El Salvador, four countries in all") counts those names: it is a slip if they are not as
many, whatever the country list holds, a selection or the whole."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

NAMES = ("United States", "Singapore", "Mexico", "Guatemala", "Honduras", "El Salvador")


def warned(text: str, complete: bool = False) -> list[str]:
    """Return the warnings of a summary of one sentence (line 8) beside a list of six."""
    front = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n"
    countries = "--- countries\n" + ("" if complete else "complete: false\n") + \
        "countries:\n" + "".join(f"  - {{name: {name}, role: home}}\n" for name in NAMES) + "---\n"
    return warnings_of(f"--- summary\n---\n{text}\n\n" + countries, front)


@pytest.mark.parametrize("complete", [False, True])
@pytest.mark.parametrize(("text", "column", "said", "named"), [
    ("All six were immigrants from Mexico, Guatemala, Honduras and El Salvador, five countries "
     "in all.", 75, "five countries", 4),
    ("They came from Mexico, Guatemala and Honduras, 4 countries in total.", 48, "4 countries",
     3),
])
def test_a_count_after_the_names_it_sums_up_counts_them(text: str, column: int, said: str,
                                                        named: int, complete: bool) -> None:
    assert warned(text, complete) == [
        f"content/x.md:8:{column}: warning: section 'summary' says '{said}' but its sentence "
        f"names {named} countries before it"]


@pytest.mark.parametrize("text", [
    # As many as the names: right, though the list holds six.
    "All six were immigrants from Mexico, Guatemala, Honduras and El Salvador, four countries "
    "in all.",
    "They came from Mexico, Guatemala and Honduras, three countries altogether.",
    # No word of a sum: the count may be of a larger whole the names are part of.
    "Two of the victims came from Mexico and Guatemala, two countries the bridge's crew knew.",
    # The names do not run up to the count: words of another clause between.
    "Mexico, Guatemala and Honduras sent consuls, and the families came from 2 countries in all.",
])
def test_a_count_as_many_as_the_names_or_of_no_names_before_is_silent(text: str) -> None:
    assert warned(text) == []
