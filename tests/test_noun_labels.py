"""A key figure whose label is a noun alone ("deaths"), as many newsrooms write one, or a
fate's word for those it befell, held against the counts of that noun in the text."""

from __future__ import annotations

import pytest

from .test_checks import stated, warnings_of
from .test_fate_claims import said_beside


@pytest.mark.parametrize(("text", "value", "label", "said"), [
    # A label of one noun is of every count of that noun, as a fuller label is.
    ("The floods caused 15 deaths.", "17", "deaths", ["'15 deaths'"]),
    ("The floods caused 15 deaths.", "17", "the deaths", ["'15 deaths'"]),
    ("The floods caused 15 deaths.", "17", "people killed by the floods", ["'15 deaths'"]),
    ("The floods caused 17 deaths.", "17", "deaths", []),
    # Another thing counted is another figure's.
    ("The floods caused 15 injuries.", "17", "deaths", []),
    # A label with no time is held against a sentence of any time, as a fuller one is;
    # one with a time alone, against a sentence of its time and not another's.
    ("There were 15 deaths on the roads last year.", "17", "deaths", ["'15 deaths'"]),
    ("There were 15 deaths on the roads last year.", "17", "deaths on the roads",
     ["'15 deaths'"]),
    ("There were 15 deaths in 2022.", "17", "deaths in 2022", ["'15 deaths'"]),
    ("There were 15 deaths in 2021.", "17", "deaths in 2022", []),
])
def test_a_label_of_one_noun_is_of_every_count_of_it(text: str, value: str, label: str,
                                                     said: list[str]) -> None:
    assert said_beside(text, value, label) == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # A count after its noun and "sono", or "sono state" in the perfect.
    ("Le vittime sono 15.", "le vittime", ["'15'"]),
    ("Le vittime sono state 15.", "le vittime", ["'15'"]),
    ("I morti sono stati 15 secondo la protezione civile.", "morti", ["'15'"]),
    ("Le vittime sono state 17.", "le vittime", []),
    # Another noun counted is another figure's.
    ("I feriti sono stati 15.", "le vittime", []),
])
def test_an_italian_count_after_its_noun_meets_a_label_of_that_noun(
        text: str, label: str, said: list[str]) -> None:
    assert said_beside(text, "17", label, "it") == said


@pytest.mark.parametrize(("language", "text", "value", "label", "said"), [
    # People counted with the verb of their fate, beside the fate's participle as a noun.
    ("ru", "В результате погибли 143 человека.", "145", "погибших", ["'143 человека'"]),
    ("ru", "В результате погибли 145 человек.", "145", "погибших", []),
    ("ru", "В результате ранены 143 человека.", "145", "погибших", []),
    # A Czech verb of a fate may open its sentence: it is no name before the number.
    ("cs", "Zabil 13 lidí na fakultě.", "14", "obětí na fakultě", ["'13 lidí'"]),
    ("cs", "Na fakultě zemřelo 13 lidí.", "14", "obětí na fakultě", ["'13 lidí'"]),
    ("cs", "Na fakultě zůstalo 13 mrtvých.", "14", "obětí na fakultě", ["'13 mrtvých'"]),
    ("cs", "Zabil 14 lidí na fakultě.", "14", "obětí na fakultě", []),
    # Another fate, or none, counts others of the same people.
    ("cs", "Zranil 13 lidí na fakultě.", "14", "obětí na fakultě", []),
    ("cs", "Na fakultě studuje 13 lidí.", "14", "obětí na fakultě", []),
])
def test_people_counted_with_their_fate_meet_a_label_of_that_fate(
        language: str, text: str, value: str, label: str, said: list[str]) -> None:
    assert said_beside(text, value, label, language) == said


