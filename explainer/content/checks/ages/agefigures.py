"""Ages the text gives beside a key figure of an age: "Queen Elizabeth died at Balmoral,
aged 95" beside `96 | her age when she died` gives the one age twice, otherwise.

A figure is an age when its label names one by the language's noun ("age", "âge", "Alter")
and its value is a number of years ("96", "96 years"). An age the text gives (agewords.py
reads it: "aged 95", "died at 95", "à 95 ans") is held against it when its sentence shares
half the label's other words at least ("died" of "her age when she died"): "she became the
longest-reigning monarch at 89" is an age at another time. An age whose clause opens with
another person's possessive ("when her father died aged 56"), or that names first someone the
title does not ("Prince Philip died in April 2021, aged 99"), is that person's; one that writes
the figure's noun of years ("à 65 ans" beside "64 ans") is an amount the figures check holds.
"""

from __future__ import annotations

from collections.abc import Iterator

from ....errors import Problem
from ...context import line_of
from ...model import Explainer, Figure
from ..amounts.claims import figure_amount, figures_of
from ..amounts.levels import half_shared
from ..counting import Counting, counting_for
from ..texts.owntexts import own_texts
from ..texts.sentences import blank_out, sentence_at, sentence_start
from .agewords import WORD, AgeWords, age_words, years_of

# Each language's noun of an age, as a label names one; a figure of it is a number of years.
AGE_NOUNS = {"en": "age", "fr": "âge", "es": "edad", "de": "Alter", "it": "età",
             "pt": "idade", "vi": "tuổi"}


def check_age_figures(explainer: Explainer) -> Iterator[Problem]:
    """Warn where the text gives an age that a key figure of that age gives otherwise."""
    words, counting = age_words(explainer.language), counting_for(explainer.language)
    if words is None or counting is None:
        return
    ages = [(f, years, label) for f in figures_of(explainer)
            if (read := age_figure(f, words, counting)) is not None for years, label in (read,)]
    figure_labels = " ".join(figure.label for figure, _, _ in ages)  # "the Queen's age"
    for where, place, text in own_texts(explainer, words.ages.search) if ages else ():
        plain = blank_out(text)
        for age in words.ages.finditer(plain):
            start = sentence_start(plain, age.start())
            if another_persons(plain[start:age.start()], words) or someone_else(
                    plain[start:age.start()], f"{explainer.title} {figure_labels}", counting):
                continue  # "when her father died aged 56"; "Prince Philip died ..., aged 99"
            said = counting.content_words(sentence_at(plain, age.start()))
            for figure, years, label in ages:
                if years_of(age) != years and half_shared(label & said, label, counting) \
                        and not counted(age[0], figure, counting):
                    yield Problem(explainer.display_path, *place.at(age.start()),
                                  f"{where} says '{age[0]}' but the key figure "
                                  f"'{figure.label}' (line {figure.line}) says '{figure.value}'",
                                  "make the text and the figure agree; if they are ages at "
                                  "different times, say so in the label",
                                  line_of(text, age.start()), "warning")


def age_figure(figure: Figure, words: AgeWords, counting: Counting
               ) -> tuple[int, set[str]] | None:
    """Return the years a figure of an age gives and the words of its label that say at what
    time (not its noun of an age, nor a pronoun or a word that opens a clause), or None when
    its label names no age or its value is no whole number of years."""
    noun = AGE_NOUNS.get(explainer_tag(counting))
    labelled = {word.lower() for word in WORD.findall(figure.label)}
    number = counting.number.search(counting.localised(figure.value))
    if noun is None or noun.lower() not in labelled or number is None:
        return None
    value = counting.value(number)
    if value != int(value) or counting.numbers(figure.value) != {value}:
        return None  # "1.5", or a range of ages
    plain = words.pronouns | words.possessives | words.openers | {noun.lower()}
    label = counting.content_words(" ".join(word for word in WORD.findall(figure.label)
                                            if word.lower() not in plain))
    return (int(value), label) if label else None


def counted(age: str, figure: Figure, counting: Counting) -> bool:
    """Tell whether an age writes the noun of years of a figure's value, which the figures
    check reads as an amount of it ("à 65 ans" beside "64 ans")."""
    amount = figure_amount(figure, counting)
    return amount is not None and amount.unit in counting.content_words(age)


def explainer_tag(counting: Counting) -> str:
    """Return the language of a counting without its region: "en" of "en-GB"."""
    return counting.language.split("-")[0]


def another_persons(clause: str, words: AgeWords) -> bool:
    """Tell whether the words before an age in its sentence speak of another person: the
    last clause opens, before any pronoun of the person, with a possessive ("her father")."""
    tokens = [word.lower() for word in WORD.findall(clause)]
    opened = max((index for index, word in enumerate(tokens) if word in words.openers),
                 default=-1)
    for word in tokens[opened + 1:]:
        if word in words.pronouns:
            return False
        if word in words.possessives:
            return True
    return False


def someone_else(before: str, title: str, counting: Counting) -> bool:
    """Tell whether the words before an age open, past words that say nothing ("The", "In"),
    with a name none of whose words the story's title gives: "Prince Philip died in
    April 2021, aged 99" in a story titled for the Queen (or whose figures of an age name
    her); not "She died at Windsor"."""
    run: list[str] = []
    for word in WORD.findall(before):
        if counting.lower(word) in counting.stop_words and not run:
            continue  # "The", "In", "She": no name yet
        if not word[:1].isupper():
            break
        run.append(word)
    return bool(run) and not counting.content_words(" ".join(run)) & counting.content_words(
        title)
