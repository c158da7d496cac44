"""A span measured from an event named by the noun of its title's act ("two days after the
declaration" of "Independence declared") is held to the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_span_claims import span_warnings

CATALONIA = """
--- timeline
source: https://example.org/
events:
  - date: 2017-10-01
    title: Catalonia holds an independence referendum
  - date: 2017-10-27
    title: Independence declared
  - date: 2017-10-30
    title: Puigdemont travels to Brussels
---
"""
OHIO = """
--- timeline
source: https://example.org/
events:
  - date: 2023-02-03
    title: Train derails in East Palestine
  - date: 2023-02-06
    title: Crews burn vinyl chloride
---
"""
STRIKE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-05-02
    title: The Writers Guild goes on strike
  - date: 2023-07-14
    title: Actors join the strike
---
"""
PARLIAMENT = """
--- timeline
source: https://example.org/
events:
  - date: 2024-07-04
    title: Labour is elected
  - date: 2024-07-17
    title: The King opens Parliament
  - date: 2024-11-05
    title: The chancellor resigns
---
"""
VOTE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-10-02
    title: Early voting opens
  - date: 2023-10-14
    title: Australians vote No
---
"""
TWO_VOTES = """
--- timeline
source: https://example.org/
events:
  - date: 2023-10-02
    title: Early voting opens
  - date: 2023-10-10
    title: The Senate votes on the bill
  - date: 2023-10-14
    title: Australians vote No
---
"""
MOON = """
--- timeline
source: https://example.org/
events:
  - date: 2023-07-14
    title: Chandrayaan-3 is launched from Sriharikota
  - date: 2023-08-19
    title: Russia's Luna-25 crashes
  - date: 2023-08-23
    title: Vikram lands near the south pole
---
"""
ROE = """
--- timeline
source: https://example.org/
events:
  - date: 2022-05-02
    title: Politico publishes a leaked draft of the majority opinion
  - date: 2022-06-24
    title: The court overrules Roe v. Wade
---
"""
MPOX = """
--- timeline
source: https://example.org/
events:
  - date: 2022-07-23
    title: The WHO declares its first mpox emergency
  - date: 2024-08-13
    title: The Africa CDC declares a continental emergency
  - date: 2024-08-14
    title: The WHO declares mpox an emergency again
  - date: 2024-09-05
    title: The first vaccines reach Kinshasa
