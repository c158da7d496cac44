"""A key figure whose label is a noun alone ("deaths"), as many newsrooms write one, or a
fate's word for those it befell, held against the counts of that noun in the text."""

from __future__ import annotations

import pytest

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