@pytest.mark.parametrize(("language", "text", "value", "label", "said"), [
    # A number with a counter or a unit joined to it is no year, whatever its digits.
    ("zh", "嫦娥五号带回1953克月壤。", "1935.3克", "带回的月壤", ["'1953克'"]),
    ("zh", "嫦娥五号带回1935.3克月壤。", "1935.3克", "带回的月壤", []),
    ("zh", "嫦娥五号带回1953克月壤。", "1953克", "带回的月壤", []),
    ("ja", "探査機は1953グラムの月の砂を持ち帰った。", "1935.3グラム", "持ち帰った月の砂",
     ["'1953グラム'"]),
    ("ja", "探査機は1935.3グラムの月の砂を持ち帰った。", "1935.3グラム", "持ち帰った月の砂", []),
    # A year keeps its own unit, and counts nothing.
    ("zh", "2020年嫦娥五号带回1935.3克月壤。", "1935.3克", "带回的月壤", []),
    ("zh", "嫦娥五号2020年带回月壤。", "1935.3克", "带回的月壤", []),
])
def test_a_number_with_its_counter_is_no_year(language: str, text: str, value: str,
                                              label: str, said: list[str]) -> None:
    assert said_beside(text, value, label, language) == said


def said_in_story(text: str, events: list[tuple[str, str]], value: str, label: str,
                  title: str = "T") -> list[str]:
    """Return what the warnings say the text states, for a summary beside one figure and a
    timeline of (date, title) events, in a story of a title."""
    front = f"---\ntitle: {title}\ndek: D\npublished: 2023-11-20\n---\n"
    timeline = "".join(f"  - date: {day}\n    title: {title}\n" for day, title in events)
    timeline = "\n--- timeline\nsource: https://example.org/\nevents:\n" + timeline + "---\n" \
        if events else ""
    return stated(warnings_of(
        f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n  - value: \"{value}\"\n"
        f"    label: {label}\n---\n{timeline}", front))


@pytest.mark.parametrize(("text", "events", "said"), [
    # A timeline event's count is that day's, a part of the story's toll.
    ("The floods caused 17 deaths.", [("2023-05-02", "First wave of rain, two deaths"),
                                      ("2023-05-16", "Second wave of rain, 15 deaths")], []),

    # A count of the whole is still held to the figure.
    ("The floods caused 15 deaths.", [("2023-05-02", "First wave of rain, two deaths")],
     ["'15 deaths'"]),
])
def test_a_count_of_one_day_is_a_part_of_a_toll_labelled_by_its_noun(
        text: str, events: list[tuple[str, str]], said: list[str]) -> None:
    assert said_in_story(text, events, "17", "deaths") == said


@pytest.mark.parametrize(("text", "said"), [
    # A count the sentence gives with its day is that day's.
    ("Già il 2 e il 3 maggio le piogge avevano causato due vittime.", []),
    ("Le piogge hanno causato 15 vittime.", ["'15 vittime'"]),
])
def test_a_count_a_sentence_gives_with_its_day_is_a_part_of_the_toll(text: str,
                                                                    said: list[str]) -> None:
    assert said_beside(text, "17", "le vittime", "it") == said


@pytest.mark.parametrize(("walked_out", "said"), [
    # A level passed on the way to a peak, on its day.
    ("12,700", []),
    # One past the peak is no level the thing passed.
    ("60,000", ["'60,000 workers'"]),
])
def test_a_timeline_level_below_a_peak_is_one_passed_on_the_way(walked_out: str,
                                                                said: list[str]) -> None:
    events = [("2023-09-15", f"About {walked_out} workers walk out at three plants"),
              ("2023-10-30", "GM reaches a tentative agreement, ending the strike")]
    assert said_in_story("The strike ended on 30 October.", events, "About 45,000",
                         "workers on strike at its peak", "How the autoworkers' strike ended"
                         ) == said


@pytest.mark.parametrize(("language", "text", "value", "said"), [
    # The Slavic days are words of three letters, counted as any plural noun is.
    ("sk", "Fico strávil v nemocnici 18 dní.", "16 dní", ["'18 dní'"]),
    ("sk", "Fico strávil v nemocnici 16 dní.", "16 dní", []),
    ("cs", "Premiér strávil v nemocnici 18 dní.", "16 dní", ["'18 dní'"]),
    ("cs", "Premiér strávil v nemocnici 16 dní.", "16 dní", []),
    ("pl", "Premier spędził w szpitalu 18 dni.", "16 dni", ["'18 dni'"]),
    ("pl", "Premier spędził w szpitalu 16 dni.", "16 dni", []),
])
def test_a_count_of_days_in_a_short_word_meets_its_figure(
        language: str, text: str, value: str, said: list[str]) -> None:
    label = {"sk": "v nemocnici", "cs": "v nemocnici", "pl": "w szpitalu"}[language]
    assert said_beside(text, value, label, language) == said
