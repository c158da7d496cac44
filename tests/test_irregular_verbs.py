"""A timeline's title in the present meets the prose that tells its event in the past, in
every form of an irregular English verb: a day the prose moves is a warning at its place,
and a sentence that says another act was done is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.checks.counting import counting_for
from explainer.content.checks.counting.englishverbs import NOT_VERBS, rows
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-08-01\n---\n"
TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2024-07-19
    title: CrowdStrike sends a faulty update to Windows computers
  - date: 2023-05-13
    title: The rebel army takes the town of Bunagana near the border
  - date: 2022-10-08
    title: A truck bomb strikes the Kerch bridge to Crimea
  - date: 2024-03-10
    title: Oppenheimer wins the Oscar for best picture
  - date: 2021-08-15
    title: President Ghani flees Kabul for the Emirates
  - date: 2022-04-14
    title: The cruiser Moskva sinks in the Black Sea
  - date: 2014-07-17
    title: A Buk missile shoots down flight MH17 over Donetsk
---
"""


def day_warnings(prose: str) -> list[str]:
    """Return the first line of each warning about a day, for a summary beside the timeline."""
    text = f"{FRONT}\n--- summary\n---\n{prose}\n{TIMELINE}"
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the timeline dates" in line]


@pytest.mark.parametrize(("prose", "warned"), [
    ("CrowdStrike sent the update on 18 July 2024.",
     "9:32: warning: section 'summary' gives 18 July 2024, but the timeline dates "
     "'CrowdStrike sends a faulty update to Windows computers' 2024-07-19 (line 14)"),
    ("The rebels took Bunagana on 12 May 2023.",
     "9:29: warning: section 'summary' gives 12 May 2023, but the timeline dates "
     "'The rebel army takes the town of Bunagana near the border' 2023-05-13 (line 16)"),
    ("A bomb struck the Kerch bridge on 9 October 2022.",
     "9:35: warning: section 'summary' gives 9 October 2022, but the timeline dates "
     "'A truck bomb strikes the Kerch bridge to Crimea' 2022-10-08 (line 18)"),
    ("Oppenheimer won on 11 March 2024.",
     "9:20: warning: section 'summary' gives 11 March 2024, but the timeline dates "
     "'Oppenheimer wins the Oscar for best picture' 2024-03-10 (line 20)"),
    ("Ghani fled on 16 August 2021.",
     "9:15: warning: section 'summary' gives 16 August 2021, but the timeline dates "
     "'President Ghani flees Kabul for the Emirates' 2021-08-15 (line 22)"),
    ("The Moskva sank on 13 April 2022.",
     "9:20: warning: section 'summary' gives 13 April 2022, but the timeline dates "
     "'The cruiser Moskva sinks in the Black Sea' 2022-04-14 (line 24)"),
    ("Russia's Buk shot down MH17 on 18 July 2014.",
     "9:32: warning: section 'summary' gives 18 July 2014, but the timeline dates "
     "'A Buk missile shoots down flight MH17 over Donetsk' 2014-07-17 (line 26)"),
    # The participle and the form in "-ing" are the verb's too.
    ("The Moskva had sunk on 13 April 2022.",
     "9:24: warning: section 'summary' gives 13 April 2022, but the timeline dates "
     "'The cruiser Moskva sinks in the Black Sea' 2022-04-14 (line 24)"),
    ("President Ghani was fleeing Kabul on 16 August 2021.",
     "9:38: warning: section 'summary' gives 16 August 2021, but the timeline dates "
     "'President Ghani flees Kabul for the Emirates' 2021-08-15 (line 22)"),
])
def test_a_moved_day_told_in_the_past_of_a_present_title_is_a_warning(
        prose: str, warned: str) -> None:
    assert day_warnings(prose) == [f"content/x.md:{warned}"]


@pytest.mark.parametrize("prose", [
    # The same shape, another act: the title's present says what its event did.
    "CrowdStrike pulled the update on 18 July 2024.",
    "The rebels lost Bunagana on 12 May 2023.",
    "A bomb damaged the Kerch bridge on 9 October 2022.",
    "Oppenheimer lost on 11 March 2024.",
    "Ghani returned on 16 August 2021.",
    "The Moskva sailed on 13 April 2022.",
    "Russia's Buk hit MH17 on 18 July 2014.",
    # Nor does the same shape with more of the title's words.
    "CrowdStrike pulled the faulty update from Windows computers on 18 July 2024.",
])
def test_a_sentence_of_another_act_on_another_day_is_no_warning(prose: str) -> None:
    assert day_warnings(prose) == []


@pytest.mark.parametrize("prose", [
    "CrowdStrike sent the update on 19 July 2024.",
    "The cruiser Moskva sank in the Black Sea on 14 April 2022.",
])
def test_the_timelines_own_day_told_in_the_past_is_no_warning(prose: str) -> None:
    assert day_warnings(prose) == []


ENGLISH = counting_for("en")


def readings(*words: str) -> set[frozenset[str]]:
    """Return the distinct ways the checks read some words, each as its content words."""
    return {frozenset(ENGLISH.content_words(word)) for word in words}


# Each row of the table, but the forms read as words of their own ("saw", "left") and those
# too short to count ("go", "do").
READ = {row[0]: forms for row in rows()
        for forms in [[form for form in row if form not in NOT_VERBS and len(form) >= 3]]
        if len(set(forms)) > 1}


@pytest.mark.parametrize("verb", sorted(READ))
def test_every_form_of_an_irregular_verb_is_one_word(verb: str) -> None:
    assert len(readings(*READ[verb])) == 1, READ[verb]


@pytest.mark.parametrize("forms", [
    "sue sues sued suing", "use uses used using", "tie ties tied tying",
    "owe owes owed owing", "age ages aged ageing aging", "agree agrees agreed agreeing",
    "free frees freed freeing", "guarantee guarantees guaranteed guaranteeing",
    "argue argues argued arguing", "continue continues continued continuing",
    "vote votes voted voting", "pledge pledges pledged pledging",
    "carry carries carried carrying", "deny denies denied denying",
    "study studies studied studying", "play plays played playing",
    "ban bans banned banning", "stop stops stopped stopping",
    "occur occurs occurred occurring", "commit commits committed committing",
    "travel travels travelled traveled travelling traveling",
    "control controls controlled controlling",
    "organise organises organised organising organize organizes organized organizing",
    "analyse analysed analyze analyzed", "benefit benefited benefitted",
    "focus focuses focused focusing", "pass passes passed passing",
    "exceed exceeds exceeded exceeding", "need needs needed needing",
    "learn learns learned learnt", "burn burned burnt", "hang hanged hung",
])
def test_every_form_of_a_regular_verb_is_one_word(forms: str) -> None:
    assert len(readings(*forms.split())) == 1


@pytest.mark.parametrize(("one", "other"), [
    # No past of a verb in "-ee" nor in "-e": their "-ed" is their own.
    ("seed", "see"), ("feed", "fee"), ("need", "knee"), ("bed", "bee"),
    # "used" is no "US"; "news" no form of "new"; "lust" none of "lose".
    ("used", "US"), ("news", "new"), ("lust", "lost"), ("lust", "lose"),
    # A form read as a word of its own stays one: "saw", "left", "found".
    ("saw", "see"), ("left", "leave"), ("found", "find"),
])
def test_words_that_are_no_forms_of_one_verb_are_two(one: str, other: str) -> None:
    assert len(readings(one, other)) == 2
