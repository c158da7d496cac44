"""Spans of days in Ukrainian and Hebrew: "через три дні після того, як...", "три дні по
тому", "כעבור שלושה ימים", "שלושה ימים לאחר ש..." that the timeline measures otherwise are
warned of by `check`, and the right count beside the same words is silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings

DAM = (("2023-06-06", "Греблю Каховської ГЕС зруйновано"),
       ("2023-06-08", "Зеленський приїхав на затоплену Херсонщину"))
KNESSET = (("2022-11-13", "הרצוג מטיל על נתניהו את הרכבת הממשלה"),
           ("2022-11-15", "הכנסת ה-25 מושבעת"))


def explainer(language: str, summary: str, events: tuple[tuple[str, str], ...]) -> str:
    """Return an explainer in a language with a summary and a timeline of two events."""
    timeline = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in events)
    return (f"---\ntitle: T\ndek: D.\npublished: 2023-07-01\nlanguage: {language}\n---\n\n"
            f"--- summary\n---\n{summary}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n{timeline}---\n")


CASES = [
    # A span after the event named after "після".
    ("uk", DAM, "Зеленський приїхав на затоплену Херсонщину через {} після того, як було "
     "зруйновано греблю Каховської ГЕС.", "два дні", "три дні"),
    # "по тому": from the day the sentence before gives.
    ("uk", DAM, "Греблю Каховської ГЕС зруйновано 6 червня. {} по тому Зеленський приїхав на "
     "затоплену Херсонщину.", "Два дні", "Три дні"),
    # "כעבור" before the count: from the day the sentence before gives; a dual counts two.
    ("he", KNESSET, "הרצוג הטיל על נתניהו את הרכבת הממשלה ב-13 בנובמבר. כעבור {}, ב-15 "
     "בנובמבר, הושבעה הכנסת ה-25.", "יומיים", "שלושה ימים"),
    # "לאחר" after the count, the event named after it.
    ("he", KNESSET, "הכנסת ה-25 הושבעה {} לאחר שהרצוג הטיל על נתניהו את הרכבת הממשלה.",
     "יומיים", "שלושה ימים"),
]


@pytest.mark.parametrize(("language", "events", "prose", "right", "wrong"), CASES)
def test_a_span_the_timeline_measures_otherwise_warns(
        make_site: Callable[..., Path], language: str, events: tuple[tuple[str, str], ...],
        prose: str, right: str, wrong: str) -> None:
    silent = explainer_warnings(make_site, "x.md", explainer(language, prose.format(right),
                                                             events))
    assert silent == []
    found = explainer_warnings(make_site, "y.md", explainer(language, prose.format(wrong),
                                                            events))
    assert len(found) == 1 and " says " in found[0] and wrong in found[0], found
    assert f"'{events[1][1]}' {events[1][0]}, 2 days after" in found[0], found
