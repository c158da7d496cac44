"""A figure's label that names one item of a numbered series ("revenue in the third quarter")
is not what a sentence gives of another item ("up 122% in the second quarter", "Q2", "rises of
earlier quarters (122% in the second)"): quarterly results, rounds of a vote and phases of a
plan tell each item's level side by side. A sentence of the label's own item, or of none,
that gives another value still warns, at its file:line:col."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_checks import warnings_of

EARNINGS = """\
---
title: A chipmaker's record quarter
dek: Demand for chips lifted revenue.
published: 2024-11-21
---

--- summary
---
Revenue rose 94% from a year earlier to $35.1 billion in the third quarter.

--- takeaways
takeaways:
  - {takeaway}
---

--- figures
figures:
  - value: 94%
    label: {label}
---
"""

FRENCH = """\
---
title: Un trimestre record
dek: La demande de puces a porté le chiffre d'affaires.
published: 2024-11-21
language: fr
---

--- summary
---
Le chiffre d'affaires a progressé de 94 % au troisième trimestre.

--- takeaways
takeaways:
  - {takeaway}
---

--- figures
figures:
  - value: 94 %
    label: hausse du chiffre d'affaires au troisième trimestre
---
"""

THIRD = "rise in revenue in the third quarter"


def warnings(make_site: Callable[..., Path], text: str) -> list[str]:
    """Return the first lines of the warnings `check` prints for one explainer."""
    root = make_site({"content/results.md": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


@pytest.mark.parametrize("takeaway", [
    "Revenue rose 122% in the second quarter.",
    "Second-quarter revenue was up 122%.",
    "Growth is slowing from the rises of earlier quarters (122% in the second).",
    "Revenue rose 122% in Q2.",
])
def test_another_item_of_the_series_is_no_slip(make_site: Callable[..., Path],
                                               takeaway: str) -> None:
    assert warnings(make_site, EARNINGS.format(takeaway=takeaway, label=THIRD)) == []


@pytest.mark.parametrize(("takeaway", "label"), [
    ("Revenue rose 49% in the third quarter.", THIRD),  # the label's own item
    ("Third-quarter revenue was up 49%.", THIRD),
    ("Revenue rose 49% in the quarter.", THIRD),  # no item named
    ("Revenue rose 49% in the second quarter.", "rise in revenue"),  # the label names none
])
def test_the_same_item_given_otherwise_warns(make_site: Callable[..., Path], takeaway: str,
                                             label: str) -> None:
    found = warnings(make_site, EARNINGS.format(takeaway=takeaway, label=label))
    column = len("  - ") + takeaway.index("49%") + 1
    assert found == [f"content/results.md:13:{column}: warning: takeaway says '49%' but the key "
                     f"figure '{label}' (line 18) says '94%'"]


def test_french_ordinals_name_the_item_too(make_site: Callable[..., Path]) -> None:
    other = "Le chiffre d'affaires a progressé de 122 % au deuxième trimestre."
    assert warnings(make_site, FRENCH.format(takeaway=other)) == []
    slip = "Le chiffre d'affaires a progressé de 49 % au troisième trimestre."
    found = warnings(make_site, FRENCH.format(takeaway=slip))
    assert len(found) == 1 and found[0].startswith("content/results.md:14:"), found


ROMANIAN = """\
---
title: Anularea alegerilor
dek: Curtea a anulat alegerile.
published: 2024-12-10
language: ro
---

--- summary
---
Curtea Constituțională a anulat alegerile pe 6 decembrie 2024.

--- takeaways
takeaways:
  - {takeaway}
---

--- figures
figures:
  - value: 2 zile
    label: rămase până la turul al doilea când Curtea a anulat alegerile
---
"""


def test_romanian_ordinals_name_the_item_on_either_side_of_the_noun(
        make_site: Callable[..., Path]) -> None:
    other = "Curtea a anulat alegerile la 12 zile după primul tur."
    assert warnings(make_site, ROMANIAN.format(takeaway=other)) == []
    slip = "Curtea a anulat alegerile la 12 zile după al doilea tur."  # the label's own item
    found = warnings(make_site, ROMANIAN.format(takeaway=slip))
    assert len(found) == 1 and found[0].startswith("content/results.md:14:") \
        and "says '12 zile'" in found[0], found


@pytest.mark.parametrize(("sentence", "warned"), [
    # An earlier item of a series, by its ordinal, beside a label of the last one.
    ("Boeing's second offer, a 35% raise over four years, was rejected on 23 October.", False),
    # The last item, or one named by no ordinal, is the label's.
    ("Boeing's final offer, a 35% raise over four years, was accepted on 4 November.", True),
    ("The final contract gives a 35% raise over four years.", True),
])
def test_an_earlier_item_by_its_ordinal_is_not_the_last_ones(sentence: str,
                                                             warned: bool) -> None:
    found = warnings_of(f"--- summary\n---\n{sentence}\n\n--- figures\nfigures:\n"
                        "  - value: 38%\n    label: pay rise over four years in the final "
                        "contract\n---\n")
    assert any("says '35%'" in line for line in found) == warned
