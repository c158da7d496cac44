"""A tally of votes the prose gives otherwise than a key figure is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_checks import warnings_of


def tally_warnings(prose: str, value: str = "6-3",
                   label: str = "the vote in Trump v. United States",
                   language: str = "en-US") -> list[str]:
    """Return the first line of each warning about a tally, for prose beside a figure."""
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-07-02\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n\n--- figures\nfigures:\n"
            f'  - value: "{value}"\n    label: {label}\n---\n')
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the key figure" in line]


@pytest.mark.parametrize("prose", [
    "In a 5-4 decision on July 1, the court ruled that presidents have immunity.",
    "The court ruled 5–4 that presidents have immunity.",
    "By a 5-4 vote, the justices sent the case back.",
    "Supreme Court rules 5-4 on presidential immunity."])
def test_a_tally_the_figure_gives_otherwise_is_a_warning(prose: str) -> None:
    [found] = tally_warnings(prose)
    assert found.startswith("content/x.md:10:")
    assert "says '5" in found and "but the key figure 'the vote in Trump v. United States' " \
        "(line 14) says '6-3'" in found


@pytest.mark.parametrize("prose", [
    "In a 6-3 decision on July 1, the court ruled that presidents have immunity.",
    "In a 6–3 ruling, the court sent the case back.",
    "The 2020-21 term saw a 2-1 win in the lower court.",
    "Conservatives hold a 5-4 majority on the court since 2020.",
    "With a 5-4 majority, conservatives hold the court.",
    "The Senate confirmed her in a 51-49 vote.",
    "In a 7-2 ruling in United States v. Nixon, the court ordered the tapes released.",
    "In a 6-3 decision, the court ruled. Decades ago, in a 5-4 ruling, it had ruled otherwise.",
    "“In a 5-4 decision,” a dissent would have read, as a draft leaked.",
])
def test_a_tally_that_agrees_or_counts_another_vote_is_no_warning(prose: str) -> None:
    assert tally_warnings(prose) == []


@pytest.mark.parametrize("prose", [
    "In a 6-3 decision, the court ruled for Trump. The court issued a 5–4 ruling on immunity.",
    "The justices ruled 6-3 on July 1. In a 5-4 decision in 2024, they sent the case back.",
])
def test_a_tally_beside_the_figure_s_own_is_a_warning_unless_it_is_of_another_time(
        prose: str) -> None:
    [found] = tally_warnings(prose)
    assert "says '5" in found and "says '6-3'" in found


@pytest.mark.parametrize(("language", "prose"), [
    ("en-US", "The court ruled 6-3. In 2020, in a 5-4 ruling, it ruled otherwise."),
    ("en-US", "The court ruled 6-3. Last term it ruled 5-4 on a like question."),
    ("fr", "Par 6 voix contre 3, la Cour a tranché. Il y a dix ans, par 5 voix contre 4, "
           "elle jugeait autrement."),
    ("es", "Por 6 votos a 3, el tribunal falló. Hace diez años, por 5 votos a 4, falló "
           "lo contrario."),
    ("de", "Mit 6 zu 3 Stimmen entschied das Gericht. Vor zehn Jahren entschied es mit 5 zu "
           "4 Stimmen anders."),
])
def test_a_precedent_s_tally_beside_the_figure_s_own_is_no_warning(language: str,
                                                                    prose: str) -> None:
    label = VOTE_LABELS.get(language, "the vote in Trump v. United States")
    assert tally_warnings(prose, label=label, language=language) == []


@pytest.mark.parametrize(("value", "label"), [
    ("6-3", "the court's ideological balance"), ("2-1", "the final score"),
    ("2020-21", "the vote's term")])
def test_a_figure_that_is_no_tally_of_a_vote_is_not_held_to_one(value: str,
                                                                  label: str) -> None:
    assert tally_warnings("In a 5-4 decision on July 1, the court ruled.", value, label) == []


# A label that says a vote, in each language the check reads.
VOTE_LABELS = {"fr": "le vote dans Trump v. United States",
               "es": "la votación en Trump v. United States",
               "de": "die Abstimmung im Fall Trump v. United States",
               "it": "il voto nel caso Trump v. United States",
               "pt": "a votação no caso Trump v. United States"}


@pytest.mark.parametrize(("language", "prose", "said"), [
    ("fr", "Par 5 voix contre 4, la Cour a jugé que le président est protégé.",
     "Par 5 voix contre 4"),
    ("fr", "La Cour a tranché à cinq voix contre quatre.", "à cinq voix contre quatre"),
    ("fr", "Dans une décision 5-4, la Cour a jugé que le président est protégé.", "5-4"),
    ("es", "Por 5 votos contra 4, el tribunal falló a favor del presidente.",
     "Por 5 votos contra 4"),
    ("es", "El tribunal decidió por 5 votos a 4 que el presidente es inmune.",
     "por 5 votos a 4"),
    ("es", "Por cinco votos a favor y cuatro en contra, el tribunal falló.",
     "Por cinco votos a favor y cuatro en contra"),
    ("es", "En un fallo de 5-4, el tribunal dio la razón al presidente.", "5-4"),
    ("de", "Mit 5 zu 4 Stimmen entschied das Gericht über die Immunität.",
     "Mit 5 zu 4 Stimmen"),
    ("de", "Das Gericht entschied mit 5:4 Stimmen über die Immunität.", "mit 5:4 Stimmen"),
    ("de", "In einer 5:4-Entscheidung gab das Gericht dem Präsidenten recht.",
     "5:4-Entscheidung"),
    ("it", "Con 5 voti contro 4, la Corte ha dato ragione al presidente.",
     "Con 5 voti contro 4"),
    ("it", "La Corte ha deciso con 5 voti a favore e 4 contrari.",
     "con 5 voti a favore e 4 contrari"),
    ("pt", "Por 5 votos a 4, o tribunal decidiu a favor do presidente.", "Por 5 votos a 4"),
    ("pt", "O tribunal decidiu, por 5 a 4, que o presidente é imune.", "por 5 a 4"),
    ("pt", "O placar de 5 a 4 surpreendeu os juristas.", "placar de 5 a 4"),
    ("de", "Mit fünf zu vier Stimmen entschied das Gericht.", "Mit fünf zu vier Stimmen")])
def test_a_tally_in_another_language_given_otherwise_is_a_warning(
        language: str, prose: str, said: str) -> None:
    [found] = tally_warnings(prose, label=VOTE_LABELS[language], language=language)
    assert found.startswith("content/x.md:10:")
    assert f"says '{said}' but the key figure '{VOTE_LABELS[language]}' (line 14) " \
        "says '6-3'" in found


@pytest.mark.parametrize(("language", "prose"), [
    ("fr", "Par 6 voix contre 3, la Cour a jugé que le président est protégé."),
    ("fr", "Le Sénat l'a confirmée par 51 voix contre 49."),
    ("fr", "Par 7 voix contre 2 dans United States v. Nixon, la Cour a exigé les bandes."),
    ("fr", "Par 6 voix contre 3, la Cour a jugé. Jadis, par 5 voix contre 4, elle avait "
           "jugé autrement."),
    ("fr", "« Par 5 voix contre 4 », aurait écrit la minorité."),
    ("es", "Por seis votos a tres, el tribunal falló a favor del presidente."),
    ("es", "El Senado la confirmó por 51 votos a 49."),
    ("de", "Mit 6 zu 3 Stimmen entschied das Gericht über die Immunität."),
    ("de", "Der Senat bestätigte sie mit 51 zu 49 Stimmen."),
    ("de", "Das Spiel endete 5:4 nach Verlängerung."),
    ("it", "Con 6 voti contro 3, la Corte ha dato ragione al presidente."),
    ("it", "Il Senato l'ha confermata con 51 voti contro 49."),
    ("pt", "Por 6 votos a 3, o tribunal decidiu a favor do presidente."),
    ("pt", "O réu pode ser condenado por 4 a 5 anos de prisão."),
    ("pt", "O Senado a confirmou por 51 votos a 49.")])
def test_a_tally_in_another_language_that_agrees_or_counts_another_vote_is_no_warning(
        language: str, prose: str) -> None:
    assert tally_warnings(prose, label=VOTE_LABELS[language], language=language) == []


def test_a_german_tally_figure_may_be_written_with_a_colon() -> None:
    [found] = tally_warnings("Mit 5 zu 4 Stimmen entschied das Gericht.", "6:3",
                             VOTE_LABELS["de"], "de-DE")
    assert "says '6:3'" in found


@pytest.mark.parametrize("prose", [
    "The court removed the president by 7 votes to 1.",
    "The justices upheld the impeachment by seven votes to one.",
    "By a vote of 7 to 1, the court removed the president.",
])
def test_an_english_tally_spelled_out_given_otherwise_is_a_warning(prose: str) -> None:
    [found] = tally_warnings(prose, "8-0", "the vote of the court to remove the president")
    assert found.startswith("content/x.md:10:")
    assert "but the key figure 'the vote of the court to remove the president' (line 14) " \
        "says '8-0'" in found


@pytest.mark.parametrize("prose", [
    "The court removed the president by 8 votes to 0.",
    "The assembly had impeached him by 204 votes to 85.",
    "The bill passed by 6 votes to 3 in committee.",
])
def test_an_english_tally_spelled_out_that_agrees_or_counts_another_vote_is_no_warning(
        prose: str) -> None:
    assert tally_warnings(prose, "8-0", "the vote of the court to remove the president") == []


COMMITTEE_VOTE = "the committee's vote for the cut"


@pytest.mark.parametrize(("prose", "said"), [
    ("The vote for the cut was 6-3.", "6-3"),
    ("The nine members of the committee split 6-3.", "6-3"),
    ("The committee voted six to three for the cut.", "six to three"),
    ("The committee voted by six votes to three.", "by six votes to three"),
    ("The vote was as close as it could be: five in favour, three against.",
     "five in favour, three against"),
])
def test_a_vote_written_as_newsrooms_write_it_given_otherwise_is_a_warning(
        prose: str, said: str) -> None:
    [found] = tally_warnings(prose, "5-4", COMMITTEE_VOTE)
    assert found.startswith("content/x.md:10:")
    assert f"says '{said}' but the key figure 'the committee’s vote for the cut' " \
        "(line 14) says '5-4'" in found


@pytest.mark.parametrize("prose", [
    "The vote for the cut was 5-4.",
    "The committee voted five to four for the cut.",
    "The vote was as close as it could be: five in favour, four against.",
    "Five in favour, three against, with one abstention.",
    "The home side won 6-3 on the day of the cut.",
    "The Supreme Court, by a 6-3 majority, struck down the law.",
    "The court split 6-3 on the question.",
])
def test_a_vote_that_agrees_or_is_another_body_s_or_a_score_is_no_warning(prose: str) -> None:
    assert tally_warnings(prose, "5-4", COMMITTEE_VOTE) == []


MEETINGS = """
--- timeline
source: https://example.org/
events:
  - date: 2024-06-20
    title: The Bank holds rates at 5.25%
  - date: 2024-08-01
    title: The Bank cuts rates to 5% by a vote of 5-4
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # A vote of another meeting: its month is none of those the figure's tally was cast in.
    ("In June the committee voted 7-2 to hold rates.", False),
    ("Two members had voted for a cut in June, in a 7-2 vote.", False),
    # The figure's own meeting, or none named: held to the figure.
    ("In August the committee voted 6-3 for the cut.", True),
    ("On 1 August the committee voted 6-3 for the cut.", True),
    ("The committee voted 6-3 for the cut.", True),
])
def test_a_vote_of_another_month_than_the_figure_s_is_another_vote(prose: str,
                                                                   warned: bool) -> None:
    found = tally_warnings(f"{prose}\n{MEETINGS}", "5-4", COMMITTEE_VOTE)
    assert bool(found) is warned, found


