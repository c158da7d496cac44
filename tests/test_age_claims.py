"""An age the text ties to a day of the timeline that the birth makes another is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

FRONT = "---\ntitle: {title}\ndek: A life.\npublished: {published}\nlanguage: {language}\n---\n"
EVENTS = {
    "en": [("{born}", "Princess Elizabeth is born in London"),
           ("1952-02-06", "She becomes queen on the death of her father"),
           ("2022-09-08", "She dies at Balmoral Castle")],
    "de": [("1945-09-11", "Franz Beckenbauer wird in München geboren"),
           ("1990-07-08", "Als Teamchef gewinnt er die Weltmeisterschaft"),
           ("2024-01-07", "Franz Beckenbauer stirbt")],
    "fr": [("1926-04-21", "Naissance d'Elizabeth à Londres"),
           ("2022-09-08", "Elle meurt à Balmoral")],
    "es": [("1926-04-21", "Nace Isabel en Londres"),
           ("2022-09-08", "Muere en Balmoral")],
}
TITLES = {"en": "Queen Elizabeth II, 1926–2022", "de": "Franz Beckenbauer, 1945–2024",
          "fr": "Élisabeth II, 1926–2022", "es": "Isabel II, 1926–2022"}


def age_warnings(prose: str, language: str = "en", born: str = "1926-04-21",
                 events: str = "", birth: bool = True) -> list[str]:
    """Return the first line of each warning about an age, for a summary beside a life's
    timeline in a language (without its birth, for birth=False)."""
    timeline = [(day.format(born=born), title) for day, title in EVENTS[language]]
    return life_warnings(prose, language, TITLES[language], timeline[0 if birth else 1:],
                         events)


def life_warnings(prose: str, language: str, title: str, timeline: list[tuple[str, str]],
                  events: str = "") -> list[str]:
    """Return the first line of each warning about an age, for a summary beside a timeline
    of (day, title) events in a language, and the events written out after them."""
    listed = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in timeline)
    text = (FRONT.format(title=title, published="2024-02-01", language=language)
            + f"\n--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n{listed}{events}---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [p.render().split("\n")[0] for p in check_explainer(explainer)
            if "gives the age" in p.message]


def test_an_age_the_dates_make_otherwise_is_a_warning_at_its_line_and_column() -> None:
    assert age_warnings("A long life.\nShe died at Balmoral on 8 September 2022 aged 97.") == [
        "content/x.md:11:42: warning: section 'summary' gives the age 97 on 2022-09-08 ('She "
        "dies at Balmoral Castle', line 20), but a birth on 1926-04-21 ('Princess Elizabeth is "
        "born in London', line 16) makes it 96"]


@pytest.mark.parametrize(("language", "prose"), [
    ("en", "She became queen on 6 February 1952, at the age of 26."),
    ("en", "On 8 September 2022 the Queen died at 95."),
    ("en", "Elizabeth II died aged 95 on 8 September 2022."),
    ("de", "Franz Beckenbauer ist am 7. Januar 2024 im Alter von 79 Jahren gestorben."),
    ("de", "Er starb am 7. Januar 2024 mit 77 Jahren."),
    ("fr", "Elle est morte le 8 septembre 2022 à 95 ans."),
    ("fr", "Elle est morte le 8 septembre 2022 à l’âge de 97 ans."),
    ("es", "Murió el 8 de septiembre de 2022 a los 95 años."),
])
def test_an_age_is_read_as_the_explainers_language_writes_it(language: str,
                                                            prose: str) -> None:
    assert len(age_warnings(prose, language)) == 1


@pytest.mark.parametrize(("language", "prose"), [
    ("en", "She became queen on 6 February 1952, at the age of 25."),
    ("en", "Elizabeth II died at Balmoral on 8 September 2022 aged 96, after a reign of 70 "
           "years and 214 days."),
    ("de", "Franz Beckenbauer ist am 7. Januar 2024 im Alter von 78 Jahren gestorben."),
    ("de", "Er starb am 7. Januar 2024 mit 78 Jahren."),
    ("fr", "Elle est morte le 8 septembre 2022 à 96 ans, après 70 ans de règne."),
    ("es", "Murió el 8 de septiembre de 2022 a los 96 años."),
])
def test_an_age_the_dates_give_is_quiet(language: str, prose: str) -> None:
    assert age_warnings(prose, language) == []


@pytest.mark.parametrize(("language", "prose"), [
    ("en", "She became queen on 6 February 1952 aged 25, when her father, King George VI, "
           "died aged 56."),
    ("en", "On 8 September 2022, when King Charles III became king at 73, she had died."),
    ("de", "Am 8. Juli 1990, als sein Trainer mit 60 Jahren jubelte, gewann er."),
    ("en", "On 8 September 2022 the 96-year-old bridge at Balmoral was closed."),
    ("en", "On 8 September 2022 a reign of 70 years ended."),
    ("es", "El 8 de septiembre de 2022 terminaron a los 70 años de reinado."),
])
def test_an_age_of_someone_or_something_else_is_quiet(language: str, prose: str) -> None:
    assert age_warnings(prose, language) == []


def test_without_a_known_birth_an_age_is_not_checked() -> None:
    assert age_warnings("She died on 8 September 2022 aged 97.", birth=False) == []


def test_a_birth_the_text_gives_is_the_persons() -> None:
    prose = "Elizabeth was born on 21 April 1926.\n\nShe died on 8 September 2022 aged 9{}."
    assert len(age_warnings(prose.format(7), birth=False)) == 1
    assert age_warnings(prose.format(6), birth=False) == []


def test_a_birth_known_to_the_year_leaves_a_year_of_room() -> None:
    prose = "She became queen on 6 February 1952, aged {}."
    assert age_warnings(prose.format(25), born="1926") == []
    assert age_warnings(prose.format(26), born="1926") == []
    assert age_warnings(prose.format(27), born="1926") == [
        "content/x.md:10:38: warning: section 'summary' gives the age 27 on 1952-02-06 ('She "
        "becomes queen on the death of her father', line 17), but a birth on 1926 ('Princess "
        "Elizabeth is born in London', line 15) makes it 25 or 26"]


def test_an_events_own_text_gives_an_age_on_its_day() -> None:
    own = "    text: She died aged {}.\n"
    events = "  - date: 2022-09-19\n    title: The state funeral is held\n"
    wrong = age_warnings("A long life.", events=events + "  - date: 2022-09-20\n"
                         "    title: She is buried\n" + own.format(97))
    assert wrong == ["content/x.md:23: warning: the event's text gives the age 97 on "
                     "2022-09-20 ('She is buried', line 23), but a birth on 1926-04-21 "
                     "('Princess Elizabeth is born in London', line 15) makes it 96"]
    other = "  - date: 2021-04-09\n    title: Prince Philip dies at Windsor\n" \
        "    text: He died at 99.\n"
    assert age_warnings("A long life.", events=other) == []
    assert age_warnings("A long life.", events=events + "  - date: 2022-09-20\n"
                        "    title: She is buried\n" + own.format(96)) == []