---
"""


@pytest.mark.parametrize(("prose", "timeline", "told"), [
    ("Puigdemont travelled to Brussels two days after the declaration.", CATALONIA,
     "says two days after 'Independence declared' (2017-10-27), but the timeline dates "
     "'Puigdemont travels to Brussels' 2017-10-30, 3 days after"),
    ("Crews burned vinyl chloride four days after the derailment.", OHIO,
     "says four days after 'Train derails in East Palestine' (2023-02-03), but the timeline "
     "dates 'Crews burn vinyl chloride' 2023-02-06, 3 days after"),
    # A derailment is "the crash"; writers who "walked out" went on strike.
    ("Crews burned vinyl chloride four days after the crash.", OHIO,
     "says four days after 'Train derails in East Palestine' (2023-02-03), but the timeline "
     "dates 'Crews burn vinyl chloride' 2023-02-06, 3 days after"),
    ("Actors joined the strike 60 days after the writers walked out.", STRIKE,
     "says 60 days after 'The Writers Guild goes on strike' (2023-05-02), but the timeline "
     "dates 'Actors join the strike' 2023-07-14, 73 days after"),
    ("The King opened Parliament a week after the election.", PARLIAMENT,
     "says a week after 'Labour is elected' (2024-07-04), but the timeline dates 'The King "
     "opens Parliament' 2024-07-17, 13 days after"),
    ("The King opened Parliament 100 days before the resignation.", PARLIAMENT,
     "says 100 days before 'The chancellor resigns' (2024-11-05), but the timeline dates "
     "'The King opens Parliament' 2024-07-17, 111 days before"),
    # "The vote" is the act of the title whose verb is "vote", not of one whose "voting" is a
    # noun, the subject of another act.
    ("Early voting opened on Monday 2 October, 14 days before the vote.", VOTE,
     "says 14 days before 'Australians vote No' (2023-10-14), but the timeline dates 'Early "
     "voting opens' 2023-10-02, 12 days before"),
    # A doer's possessive that no title has: the title may name the doer otherwise.
    ("Luna-25 crashed on 19 August, five days before India's landing.", MOON,
     "says five days before 'Vikram lands near the south pole' (2023-08-23), but it gives "
     "19 August, 4 days before"),
    # "The ruling" of a verb written with a prefix: "overrules".
    ("A draft leaked on 2 May, 50 days before the ruling.", ROE,
     "says 50 days before 'The court overrules Roe v. Wade' (2022-06-24), but it gives 2 May, "
     "53 days before"),
    # A noun of an act that several titles tell alike: held to the reading nearest its count.
    ("The first vaccines reached Kinshasa 20 days after the declaration.", MPOX,
     "says 20 days after 'The WHO declares mpox an emergency again' (2024-08-14), but the "
     "timeline dates 'The first vaccines reach Kinshasa' 2024-09-05, 22 days after"),
])
def test_the_noun_of_a_title_s_act_names_its_event(prose: str, timeline: str, told: str
                                                   ) -> None:
    assert [line.split("' says ", 1)[1] for line in span_warnings(prose, timeline=timeline)
            ] == [told.removeprefix("says ")]


@pytest.mark.parametrize(("prose", "timeline"), [
    ("Puigdemont travelled to Brussels three days after the declaration.", CATALONIA),
    ("Crews burned vinyl chloride three days after the derailment.", OHIO),
    ("The King opened Parliament 13 days after the election.", PARLIAMENT),
    ("Crews burned vinyl chloride three days after the crash.", OHIO),
    ("Actors joined the strike 73 days after the writers walked out.", STRIKE),
    ("Actors joined the strike 60 days after the writers walked out of talks.", STRIKE),
    # Nouns that name no event of the timeline: "the announcement", "the celebration".
    ("Puigdemont travelled to Brussels two days after the announcement.", CATALONIA),
    ("Crews burned vinyl chloride four days after the evacuation.", OHIO),
    ("The King opened Parliament a week after the coronation.", PARLIAMENT),
    ("Early voting opened on Monday 2 October, 12 days before the vote.", VOTE),
    # Two titles whose verb is "vote": "the vote" names neither.
    ("Early voting opened on Monday 2 October, 14 days before the vote.", TWO_VOTES),
    ("Luna-25 crashed on 19 August, four days before India's landing.", MOON),
    ("A draft leaked on 2 May, 53 days before the ruling.", ROE),
    # A doer a title has names that title's act, here none: "Russia's landing" is no event.
    ("Chandrayaan-3 was launched 35 days before Russia's landing.", MOON),
    # "The rules" is no ruling where its words name no event: "rules on abortion".
    ("A draft leaked on 2 May, 50 days before the rules on abortion changed.", ROE),
    # Either declaration may be meant: a span that fits one of them is right.
    ("The first vaccines reached Kinshasa 22 days after the declaration.", MPOX),
    ("The first vaccines reached Kinshasa 23 days after the declaration.", MPOX),
])
def test_the_right_span_or_a_noun_of_another_act_is_silent(prose: str, timeline: str) -> None:
    assert span_warnings(prose, timeline=timeline) == []


@pytest.mark.parametrize(("prose", "warned"), [
    ("Puigdemont travelled to Brussels on 2 November 2017.", True),
    ("Puigdemont traveled to Brussels on 2 November 2017.", True),
    ("Puigdemont travelled to Brussels on 30 October 2017.", False),
])
def test_a_british_doubled_l_names_the_title_s_verb(prose: str, warned: bool) -> None:
    text = (f"---\ntitle: T\ndek: D\npublished: 2025-02-01\nlanguage: en\n---\n"
            f"\n--- summary\n---\n{prose}\n" + CATALONIA)
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    said = [p.render().split("\n")[0] for p in check_explainer(explainer)]
    at = prose.find("2 November") + 1
    assert said == [f"content/x.md:10:{at}: warning: section 'summary' gives 2 November 2017, but "
                    "the timeline dates 'Puigdemont travels to Brussels' 2017-10-30 (line 19)"
                    ] if warned else said == []


NOTRE_DAME = """
--- timeline
source: https://example.org/
events:
  - date: 2019-04-15
    title: Incendie de Notre-Dame ; la flèche s’effondre
  - date: 2019-04-17
    title: Emmanuel Macron promet de rebâtir la cathédrale en cinq ans
  - date: 2024-12-07
    title: Réouverture de la cathédrale
  - date: 2024-12-08
    title: Première messe dans la cathédrale restaurée