JUSTICES_VOTE = "the vote of the justices"


@pytest.mark.parametrize(("prose", "said"), [
    ("The court split 5-4, along ideological lines.", "5-4"),
    # The label's own body, the only tally figure: its vote, however many it counts.
    ("The court split 5-2, along ideological lines.", "5-2"),
    ("The justices ruled 4-3.", "4-3"),
])
def test_the_label_s_own_body_voting_otherwise_is_a_warning(prose: str, said: str) -> None:
    [found] = tally_warnings(prose, "6-3", JUSTICES_VOTE)
    assert f"says '{said}' but the key figure 'the vote of the justices' (line 14) says " \
        "'6-3'" in found


@pytest.mark.parametrize(("prose", "figures"), [
    # A lower court's panel, another body, a vote with members away, or two tally figures.
    ("The appeals court split 2-1 in February.", 1),
    ("A panel of three judges ruled 2-1.", 1),
    ("The Senate split 51-49 along party lines.", 1),
    ("The court split 4-3 after two justices recused.", 1),
    # Two tally figures of the body the sentence names: which vote it gives is not known.
    ("The court split 5-2, along ideological lines.", 2),
])
def test_a_vote_of_another_count_by_another_body_or_beside_two_tallies_is_no_warning(
        prose: str, figures: int) -> None:
    other = "\n  - value: \"7-2\"\n    label: the justices' vote on the stay" \
        if figures == 2 else ""
    text = f"--- summary\n---\n{prose}\n\n--- figures\nfigures:\n  - value: \"6-3\"\n" \
        f"    label: {JUSTICES_VOTE}{other}\n---\n"
    assert [line for line in warnings_of(text) if "'6-3'" in line] == []


