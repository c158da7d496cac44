"""A night named by the morning it ends on ("в ночь на 25 марта", the night from 24 to 25
March) may be an event the timeline dates the day before: no warning, in the prose or in a
display_date; a night that ends on no day near the event's is still a slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_date_claims import day_warnings

ARREST = ("--- timeline\nsource: https://example.org/\nevents:\n"
          "  - date: 2024-03-22\n    title: Нападение на концертный зал\n"
          "  - date: 2024-03-24\n    title: Суд арестовал подозреваемых{shown}\n---\n")
ARRESTS = {"ru": ARREST, "uk": ARREST.replace("Нападение на концертный зал",
                                              "Напад на концертну залу").replace(
    "Суд арестовал подозреваемых", "Суд заарештував підозрюваних")}


def front(language: str) -> str:
    """Return the front matter of an explainer in a language."""
    return f"---\ntitle: T\ndek: D\npublished: 2024-04-01\nlanguage: {language}\n---\n\n"


@pytest.mark.parametrize(("language", "prose", "warned"), [
    ("ru", "В ночь на 25 марта суд арестовал подозреваемых на два месяца.", []),
    ("ru", "Суд арестовал подозреваемых в ночь на 25 марта.", []),
    ("uk", "У ніч на 25 березня суд заарештував підозрюваних.", []),
    # The night ends on a day two after the event's: a slip, as is a day without the night.
    ("ru", "В ночь на 26 марта суд арестовал подозреваемых на два месяца.", ["26 марта"]),
    ("ru", "Суд арестовал подозреваемых 25 марта.", ["25 марта"]),
    ("uk", "У ніч на 26 березня суд заарештував підозрюваних.", ["26 березня"]),
])
def test_a_night_named_by_its_morning_may_be_the_day_before(
        language: str, prose: str, warned: list[str]) -> None:
    found = day_warnings(front(language) + f"--- summary\n---\n{prose}\n\n"
                         + ARRESTS[language].format(shown=""))
    assert [line.split(" gives ")[1].split(",")[0] for line in found] == warned


@pytest.mark.parametrize(("shown", "warned"), [
    ("ночь на 25 марта 2024 года", False),
    ("ночь на 26 марта 2024 года", True),
    ("25 марта 2024 года", True),
])
def test_a_display_date_naming_the_night_after_its_date_is_no_slip(
        shown: str, warned: bool) -> None:
    text = front("ru") + ARREST.format(shown=f"\n    display_date: {shown}")
    explainer, _ = read_explainer(split_source(text, Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None
    assert any("display_date" in p.message for p in check_explainer(explainer)) == warned
