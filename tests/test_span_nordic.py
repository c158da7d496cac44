"""A Swedish, Danish or Norwegian span between two days that the timeline measures otherwise
is a warning, as newsrooms in those languages write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup


def events_of(*events: tuple[str, str]) -> str:
    """Return a timeline section of some events, each a date and a title."""
    return ("\n--- timeline\nsource: https://example.org/\nevents:\n"
            + "".join(f"  - date: {date}\n    title: {title}\n" for date, title in events)
            + "---\n")


def span_warnings(prose: str, language: str, timeline: str) -> list[str]:
    """Return the first line of each warning about a span, for a summary."""
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-06-01\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n" + timeline)
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if " says " in line]


NATO = events_of(("2024-02-26", "Ungerns parlament godkänner ansökan"),
                 ("2024-03-07", "Sverige blir medlem i Nato"))
THRONE = events_of(("2023-12-31", "Dronningen meddeler sin abdikation i nytårstalen"),
                   ("2024-01-14", "Frederik 10. udråbes til konge"))
TRIAL = events_of(("2012-04-16", "Rettssaken starter i Oslo tingrett"),
                  ("2012-08-24", "Dom i Oslo tingrett"))


@pytest.mark.parametrize(("language", "timeline", "wrong", "said", "right"), [
    ("sv", NATO, "Ungerns parlament röstade ja den 26 februari 2024. 9 dagar senare, den "
     "7 mars 2024, blev Sverige medlem.", "says 9 dagar after 26 februari 2024 (2024-02-26), "
     "but it gives 7 mars 2024, 10 days after", "Ungerns parlament röstade ja den 26 februari "
     "2024. 10 dagar senare, den 7 mars 2024, blev Sverige medlem."),
    ("da", THRONE, "Dronningen meddelte sin beslutning den 31. december 2023. 15 dage senere, "
     "søndag den 14. januar 2024, blev Frederik konge.", "says 15 dage after 31. december 2023 "
     "(2023-12-31), but it gives 14. januar 2024, 14 days after", "Dronningen meddelte sin "
     "beslutning den 31. december 2023. 14 dage senere, søndag den 14. januar 2024, blev "
     "Frederik konge."),
    ("nb", TRIAL, "Dommen falt fredag 24. august 2012. Tre måneder tidligere, 16. april 2012, "
     "startet rettssaken.", "says Tre måneder before 24. august 2012 (2012-08-24), but it "
     "gives 16. april 2012", "Dommen falt fredag 24. august 2012. Fire måneder tidligere, "
     "16. april 2012, startet rettssaken."),
])
def test_a_nordic_span_is_held_to_the_days_it_joins(language: str, timeline: str, wrong: str,
                                                     said: str, right: str) -> None:
    """"Nio dagar senare, den 7 mars 2024" is measured from the day the sentence before
    gives; the right count is silent."""
    found = span_warnings(wrong, language, timeline)
    assert len(found) == 1 and said in found[0], found
    assert span_warnings(right, language, timeline) == []