CHAMBERS = """
--- figures
figures:
  - value: 314-117
    label: the House vote, May 31
  - value: 63-36
    label: the Senate vote, June 1
---
"""


@pytest.mark.parametrize(("prose", "said", "label"), [
    # A chamber's vote on a bill, beside a tally figure of each chamber: the one its words name.
    ("The House passed the bill 314-171 on May 31.", "314-171", "the House vote, May 31"),
    ("The Senate followed on June 1, passing it 63-33.", "63-33", "the Senate vote, June 1"),
    ("The House passed it 314-117; the Senate approved it 63-33.", "63-33",
     "the Senate vote, June 1"),
])
def test_a_chamber_s_vote_given_otherwise_than_its_figure_is_a_warning(
        prose: str, said: str, label: str) -> None:
    [found] = [line for line in warnings_of(f"--- summary\n---\n{prose}\n{CHAMBERS}")
               if "the key figure" in line]
    assert f"says '{said}' but the key figure '{label}'" in found


@pytest.mark.parametrize("prose", [
    "The House passed the bill 314-117 on May 31, and the Senate passed it 63-36 on June 1.",
    "The House passed it 314-117; the Senate approved it 63-36.",
    # A vote its words give to no chamber of the figures, or a score.
    "The committee approved the bill 30-25 a week earlier.",
    "Kansas City beat San Francisco 25-22 in overtime.",
])
def test_a_chamber_s_vote_that_agrees_or_is_another_s_is_no_warning(prose: str) -> None:
    assert [line for line in warnings_of(f"--- summary\n---\n{prose}\n{CHAMBERS}")
            if "the key figure" in line] == []


