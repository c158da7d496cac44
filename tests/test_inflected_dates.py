"""In a language whose numbers the checks do not read, a sentence tells of a timeline's event
in other forms of its title's words: the past where the title has the present, another case
("Евакуація завершилася 11 червня" of "Завершується активна евакуація"), and is held to its
day."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup


def day_warnings(language: str, title: str, sentence: str) -> list[str]:
    """Return the first line of each warning of a day, for a summary of one sentence beside a
    timeline of two events, the second of them titled so, on 10 June 2023."""
    text = (f"---\ntitle: T\ndek: D\npublished: 2023-07-01\nlanguage: {language}\n---\n\n"
            f"--- summary\n---\n{sentence}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n  - date: 2023-06-06\n    title: {OTHER[language]}\n"
            f"  - date: 2023-06-10\n    title: {title}\n---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            if "the timeline dates" in (line := p.render().split("\n")[0])]


OTHER = {"uk": "Греблю Каховської ГЕС зруйновано", "ru": "Плотину Каховской ГЭС разрушили",
         "pl": "Zapora Kachowskiej elektrowni zniszczona",
         "de": "Der Kachowka-Staudamm wird zerstört"}


@pytest.mark.parametrize(("language", "title", "sentence", "said"), [
    ("uk", "Завершується активна евакуація", "Евакуація завершилася 11 червня.", "11 червня"),
    ("uk", "Завершується активна евакуація", "Активну евакуацію завершили 12 червня.",
     "12 червня"),
    ("uk", "Вода досягає піку в Херсоні", "У Херсоні вода досягла піку 9 червня.", "9 червня"),
    ("ru", "Завершается активная эвакуация", "Эвакуация завершилась 11 июня.", "11 июня"),
    # A day with its ordinal's ending, as Ukrainian and Russian write it.
    ("uk", "Вода досягає піку в Херсоні", "У Херсоні вода досягла піку 7-го червня.",
     "7-го червня"),
    ("ru", "Завершается активная эвакуация", "Эвакуация завершилась 11-го июня.",
     "11-го июня"),
    ("pl", "Woda osiąga szczyt w Chersoniu", "Woda osiągnęła szczyt w Chersoniu 9 czerwca.",
     "9 czerwca"),
])
def test_a_title_s_words_in_other_forms_tell_of_its_event(language: str, title: str,
                                                           sentence: str, said: str) -> None:
    found = day_warnings(language, title, sentence)
    assert len(found) == 1 and f"gives {said}, but the timeline dates '{title}'" in found[0]


@pytest.mark.parametrize(("language", "title", "sentence"), [
    # The event's own day, a bound, or another event's words: no warning.
    ("uk", "Завершується активна евакуація", "Евакуація завершилася 10 червня."),
    ("uk", "Завершується активна евакуація", "Станом на 12 червня евакуація завершилася."),
    ("uk", "Завершується активна евакуація", "Евакуйованих людей повернули додому 12 червня."),
    ("ru", "Завершается активная эвакуация", "Эвакуация завершилась 10 июня."),
])
def test_other_words_or_the_event_s_own_day_are_not_warned_of(language: str, title: str,
                                                              sentence: str) -> None:
    assert day_warnings(language, title, sentence) == []


@pytest.mark.parametrize(("language", "sentence", "said"), [
    # A day in figures with points, as the languages that write the day first write it.
    ("uk", "Греблю Каховської ГЕС зруйнували 05.06.2023.", ["05.06.2023"]),
    ("uk", "Греблю Каховської ГЕС зруйнували 5.06.2023 р.", ["5.06.2023"]),
    ("ru", "Плотину Каховской ГЭС разрушили 05.06.2023.", ["05.06.2023"]),
    ("de", "Der Kachowka-Staudamm wurde am 05.06.2023 zerstört.", ["05.06.2023"]),
    ("uk", "Греблю Каховської ГЕС зруйнували 06.06.2023.", []),
    # Two points and a year make a day; a decimal or a version none.
    ("uk", "Греблю Каховської ГЕС зруйнували за 2.5 години, версія 1.2.3.", []),
])
def test_a_day_in_figures_with_points_is_read(language: str, sentence: str,
                                              said: list[str]) -> None:
    found = day_warnings(language, "Завершується активна евакуація", sentence)
    assert [line.split(" gives ")[1].split(",")[0] for line in found] == said
