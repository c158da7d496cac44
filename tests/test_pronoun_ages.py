"""An age told of a pronoun, "He was 35.", is the person's where the sentence before, or an
answer's question, names them and no one else."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_apposed_ages import LIVES, messi_warnings


@pytest.mark.parametrize(("language", "prose"), [
    ("en", "Messi lifted the trophy on 18 December 2022. He was {}."),
    ("en", "On 18 December 2022 Lionel Messi lifted the trophy. He was then {}, and wept."),
    ("fr", "Le 18 décembre 2022, Messi a soulevé le trophée. Il avait {} ans."),
    ("de", "Am 18. Dezember 2022 hob Messi den Pokal. Er war {}."),
    ("es", "El 18 de diciembre de 2022 Messi levantó el trofeo. Tenía {} años."),
])
def test_an_age_told_of_a_pronoun_is_the_persons_the_sentence_before_names(
        language: str, prose: str) -> None:
    assert len(messi_warnings(prose.format(36), language)) == 1
    assert messi_warnings(prose.format(35), language) == []


def test_an_age_told_of_a_pronoun_is_warned_of_at_its_line_and_column() -> None:
    assert messi_warnings("Messi lifted the trophy on 18 December 2022. He was 36.") == [
        "content/x.md:10:46: warning: section 'summary' gives the age 36 on 2022-12-18 "
        "('Argentina beat France in the final', line 17), but a birth on 1987-06-24 ('Lionel "
        "Messi is born in Rosario', line 15) makes it 35"]


@pytest.mark.parametrize("prose", [
    "Kylian Mbappé scored three on 18 December 2022. He was 36.",
    "Messi passed to Di María on 18 December 2022. He was 36.",
    "Messi lifted the trophy on 18 December 2022. He was 36 when he first played.",
    "Messi lifted the trophy on 18 December 2022. She was 36 points behind.",
    "Messi lifted the trophy on 18 December 2022.\n\nHe was 36.",
])
def test_a_pronoun_of_someone_else_or_a_number_of_no_age_is_quiet(prose: str) -> None:
    assert messi_warnings(prose) == []


@pytest.mark.parametrize(("language", "two", "one"), [
    ("de", "Am 18. Dezember 2022 trafen Messi und Mbappé. Er war {}.",
     "Am 18. Dezember 2022 traf Messi. Er war {}."),
    ("de", "Am 18. Dezember 2022 trafen Mbappé und Messi. Er war {}.",
     "Am 18. Dezember 2022 traf nur Messi. Er war {}."),
    ("en", "Mbappé and Messi scored on 18 December 2022. He was {}.",
     "Messi scored on 18 December 2022. He was {}."),
    ("es", "El 18 de diciembre de 2022 Mbappé y Messi marcaron. Tenía {} años.",
     "El 18 de diciembre de 2022 Messi marcó. Tenía {} años."),
])
def test_a_pronoun_after_two_people_joined_by_and_is_neither_s(language: str, two: str,
                                                                one: str) -> None:
    assert messi_warnings(two.format(36), language) == []
    assert len(messi_warnings(one.format(36), language)) == 1
    assert messi_warnings(one.format(35), language) == []


@pytest.mark.parametrize(("language", "prose"), [
    ("en", "Messi lifted the trophy. He was {} on 18 December 2022."),
    ("en", "Messi debuted in 2005. He was {} on December 18, 2022, and wept."),
    ("de", "Messi hob den Pokal. Er war {} am 18. Dezember 2022."),
    ("fr", "Messi a soulevé le trophée. Il avait {} ans le 18 décembre 2022."),
    ("es", "Messi levantó el trofeo. Tenía {} años el 18 de diciembre de 2022."),
])
def test_an_age_told_of_a_pronoun_is_read_before_its_day(language: str, prose: str) -> None:
    assert len(messi_warnings(prose.format(36), language)) == 1
    assert messi_warnings(prose.format(35), language) == []


def test_an_age_told_of_a_pronoun_before_no_day_is_quiet() -> None:
    assert messi_warnings("Messi lifted the trophy on 18 December 2022. He was 36 on his "
                          "debut.") == []


def answer_warnings(question: str, answer: str) -> list[str]:
    """Return the first line of each age warning of a question and its answer beside
    Messi's timeline."""
    events = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in LIVES["en"])
    text = ("---\ntitle: Lionel Messi\ndek: A life.\npublished: 2024-02-01\nlanguage: en\n"
            f"---\n\n--- questions\nquestions:\n  - question: {question}\n    answer: {answer}"
            f"\n---\n\n--- timeline\nsource: https://example.org/\nevents:\n{events}---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [p.render().split("\n")[0] for p in check_explainer(explainer)
            if "gives the age" in p.message]


def test_an_answer_reads_its_pronoun_and_day_from_its_question() -> None:
    asked = "How old was Messi on 18 December 2022?"
    assert answer_warnings(asked, "He was 36, and played his 26th match.") == [
        "content/x.md:11:13: warning: an answer gives the age 36 on 2022-12-18 ('Argentina "
        "beat France in the final', line 19), but a birth on 1987-06-24 ('Lionel Messi is "
        "born in Rosario', line 17) makes it 35"]
    assert answer_warnings(asked, "He was 35, and played his 26th match.") == []
    assert answer_warnings("How old was Mbappé on 18 December 2022?", "He was 36.") == []
