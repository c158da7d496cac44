"""Who a sentence speaks of, beside what the explainer is about: a part, or the story's whole.

An amount narrowed to a part by words the figure's label lacks is that part's, not the
figure's: a place ("Turnout in London was 85.4%" beside a national "turnout"), a group ("among
under-18s"), or, for a count, a day after it ("21 people died in Vietnam on 10 September"
beside the toll) or before it ("On 10 September, 21 people died"); but a day before a report or
a tally sets when a level was counted ("On 11 November officials said 3,500 had died", "On 10
September, 3,500 had died"). A length ("sentenced to 20 years on 28 March") is no count. A
count so narrowed is no larger than its whole: one that is larger still disagrees. A sum ("Labour,
Reform and the Greens together hold 248 seats") is not one of theirs ("seats won by Reform"),
unless the label says it is a sum too. The words are each language's (see partwords.py).

A key figure whose label names no one ("CO2 emitted from fossil fuels in 2026", "officers set
to deploy") is the story's own. A sentence that names a country or an organisation in the clause
of its amount ("China emitted 12.1 billion tonnes") speaks of that one's part, unless the label
has a word made from its name ("kenianos" of "Kenia"), or the explainer is about it: a country of
the `lead` role, the only one of its list, or one its title or dek names ("Kenya will deploy").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Countries, Explainer, Figure, role_key
from ..counting import Counting
from ..texts.counted import Amount
from ..texts.days import stated_dates
from ..texts.measures import is_measure
from ..texts.otherdays import other_days
from ..texts.sentences import clause_at, list_head, sentence_at
from ..texts.stated import amounts
from ..texts.textnames import capitalised, kin
from ..texts.timeunits import is_time
from .actornames import named, names_of
from .eastparts import east_part
from .fates import fates_of
from .levels import blank, label_names, title_case
from .listedparts import listed_part, names_joined
from .ordinals import same_item
from .partwords import PartWords, event_places, part_words, stretch_words, tally_words, toll_words
from .qualified import near_whole
from .rates import unit_counted
from .scenes import subject_named, with_scene
from .times import named_times

LEAD = "lead"  # the fixed role of the country a story is about
DIGITS = re.compile(r"(?<![\w.,])\d")  # where a number in figures starts
DEATH = 0  # death's place among the fates (see fates.py)


@dataclass(frozen=True)
class Own:
    """What an explainer is about: the keys of its own countries and organisations, the
    words of its title and dek, and the text of its sections."""

    keys: frozenset[str]
    words: str
    body: str = ""


def own_of(explainer: Explainer) -> Own:
    """Return what an explainer is about (see the module's docstring)."""
    lists = [s for s in explainer.sections if isinstance(s, Countries)]
    entries = [e for s in lists for e in s.entries]
    keys = {e.country.code for e in entries
            if role_key(e.role) == LEAD or len({o.country.code for o in entries}) == 1}
    keys |= {o.organisation.key or o.organisation.name for s in lists for o in s.organisations
             if role_key(o.role) == LEAD}
    words = f"{explainer.title}\n{explainer.dek}"
    keys |= named(words, explainer.language)
    body = "\n\n".join(s.body_text for s in explainer.sections if s.body_text)
    return Own(frozenset(keys), words, body)


def speaks_of_part(text: str, offset: int, amount: Amount, figure: Figure,
                   own: Callable[[], Own], counting: Counting) -> bool:
    """Tell whether the amount at offset, held against a figure, is a part's or a sum's (see
    the module's docstring); own gives what the explainer is about, found when needed."""
    about = own()
    if east_part(text, offset, amount, figure, about.keys, about.words, counting) or \
            listed_part(text, offset, amount, counting.numbers(figure.value), counting):
        return True  # "直接死228人と災害関連死276人の計504人", "서울에서", "29 years, then 24"
    words = part_words(counting.language)
    if words is not None and (summed(text, offset, figure.label, words, counting) or
                              narrowed(text, offset, amount, figure, about, counting) or
                              words.picks(text, offset, amount.value, figure.label,
                                          counting.numbers(figure.value))):
        return True
    return stretched(clause_at(text, offset), figure.label, counting) or \
        named_part(text, offset, figure.label, about, counting)


def stretched(clause: str, label: str, counting: Counting) -> bool:
    """Tell whether a clause gives a stretch of places, from one to another, one of whose ends
    the label names and not the other ("killed 800 people from the Philippines to Myanmar"
    beside "people killed in Myanmar"): its amount is the stretch's."""
    pattern, language = stretch_words(counting.language), counting.language
    theirs = names_in_label(label, counting)
    return pattern is not None and bool(theirs) and any(
        kin(theirs, match["one"], language) != kin(theirs, match["two"], language)
        for match in pattern.finditer(clause))


def named_part(text: str, offset: int, label: str, own: Own, counting: Counting) -> bool:
    """Tell whether the amount at offset, held against a figure whose label names no one,
    is a part's: its clause names countries or organisations, and none the explainer is
    about ("Kenya will send 1,200 officers to Haiti" in a story on Kenya's mission is its); the
    places of an event set after it are the event's ("before his arrest in Serbia")."""
    clause = clause_at(text, offset)
    clause = blank(clause, [match.span() for match in counting.money(clause)])  # "US$", "$ CA"
    clause = blank(clause, event_places(clause, counting.language))  # "before his arrest in Serbia"
    heading = title_case(clause) and not counting.capitalised_nouns  # no names, but words
    if heading or names_someone(label, counting):
        return False
    names = names_of(clause, counting.language)
    language = counting.language
    return bool(names) and not any(key in own.keys or kin([words], own.words, language) or
                                   kin([words], label, language) for key, words in names.items())


def names_someone(label: str, counting: Counting) -> bool:
    """Tell whether a label names someone: a capitalised word or one in capitals (not "CO2");
    in a language that capitalises every noun, a country's or an organisation's name."""
    if counting.capitalised_nouns:
        return bool(named(label, counting.language))
    return any(word.isalpha() for word in capitalised(label, first=True))


def narrowed(text: str, offset: int, amount: Amount, figure: Figure, own: Own,
             counting: Counting) -> bool:
    """Tell whether the clause of the amount at offset narrows it to a place, a group or (a
    count) a day after it, that the figure's label does not narrow it to."""
    clause = clause_at(text, offset)
    at = offset - text.rfind(clause, 0, offset + len(clause))
    unit = unit_counted(amount.unit)  # not a measure, nor a length ("20 years"): a count
    counted = not is_measure(unit) and not is_time(unit, counting.language, counting.stem)
    if counted and amount.value > max(counting.numbers(figure.value), default=amount.value):
        return False  # more than the whole: no part of it
    own_clause = (clause, (at, at + len(amount.written)))
    clause, (at, end) = with_scene(text, offset, *own_clause, counting)  # "In London, ..."
    return placed(*(own_clause if counted and subject_named(own_clause[0], figure.label,
                                                            counting) else (clause, (at, end))),
                  figure.label, own, counting) or \
        grouped(clause, figure.label, counting) or \
        counted and dated(clause, (at, end), figure.label, counting) and \
        (told_by_day(clause, figure.label, own.body, counting) or
         not opens_with_day(clause, at, counting.language) and not near_whole(amount, figure,
                                                                            counting))


def placed(clause: str, span: tuple[int, int], label: str, own: Own, counting: Counting) -> bool:
    """Tell whether a clause puts the amount at span in a place ("in Warsaw", "in the
    capital") that the label does not name, nor the explainer is about, where the label
    names none ("refugees in Egypt" may be those "in Cairo"); a place of an event set after the
    amount is the event's ("15 years on the run before his arrest in Serbia")."""
    words, language = part_words(counting.language), counting.language
    assert words is not None  # the caller's
    if words.place.search(label):
        return False  # a place of its own, which the sentence's may be in: "Cairo", "Egypt"
    events = [(start, end) for start, end in event_places(clause, language) if start >= span[1]]
    for match in words.place.finditer(clause):
        if any(start <= match.start() < end for start, end in events):
            continue  # the place of an event after it: "before his arrest in Serbia"
        if any(span[0] <= at < span[1] for at in (match.start(), match.start("name"))) or \
                counting.capitalised_nouns and match["name"] and match[0][:3].lower() != "in ":
            continue  # the amount's own words ("at Rs 60 crore"); or a German noun
        if match["noun"]:
            if not counting.content_words(match["noun"]) & counting.content_words(label):
                return True
            continue
        name, theirs = match["name"], names_in_label(label, counting)
        if named_times(name, language)[1] or kin(theirs, name, language) or \
                kin([name], own.words, language) or names_of(name, language).keys() & own.keys:
            continue  # a month; or the label's, or the story's own place
        return True
    return False


def grouped(clause: str, label: str, counting: Counting) -> bool:
    """Tell whether a clause picks a group ("among under-18s") where the label picks none."""
    words = part_words(counting.language)
    assert words is not None  # the caller's
    theirs = counting.content_words(label)
    return not words.group.search(label) and any(
        (said := counting.content_words(match["group"])) and not said & theirs
        for match in words.group.finditer(clause))


def dated(clause: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether a clause gives the day of the count at span, where the label gives none nor
    names the clause's item of a series ("the first strike"): a day after it that is no bound
    ("on 10 September", not "by 10 September"), or one before it, of what it tells (of_the_day)."""
    bounds, language = other_days(counting.language), counting.language
    return not any(stated_dates(label, language)) and not same_item(label, clause, counting) \
        and any((bounds is None or not bounds.bound(clause, day.start, day.end)) and (
            day.start >= span[1] or day.end <= span[0] and of_the_day(clause, day.end, language))
            for day in stated_dates(clause, language))


def opens_with_day(clause: str, at: int, language: str) -> bool:
    """Tell whether the only days a clause gives come before its amount at at ("On 10
    September, 21 people died")."""
    days = list(stated_dates(clause, language))
    return bool(days) and all(day.end <= at for day in days)


def told_by_day(clause: str, label: str, body: str, counting: Counting) -> bool:
    """Tell whether a story tells a toll day by day, so that a day that opens a count's
    sentence makes it that day's part: the label adds the toll up ("in all", "together"), or
    the story gives counts of the clause's fate on two days or more ("On 9 September, 13 people
    died", "On 10 September, 21 died"). A story of one day's event ("On 29 December, the crash
    killed 179 people") gives the day of its whole toll."""
    language, words = counting.language, part_words(counting.language)
    if words is not None and words.total.search(label):
        return True
    fates, days, toll = fates_of(clause, language), set(), toll_words(language)
    text = counting.readable(counting.localised(body))  # "Sept. 10" ends no sentence
    for day in stated_dates(text, language):
        sentence = sentence_at(text, day.start)
        tolled = toll is not None and toll.search(sentence) is not None
        told = fates_of(sentence, language) | ({DEATH} if tolled else set())
        if fates & told and counts_beside_days(sentence, counting, bare=tolled):
            days.add((day.month, day.day))
    return len(days) >= 2


def counts_beside_days(sentence: str, counting: Counting, bare: bool) -> bool:
    """Tell whether a sentence gives an amount that is not one of its days; where bare, a
    number alone is one too, as a toll gives it ("the toll rose from 59 to 143")."""
    days = [(day.start, day.end) for day in stated_dates(sentence, counting.language)]
    ats = [at for at, _ in amounts(sentence, counting)]
    ats += [number.start() for number in DIGITS.finditer(sentence)] if bare else []
    return any(not any(start <= at < end for start, end in days) for at in ats)


def of_the_day(clause: str, day_end: int, language: str) -> bool:
    """Tell whether the words after a day that opens a count's clause tell what befell people
    on that day ("On 10 September, 21 people died"), a part of a toll, which adds up the days':
    not a report of a level then ("On 11 November officials said 3,500 people had died"),
    another act, nor a tally up to the day, in a tense or by a word that gives one ("had
    died", "the toll reached"). What else a count tells on a day ("On 3 June the trial
    enrolled 320 participants") is a level then, and compared."""
    tally, acts = tally_words(language), other_days(language)
    after = clause[day_end:]
    return tally is not None and acts is not None and bool(fates_of(after, language)) and \
        tally.search(after) is None and not any(kind.search(after) for kind in acts.kinds)


def summed(text: str, offset: int, label: str, words: PartWords, counting: Counting) -> bool:
    """Tell whether the amount at offset is a sum of what its clause joins, before it, to the
    label's one name: by a word that adds them ("together", "insgesamt"; a sentence may open
    with it, "Together, the iPhone and services made up $71.2 billion", where a label that
    names no one is its words' sum too), or a list of names ("Labour, Reform and the Greens
    hold 248 seats"); not when the label adds them too."""
    clause = clause_at(text, offset)
    head = list_head(text, start := text.rfind(clause, 0, offset + len(clause)), counting)
    clause, before, language = text[head:start] + clause, text[head:offset], counting.language
    total = words.total.search(clause) is not None or \
        words.total.fullmatch(sentence_at(text, offset).split(",")[0].strip()) is not None
    names = names_in_label(label, counting) or (counting.content_words(label) if total else set())
    if not names or not kin(names, before, language) or not words.joined.search(before) or \
            label_sums(label, names, words):
        return False
    if total:
        return True
    # German capitalises every noun: there, its countries and organisations are its names.
    listed = names_of(before, language).values() if counting.capitalised_nouns \
        else capitalised(before, first=True)
    theirs = counting.content_words(label)
    others = [(at, at + len(word)) for word in listed if word.lower() not in counting.stop_words
              and not kin(names, word, language) and not counting.content_words(word) <= theirs
              and not named_times(word, language)[1] and (at := before.find(word)) >= 0]
    ours = [(at, at + len(name)) for name in names if (at := before.lower().find(name)) >= 0]
    # Joined to the label's name: "Labour, Reform and the Greens", not "10% and then".
    return any(names_joined(before, min(one, two), max(one, two), words.joined, counting)
               for one in others for two in ours)


def label_sums(label: str, names: set[str], words: PartWords) -> bool:
    """Tell whether a label adds several itself: by a word that says so ("in total"), or by
    names it joins ("titles won by South Africa or New Zealand", "seats of Labour and the
    Greens")."""
    if words.total.search(label):
        return True
    name = "|".join(re.escape(one) for one in sorted(names, key=len, reverse=True))
    return any(re.search(rf"(?<!\w)(?:{name})\Z", label[:joint.start()], re.IGNORECASE) and
               re.match(rf"(?:{name})(?!\w)", label[joint.end():], re.IGNORECASE)
               for joint in words.listed.finditer(label))


def names_in_label(label: str, counting: Counting) -> set[str]:
    """Return a label's names (see levels.label_names()), lowercased; in German, which
    capitalises every noun, its countries' and organisations' and its words in capitals."""
    if not counting.capitalised_nouns:
        return label_names(label)
    return {name.lower() for name in [*names_of(label, counting.language).values(),
                                      *counting.acronym.findall(label)]}
