"""Each day of a sentence is held to its own clause, and a span's ends to its first and last
events."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

# By language: the two events, and a sentence telling both, each with its day.
SALVAGE = {
    "en": ("Crews bring down the span lying on the ship's bow",
           "The Dali is refloated and towed back to port",
           "On 13 May crews brought down the span lying on the ship's bow, and on {} the Dali "
           "was refloated and towed back to port.", "21 May", "20 May",
           "and on {} officials announced new rules for shipping."),
    "fr": ("Les équipes abattent la travée posée sur la proue du navire",
           "Le Dali est renfloué et remorqué vers le port",
           "Le 13 mai, les équipes abattent la travée posée sur la proue du navire, et le {} le "
           "Dali est renfloué et remorqué vers le port.", "21 mai", "20 mai",
           "et le {} les autorités annoncent de nouvelles règles pour la navigation."),
    "es": ("Los equipos derriban el tramo caído sobre la proa del buque",
           "El Dali es reflotado y remolcado al puerto",
           "El 13 de mayo los equipos derriban el tramo caído sobre la proa del buque, y el {} "
           "el Dali es reflotado y remolcado al puerto.", "21 de mayo", "20 de mayo",
           "y el {} las autoridades anuncian nuevas normas para la navegación."),
    "de": ("Bergungsteams sprengen das Brückenteil auf dem Bug des Schiffes",
           "Die Dali wird freigeschleppt und zurück in den Hafen gebracht",
           "Am 13. Mai sprengen Bergungsteams das Brückenteil auf dem Bug des Schiffes, und am {} "
           "wird die Dali freigeschleppt und zurück in den Hafen gebracht.", "21. Mai", "20. Mai",
           "und am {} kündigen die Behörden neue Regeln für die Schifffahrt an."),
}


def warnings_for(language: str, prose: str, events: list[tuple[str, str]]) -> list[str]:
    """Return the first line of each warning about a day, for a summary beside a timeline."""
    timeline = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in events)
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n{timeline}---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the timeline dates" in line]


def salvage(language: str, day: str, second: str | None = None) -> list[str]:
    """Return the warnings for the salvage's sentence in a language, its second day given."""
    span, refloat, prose, *_ = SALVAGE[language]
    if second is not None:
        prose = prose[:prose.index(second.split("{}")[0] + "{}")] + second
    return warnings_for(language, prose.format(day),
                        [("2024-05-13", span), ("2024-05-20", refloat)])


@pytest.mark.parametrize("language", sorted(SALVAGE))
def test_a_second_day_of_a_sentence_is_held_to_its_own_clause(language: str) -> None:
    span, refloat, prose, slip, _, _ = SALVAGE[language]
    column = prose.format(slip).index(slip) + 1
    assert salvage(language, slip) == [
        f"content/x.md:10:{column}: warning: section 'summary' gives {slip}, but the timeline "
        f"dates '{refloat}' 2024-05-20 (line 17)"]


@pytest.mark.parametrize("language", sorted(SALVAGE))
def test_a_second_day_that_is_its_events_own_is_no_warning(language: str) -> None:
    assert salvage(language, SALVAGE[language][4]) == []


@pytest.mark.parametrize("language", sorted(SALVAGE))
def test_a_second_clause_telling_another_act_is_no_warning(language: str) -> None:
    *_, slip, _, other = SALVAGE[language]
    assert salvage(language, slip, other) == []


# A sentence whose second day follows an "and" that joins two nouns, not two clauses: the day
# is read with the first noun's clause. By language: the events, the sentence, a wrong day.
JOINED = {
    "fr": ([("2019-04-15", "Un incendie détruit la flèche et la toiture de Notre-Dame"),
            ("2024-12-07", "Réouverture de Notre-Dame")],
           "Notre-Dame a rouvert ses portes le 7 décembre 2024, après l'incendie qui avait "
           "détruit sa flèche et {} le {} 2019.", "sa toiture", "16 avril"),
    "en": ([("2019-04-15", "A fire destroys the spire and roof of Notre-Dame"),
            ("2024-12-07", "Notre-Dame reopens")],
           "Notre-Dame reopened on 7 December 2024, after the fire that destroyed its spire "
           "and {} on {} 2019.", "its roof", "16 April"),
}