HARVARD = """
--- timeline
source: https://example.org/
events:
  - date: 2023-06-29
    title: The court rules in the Harvard case
---
"""
HARVARD_VOTE = "the court's vote in the Harvard and UNC cases"


@pytest.mark.parametrize(("prose", "warned"), [
    # Dated to another day than the timeline's Harvard ruling, naming no case of the label's.
    ("The ruling came a day before the court, in a 5-4 decision, struck down the president's "
     "student loan plan on June 30.", False),
    ("The ruling came a day before the court, in another 5-4 decision, struck down the "
     "president's student loan plan on June 30.", False),
    # The label's case named, or its very day, or no day: held to the figure.
    ("The court ruled 5-4 in the Harvard case.", True),
    ("The court ruled 5-4 in the Harvard case on June 30.", True),
    ("The court, in a 5-4 decision, struck down race-conscious admissions on June 29.", True),
    ("The court, in a 5-4 decision, struck down race-conscious admissions.", True),
])
def test_a_vote_dated_to_another_day_than_the_label_s_case_is_another_vote(
        prose: str, warned: bool) -> None:
    found = tally_warnings(f"{prose}\n{HARVARD}", "6-3", HARVARD_VOTE)
    assert bool(found) is warned, found
    assert all(line.startswith("content/x.md:10:") and "says '5-4'" in line for line in found)


@pytest.mark.parametrize(("language", "prose", "said"), [
    # One side's very count and the label's words: the other side slipped.
    ("it", "La Camera ha votato la fiducia con 253 voti a favore e 154 contrari.",
     "con 253 voti a favore e 154 contrari"),
    ("en-US", "Lawmakers voted 335-86 to pass the stopgap spending bill.", "335-86"),
    ("it", "La Camera ha votato la fiducia con 235 voti a favore e 154 contrari.", None),
    ("en-US", "Lawmakers voted 335-91 to pass the stopgap spending bill.", None),
    # Another vote: the label's words are not its sentence's.
    ("it", "Il Senato ha approvato la riforma con 253 voti a favore e 154 contrari.", None),
    ("en-US", "In a 335-86 vote, lawmakers approved the farm package.", None),
])
def test_a_tally_of_one_side_s_count_and_the_label_s_words_is_the_figure_s(
        language: str, prose: str, said: str | None) -> None:
    label = {"it": "il voto di fiducia alla Camera"}.get(language,
                                                         "vote on the stopgap spending bill")
    value = {"it": "235-154"}.get(language, "335-91")
    found = tally_warnings(prose, value=value, label=label, language=language)
    assert (found == []) if said is None else (len(found) == 1 and f"'{said}'" in found[0]), \
        found
