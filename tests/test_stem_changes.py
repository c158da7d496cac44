"""A verb whose stem changes or takes an accent between the present of a timeline's title and
the past of the prose is one verb: a day the prose gives otherwise for its event is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.checks.counting import counting_for
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

PAIRS = [
    ("es", "aprueba", "aprobó"), ("es", "aprueban", "aprobaron"), ("es", "anuncia", "anunció"),
    ("es", "anuncian", "anunciaron"), ("es", "pide", "pidió"), ("es", "muere", "murió"),
    ("es", "mueren", "murieron"), ("es", "vuelve", "volvió"), ("es", "cierra", "cerró"),
    ("es", "siente", "sintió"), ("es", "duerme", "durmió"), ("es", "recibe", "recibió"),
    ("pt", "aprova", "aprovou"), ("pt", "morre", "morreu"), ("pt", "pede", "pediu"),
    ("pt", "vende", "vendeu"), ("pt", "decide", "decidiu"),
]


@pytest.mark.parametrize(("language", "present", "past"), PAIRS)
def test_a_verbs_present_and_past_give_one_stem(language: str, present: str,
                                                 past: str) -> None:
    counting = counting_for(language)
    assert counting.content_words(present) == counting.content_words(past)
    assert len(counting.content_words(past)) == 1


@pytest.mark.parametrize(("language", "one", "other"), [
    # A wall is not a death, though "murió" raises the "o" of "morir" to the "u" of "muro";
    # nor does "subió" lower its "u" to the "o" of "sobre" ("sube" keeps it).
    ("es", "muro", "murió"), ("es", "sobra", "subió"), ("es", "guerra", "gorra"),
])
def test_words_of_other_stems_stay_apart(language: str, one: str, other: str) -> None:
    counting = counting_for(language)
    assert not counting.content_words(one) & counting.content_words(other)


def day_warnings(language: str, prose: str, title: str) -> list[str]:
    """Return the day each warning about a day gives, for prose beside a one-event timeline
    dated 5 November 2024."""
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-12-01\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n  - date: 2024-11-05\n    title: {title}\n---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line.split(" gives ")[1].split(", but")[0] for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the timeline dates" in line]


@pytest.mark.parametrize(("language", "prose", "title"), [
    ("es", "El Consejo de Ministros aprobó el {} un paquete de ayudas.",
     "El Consejo de Ministros aprueba un paquete de ayudas"),
    ("es", "El papa murió el {} en Roma.", "El papa muere en Roma"),
    ("es", "El presidente volvió el {} a Valencia.", "El presidente vuelve a Valencia"),
    ("es", "La jueza pidió el {} la detención del alcalde.", "La jueza pide la detención"),
    ("pt", "O papa morreu em {} em Roma.", "O papa morre em Roma"),
    ("pt", "A juíza pediu em {} a prisão do prefeito.", "A juíza pede a prisão do prefeito"),
])
def test_a_day_given_for_the_past_of_a_titles_present_is_held_to_it(
        language: str, prose: str, title: str) -> None:
    month = "noviembre" if language == "es" else "novembro"
    assert day_warnings(language, prose.format(f"6 de {month}"), title) == [f"6 de {month}"]
    assert day_warnings(language, prose.format(f"5 de {month}"), title) == []