@pytest.mark.parametrize("language", sorted(JOINED))
def test_a_day_after_an_and_of_two_nouns_is_read_with_the_first(language: str) -> None:
    events, prose, noun, slip = JOINED[language]
    said = prose.format(noun, slip)
    assert warnings_for(language, said, events) == [
        f"content/x.md:10:{said.index(slip) + 1}: warning: section 'summary' gives {slip} "
        f"2019, but the timeline dates '{events[0][1]}' 2019-04-15 (line 15)"]
    # Its own day is right; and an "and" before words the event's title has none of joins a
    # clause of something else, whose day is its own.
    right = "15 avril" if language == "fr" else "15 April"
    assert warnings_for(language, prose.format(noun, right), events) == []
    other = "la tour sud" if language == "fr" else "the south tower"
    assert warnings_for(language, prose.format(other, slip), events) == []


VOTE = [("2024-03-16", "The Election Commission announces the dates of the vote"),
        ("2024-04-20", "The first of seven phases of voting begins"),
        ("2024-06-02", "Voting ends"),
        ("2024-06-04", "The votes are counted")]


@pytest.mark.parametrize("span", ["from {} to {} 2024", "between {} and {} 2024",
                                  "{}\u2013{} 2024", "{} - {} 2024"])
def test_a_span_of_days_is_held_to_its_first_and_last_events(span: str) -> None:
    prose = f"Voters cast their ballots in seven phases {span.format('19 April', '1 June')}."
    first, last = prose.index("19 April") + 1, prose.index("1 June") + 1
    assert warnings_for("en", prose, VOTE) == [
        f"content/x.md:10:{first}: warning: section 'summary' gives 19 April, but the "
        "timeline dates 'The first of seven phases of voting begins' 2024-04-20 (line 17)",
        f"content/x.md:10:{last}: warning: section 'summary' gives 1 June 2024, but the "
        "timeline dates 'Voting ends' 2024-06-02 (line 19)"]
    true = prose.replace("19 April", "20 April").replace("1 June", "2 June")
    assert warnings_for("en", true, VOTE) == []


@pytest.mark.parametrize(("language", "prose", "events"), [
    ("fr", "Les électeurs votent en sept phases du 19 avril au 1er juin 2024.",
     [("2024-04-20", "La première des sept phases du vote commence"),
      ("2024-06-02", "Le vote se termine")]),
    ("es", "Los electores votan en siete fases del 19 de abril al 1 de junio de 2024.",
     [("2024-04-20", "Comienza la primera de las siete fases de la votación"),
      ("2024-06-02", "Termina la votación")]),
    ("de", "Die Wähler stimmen in sieben Phasen vom 19. April bis zum 1. Juni 2024 ab.",
     [("2024-04-20", "Die erste von sieben Phasen der Wahl beginnt"),
      ("2024-06-02", "Die Wahl endet")]),
])
def test_a_span_is_read_in_other_languages(language: str, prose: str,
                                           events: list[tuple[str, str]]) -> None:
    found = warnings_for(language, prose, events)
    assert len(found) == 2 and "2024-04-20" in found[0] and "2024-06-02" in found[1], found


def test_a_span_whose_titles_say_no_start_and_end_is_no_warning() -> None:
    events = [("2024-04-20", "Voters in 102 constituencies cast their ballots in a phase"),
              ("2024-06-02", "Voters in 57 constituencies cast their ballots in a phase")]
    prose = "Voters cast their ballots in seven phases from 19 April to 1 June 2024."
    assert warnings_for("en", prose, events) == []


def test_a_span_of_another_thing_than_its_events_is_no_warning() -> None:
    prose = "Heat waves struck the north from 19 April to 1 June 2024."
    assert warnings_for("en", prose, VOTE) == []