---
"""
AMPEL = """
--- timeline
source: https://example.org/
events:
  - date: 2021-12-08
    title: Der Bundestag wählt Olaf Scholz zum Kanzler
  - date: 2024-12-16
    title: Scholz verliert die Vertrauensfrage im Bundestag
  - date: 2024-12-27
    title: Steinmeier löst den Bundestag auf
  - date: 2025-02-23
    title: Vorgezogene Bundestagswahl
---
"""


@pytest.mark.parametrize(("language", "prose", "told"), [
    # The subject's noun of an act names the one event whose title has it.
    ("fr", "La réouverture a eu lieu 1 332 jours après l’incendie.",
     "content/x.md:10:26: warning: section 'summary' says 1 332 jours after 'Incendie de "
     "Notre-Dame\u202f; la flèche s’effondre' (2019-04-15), but the timeline dates "
     "'Réouverture de la cathédrale' 2024-12-07, 2063 days after"),
    # "die Auflösung" is the noun of "löst ... auf"; "Wahl" ends "Bundestagswahl".
    ("de", "Bei der Wahl, 59 Tage nach der Auflösung, kam die Union auf 28,5 Prozent.",
     "content/x.md:10:15: warning: section 'summary' says 59 Tage after 'Steinmeier löst den "
     "Bundestag auf' (2024-12-27), but the timeline dates 'Vorgezogene Bundestagswahl' "
     "2025-02-23, 58 days after"),
])
def test_a_subject_s_noun_and_a_separable_verb_s_noun_name_their_events(
        language: str, prose: str, told: str) -> None:
    timeline = NOTRE_DAME if language == "fr" else AMPEL
    assert span_warnings(prose, language, timeline) == [told]


@pytest.mark.parametrize(("language", "prose"), [
    ("fr", "La réouverture a eu lieu 2 063 jours après l’incendie."),
    ("de", "Bei der Wahl, 58 Tage nach der Auflösung, kam die Union auf 28,5 Prozent."),
    # A subject that is no noun of an act, or names no title alone: from what, unsure.
    ("fr", "La cathédrale a accueilli des fidèles 1 332 jours après l’incendie."),
    ("de", "Bei der Abstimmung, 59 Tage nach der Auflösung, kam die Union auf 28,5 Prozent."),
    # "Lösung" is no noun of "löst ... auf".
    ("de", "Bei der Wahl, 59 Tage nach der Lösung, kam die Union auf 28,5 Prozent."),
])
def test_the_right_span_or_a_subject_that_names_no_one_event_is_silent(
        language: str, prose: str) -> None:
    timeline = NOTRE_DAME if language == "fr" else AMPEL
    assert span_warnings(prose, language, timeline) == []


QUAKES = """
--- timeline
source: https://example.org/
events:
  - date: 2023-02-06 04:17 +03:00
    title: A magnitude 7.8 earthquake strikes near Pazarcık
  - date: 2023-02-06 13:24 +03:00
    title: A magnitude 7.5 earthquake strikes near Elbistan
  - date: 2023-02-09
    title: The first UN aid convoy crosses into Syria at Bab al-Hawa
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # Two titles of one day name "the earthquake" alike: a span of days from either is one.
    ("The first UN aid convoy crossed into Syria five days after the earthquake.", True),
    ("The first convoy crossed on 9 February, five days after the earthquake.", True),
    ("The first UN aid convoy crossed into Syria three days after the earthquake.", False),
    ("The first convoy crossed on 9 February, three days after the earthquake.", False),
])
def test_a_noun_that_names_two_events_of_one_day_names_that_day(prose: str,
                                                                warned: bool) -> None:
    found = span_warnings(prose, timeline=QUAKES)
    assert [line.split(", but ")[0] for line in found] == (
        [f"content/x.md:10:{1 + prose.index('five')}: warning: section 'summary' says five days "
         "after 'A magnitude 7.8 earthquake strikes near Pazarcık' (2023-02-06)"]
        if warned else [])
