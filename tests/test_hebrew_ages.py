"""Ages in Hebrew: "בגיל 75" or "בן 75" that the birth and the timeline's day make otherwise
are warned of by `check`; the right age, and a body "בת 120 חברים" (of 120 members), are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings

BORN = "נתניהו, שנולד ב-21 באוקטובר 1949, הושבע לראש הממשלה ב-29 בדצמבר 2022"


def explainer(summary: str) -> str:
    """Return an explainer in Hebrew with a summary and the day its sentence tells."""
    return ("---\ntitle: T\ndek: D.\npublished: 2023-01-05\nlanguage: he\n---\n\n"
            f"--- summary\n---\n{summary}\n\n--- timeline\nsource: https://example.org/\n"
            "events:\n  - date: 2022-12-29\n    title: נתניהו מושבע לראש הממשלה\n---\n")


@pytest.mark.parametrize(("summary", "warned"), [
    (f"{BORN}, בגיל 75.", "gives the age 75 on 2022-12-29"),
    (f"{BORN}, בגיל 73.", None),
    ("נתניהו נולד ב-21 באוקטובר 1949. ב-29 בדצמבר 2022 הושבע לראש הממשלה, כשהוא בן 75.",
     "but a birth on 1949-10-21 (section 'summary', line 10) makes it 73"),
    ("נתניהו נולד ב-21 באוקטובר 1949. ב-29 בדצמבר 2022 הושבע לראש הממשלה, כשהוא בן 73.",
     None),
    # A count of members after "בת" is no age.
    (f"{BORN}, ובכנסת, בת 120 חברים, תמכו בו 63.", None),
])
def test_an_age_the_dates_make_otherwise_warns(make_site: Callable[..., Path], summary: str,
                                               warned: str | None) -> None:
    found = explainer_warnings(make_site, "x.md", explainer(summary))
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and warned in found[0], found
