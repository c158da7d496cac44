"""A rising toll: a level the text dates to a day, before a timeline event that gives a later
level of its unit, is that day's, not held against the key figure; a level without a day, or
of a day no later event overtakes, still is."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-08-30\nlanguage: {}\n---\n"
STORY = {  # the toll's label, its events in May and August; the river's peak, its label
    "pt-BR": ("mortos na enchente", "A Defesa Civil confirma 169 mortos",
              "A Defesa Civil confirma 183 mortos", "5,35 metros", "pico do Guaíba"),
    "it": ("morti dell'alluvione", "La Protezione civile conta 169 morti",
           "La Protezione civile conta 183 morti", "5,35 metri", "picco del Po"),
    "en": ("people killed by the floods", "Officials count 169 people killed",
           "Officials count 183 people killed", "5.35 metres", "peak of the river"),
}


def story(language: str, text: str) -> str:
    """Return a story of floods in a language, whose toll rose through May to 183 in August,
    and whose river peaked on 5 May, with a text as its summary."""
    label, may, august, peak, river = STORY[language]
    return (FRONT.format(language) + f"\n--- summary\n---\n{text}\n\n--- figures\nfigures:\n"
            f'  - value: "183"\n    label: {label}\n  - value: {peak}\n'
            f"    label: {river}\n---\n\n--- timeline\n"
            "source: https://example.org/bulletins\nevents:\n"
            f"  - date: 2024-05-05\n    title: {river}, {peak}\n"
            f"  - date: 2024-05-31\n    title: {may}\n"
            f"  - date: 2024-08-20\n    title: {august}\n---\n")


@pytest.mark.parametrize(("language", "text"), [
    ("pt-BR", "Em 10 de maio, a enchente já deixara 126 mortos."),
    ("pt-BR", "A enchente deixou 169 mortos até 31 de maio de 2024."),
    ("it", "Al 10 maggio, l'alluvione aveva fatto 126 morti."),
    ("it", "L'alluvione aveva fatto 169 morti entro il 31 maggio."),
    ("en", "By 10 May, the floods had killed 126 people."),
])
def test_a_level_of_an_earlier_day_is_history(language: str, text: str) -> None:
    assert stated(warnings_of("", story(language, text))) == []


@pytest.mark.parametrize(("language", "text", "said"), [
    # No day: the level now.
    ("pt-BR", "A enchente deixou 185 mortos.", ["'185 mortos'"]),
    ("it", "L'alluvione ha fatto 185 morti.", ["'185 morti'"]),
    # The day of the last level, or a later time after an earlier day.
    ("pt-BR", "A enchente deixou 184 mortos em 20 de agosto.", ["'184 mortos'"]),
    ("pt-BR", "A enchente deixou 126 mortos em 10 de maio; hoje, são 185 mortos na enchente.",
     ["'185 mortos'"]),
    ("en", "By 10 May the floods had killed 126 people; now the floods have killed 185 people.",
     ["'185 people'"]),
])
def test_a_level_no_later_event_overtakes_is_compared(language: str, text: str,
                                                      said: list[str]) -> None:
    assert stated(warnings_of("", story(language, text))) == said


def test_a_measure_of_a_past_day_that_no_later_event_gives_is_compared() -> None:
    # The river peaked on 5 May, and no later event gives another level in metres.
    text = "Em 5 de maio, o pico do Guaíba foi de 5,53 metros."
    assert stated(warnings_of("", story("pt-BR", text))) == ["'5,53 metros'"]


ELECTION = (FRONT.format("es") + "\n--- summary\n---\n{}\n\n--- figures\nfigures:\n"
            "  - value: 55,7 %\n    label: de los votos en la segunda vuelta\n---\n\n"
            "--- timeline\nsource: https://example.org/dine\nevents:\n"
            "  - date: 2023-11-19\n    title: Milei gana la segunda vuelta\n"
            "  - date: 2023-12-12\n    title: {}\n---\n")


@pytest.mark.parametrize(("later", "said"), [
    # A later percentage of another thing overtakes no share of the votes.
    ("Caputo anuncia una devaluación del 54 %", ["'56,7 %'"]),
    # A later count of the votes, with their share, does.
    ("El escrutinio definitivo da un 55,7 % de los votos", []),
])
def test_a_later_percentage_overtakes_only_a_level_of_its_label(later: str,
                                                               said: list[str]) -> None:
    text = "Milei ganó la segunda vuelta del 19 de noviembre de 2023 con el 56,7 % de los votos."
    assert stated(warnings_of("", ELECTION.format(text, later))) == said


STRIKE = (FRONT.format("en").replace("2024-08-30", "2024-11-30")
          + "\n--- summary\n---\n{}\n\n--- figures\nfigures:\n"
          "  - value: 38%\n    label: pay rise over four years in the final contract\n---\n\n"
          "--- timeline\nsource: https://example.org/strike\nevents:\n"
          "  - date: 2024-09-13\n    title: The strike begins\n"
          "  - date: 2024-10-23\n    title: {}\n---\n")


@pytest.mark.parametrize(("later", "said"), [
    # A pay raise, as American English has it, is a pay rise: a later level of the label's.
    ("Members reject a second offer, of a 35% raise", []),
    ("Members reject a second offer, of a 35% rise", []),
    # A later percentage of another thing is none.
    ("Boeing cuts 10% of its workforce", ["'25%'"]),
])
def test_a_raise_and_a_rise_are_one_thing(later: str, said: list[str]) -> None:
    text = "On 13 September 2024 members rejected a contract offering a 25% pay rise."
    assert stated(warnings_of("", STRIKE.format(text, later))) == said
