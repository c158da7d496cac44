"""Counts of countries in the text, compared with the country lists: warn only on a count that
no part of the lists could mean.

A count ("29 countries", "more than 20 countries", "nine other nations") may mean the whole list
(its countries: organisations are never counted), one role's group, or all but one group ("9
other countries" beside the lead); a count that names a group by its role ("8 founding
signatories") means that group (see countgroups.py). A qualifier before the number ("more
than", "nearly", "about") says how the number compares. The text is in the explainer's language
(see counting/).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ....errors import Problem
from ...model import Countries, Explainer, TextMap, role_key
from ...naming.names import name_key
from ..amounts.countgroups import (
    COUNTED_ROLES,
    Group,
    groups_of,
    in_order,
    members_counted,
    modifies_noun,
    ordered_words,
    singular,
    words_of,
)
from ..amounts.countwarnings import held_by_lists, hint, holding, names_slip, organisations, placed
from ..amounts.countwords import (
    CONJUNCTIONS,
    counts_no_list,
    fits_count,
    inside_number,
    joined_noun,
    one_of_several,
    range_opened,
)
from ..amounts.qualified import fits, qualifier_before
from ..counting import Counting
from ..texts.sentences import blank_out
from .listedfirst import names_around
from .othertimes import of_another_time, story_start

# The roles whose countries join a lead, in the fixed list: "9 other countries" may mean them.
JOINING_ROLES = ("contributing", "supporting")
DIGIT = re.compile(r"\d")
MOST_COUNTRIES = 250  # more than the world has: a larger number counts something else
# A year, not a count: "In 2020 eight founding signatories..." counts eight, not 2020.
YEAR = re.compile(r"1\d{3}|20\d{2}|2100")


def sizes(explainer: Explainer, other: bool = False, bodies: bool = False) -> set[int]:
    """Return what a count of countries may mean: a whole list, a group, all but a group; with
    `bodies`, of a count that takes organisations in ("7 countries and organisations"), each
    with its organisations too. A list is its entries (England, Scotland) or their countries
    (the UK). A count of 'other' countries may leave out one of a list or of a group of the
    story's own roles ("the US and 7 other countries" beside 8 founding signatories; see
    joining() for the fixed roles). No list is empty, so 0 never fits: "fewer than 5" must fit.
    """
    found = {len(entries) + (organisations(explainer) if bodies else 0)
             for entries in (explainer.countries, explainer.parts)}  # teams, or their lands
    for section in explainer.sections:
        if isinstance(section, Countries):
            held = [len(group.members if bodies else group.entries) for group in section.groups]
            whole = sum(held)
            found |= {whole} | {size for count in held for size in (count, whole - count)}
            if other:
                found |= {whole - 1} | {count - 1 for group, count in zip(
                    section.groups, held, strict=True) if not group.known}
    return found - {0}


def joining(explainer: Explainer) -> int:
    """Return how many countries join a lead in the fixed list's roles (0 if none)."""
    return sum(1 for entry in explainer.countries if role_key(entry.role) in JOINING_ROLES)


def claim_qualifier(text: str, match: re.Match[str], counting: Counting) -> tuple[str, int]:
    """Return the qualifier of a count of countries ("more than") and where its words start:
    before the count, or between its noun and its number ("nchi zaidi ya 30")."""
    qualifier, start = qualifier_before(text, match.start(), counting)
    if inner := match.groupdict().get("inner"):
        qualifier = counting.qualifiers.get(" ".join(inner.casefold().split()), "")
    elif not qualifier and counting.qualified_after is not None:  # "9개국 이상"
        qualifier = counting.qualified_after(text, match.start(), match.end())
    return qualifier, start


def check_country_counts(explainer: Explainer, counting: Counting,
                         texts: Callable[..., Iterator[tuple[str, TextMap, str]]]
                         ) -> Iterator[Problem]:
    """Warn where a text's count of countries fits no part of the country lists (none when a
    list is a selection, `complete: false`), or, with the names of the countries it counts in
    its sentence, is not as many as they are (see countlists.py and listedfirst.py)."""
    if not explainer.countries:
        return
    selection = any(isinstance(section, Countries) and not section.complete
                    for section in explainer.sections)
    known = Known(frozenset(sizes(explainer)),
                  frozenset(sizes(explainer, other=True) | {joining(explainer)}),
                  joining(explainer), len(explainer.countries), own_names(explainer), selection)
    for where, place, text in texts(explainer, counting.names_countries):
        if counting.may_count(text):  # a count is in figures or in words: none elsewhere
            yield from counts_in(explainer, counting, known, (where, place, text))
    if not selection:
        yield from check_group_counts(explainer, counting, texts)


@dataclass(frozen=True)
class Known:
    """What a count of countries is held against: the sizes it may mean, of all or of
    'other' countries, those joining a lead, the whole list's, the keys of its names, and
    whether the list is a selection (only the names a sentence gives are then counted)."""

    allowed: frozenset[int]
    allowed_other: frozenset[int]
    joined: int
    total: int
    names: frozenset[str]
    selection: bool = False


def own_names(explainer: Explainer) -> frozenset[str]:
    """Return the keys of the names the country lists show ("England", "Saudi Arabia")."""
    return frozenset(name_key(entry.name) for entry in explainer.countries)


def counts_in(explainer: Explainer, counting: Counting, known: Known,
              said: tuple[str, TextMap, str]) -> Iterator[Problem]:
    """Warn of each count of countries in one text that fits no part of the lists, or not
    the names its sentence gives of the countries it counts."""
    where, place, text = said
    clean = counting.localised(shown := blank_out(text))  # no quoted words, no markup
    for match in counting.country_claim.finditer(clean):
        digits, word = match["digits"], match["word"]
        if digits and inside_number(clean, match.start("digits")):
            continue  # "250" of "About 1,250 countries" (or "1,250 países"): no count
        claimed = int(digits) if digits else counting.word_value(word)
        if claimed is None or counts_no_list(clean, match, claimed, counting):
            continue  # a look-alike letter ('ı', 'ſ'), another whole's countries, a choice
        other = bool(match["other"] or match["word_other"] or counting.besides.match(
            clean, match.end()) or counting.leaves_out_before(clean, match.start()))
        qualifier, start = claim_qualifier(clean, match, counting)
        end = joined_noun(clean, match.end(), counting)  # "and organisations"
        named = None if end else names_around(clean, (start, match.end()), explainer.language,
                                              known.names, counting.number_word)
        if named is not None:  # "Seven countries met: Saudi Arabia, Egypt, ..."
            if not fits(qualifier, claimed, named[0]):
                quoted = " ".join(shown[start:match.end()].split())
                yield names_slip(explainer, place, text, start, f"{where} says '{quoted}'",
                                 *named)
            continue
        if known.selection or of_another_time(clean, start, explainer.language,
                                              story_start(explainer)):
            continue  # a selection, or another time's countries: no count of the list
        meant = known.allowed_other if other else known.allowed
        if end:
            meant = meant | sizes(explainer, other, bodies=True)
        low = range_opened(clean, match.start("digits" if digits else "word"), counting)
        if fits_count(qualifier, claimed, meant, low) or claimed < known.total and \
                counting.counted_from.search(clean, max(start - 60, 0), start):
            continue  # a true count, or the countries of things counted before it
        quoted = " ".join(shown[start:end or match.end()].split())
        yield placed(explainer, place, text, start,
                     f"{where} says '{quoted}' but the country list has "
                     f"{held_by_lists(explainer, known.joined if other else 0, bool(end))}",
                     hint(explainer, selection=claimed > known.total))


def check_group_counts(explainer: Explainer, counting: Counting,
                       texts: Callable[..., Iterator[tuple[str, TextMap, str]]]
                       ) -> Iterator[Problem]:
    """Warn where a count names a group by its role ('8 founding signatories') and is wrong."""
    groups = [group for group in groups_of(explainer, counting) if group.words]
    wanted = naming_texts(explainer, groups, counting)
    for where, place, text in texts(explainer, wanted) if wanted else ():
        shown = blank_out(text)  # quoted words are the source's; markup is no word
        clean = counting.localised(shown)
        plain = counting.readable(clean)  # "2,5 Mrd. Euro, die 16 Länder" is one sentence
        for claimed, match in group_counts(clean, counting):
            said = words_of(match["words"], counting)
            named = [group for group in groups if group.words <= said]
            named = [g for g in named if not any(g.words < other.words for other in named)]
            if not named or not names_first(match, named, counting) \
                    or one_of_several(clean, claimed, match.end(), counting):
                continue  # no group's count, or one of a group told from the others
            qualifier, start = qualifier_before(clean, match.start(), counting)
            end, of_countries = naming_end(match["words"], named[0].words, counting)
            if counting.of_another is not None and \
                    counting.of_another(plain, match.start(), match.start("words") + end):
                continue  # "NATO's 32 members", "27 member states of the EU"
            if members_counted(plain, (match.start(), match.end()), named, counting):
                continue  # "32 donors, the 27 EU members among them": who they are is unsaid
            if not of_countries and (named[0].role in COUNTED_ROLES and not counting.plural(
                    counting.word.findall(match["words"].lower())[0])
                                     or modifies_noun(clean[match.start("words"):match.end(
                                         "words") + 40], named[0], counting)):
                continue  # "three host cities", "21 crew members" of the role 'crew'
            # Organisations are never countries, but 'two parties' may be the EU and the UK.
            if fits_count(qualifier, claimed, group_sizes(named, match["words"], of_countries,
                                                          counting),
                          range_opened(clean, match.start(), counting)):
                continue
            quoted = " ".join(shown[start:match.start("words") + end].split())
            yield placed(explainer, place, text, start,
                         f"{where} says '{quoted}' but the country list has "
                         f"{holding(named[0], not of_countries)} under '{named[0].role}'",
                         hint(explainer))


def group_sizes(named: list[Group], words: str, of_countries: bool,
                counting: Counting) -> set[int]:
    """Return the sizes a count naming these groups may mean: each group's, and the two
    groups' together where its words join their names ("5 parties and mediators")."""
    found = {size for group in named for size in group.sizes(of_countries)}
    parts = words.split()
    for at, joint in enumerate(parts):
        if joint.lower() in CONJUNCTIONS.get(counting.language, ()):
            before = words_of(" ".join(parts[:at]), counting)
            after = words_of(" ".join(parts[at + 1:]), counting)
            found |= {first + second for one in named if one.words == before
                      for two in named if two.words == after and two is not one
                      for first in one.sizes(of_countries) for second in two.sizes(of_countries)}
    return found


def naming_texts(explainer: Explainer, groups: list[Group],
                 counting: Counting) -> Callable[[str], bool] | None:
    """Return what tells a text that may count one of the groups, or None if no text can.

    A text names a group only if it holds a word that begins as each of the group's words
    ('host' begins 'hosts', 'signator' 'signatories'): a look for them in the whole explainer,
    then in each text, spares the count's pattern most texts.
    """
    if not groups:
        return None
    everything = "\n".join([explainer.dek,
                            *(section.body_text for section in explainer.sections),
                            *(text for section in explainer.sections
                              for _, _, text in section.said)])
    present = words_of(everything, counting)
    named = [group.words for group in groups if group.words <= present]
    if not named:
        return None
    return lambda text: counting.may_count(text) and any(
        words <= said for said in [words_of(text, counting)] for words in named)


def group_counts(text: str, counting: Counting) -> Iterator[tuple[int, re.Match[str]]]:
    """Yield (number, match) for each count in a text that may name a group, in figures or in
    words ('8 founding signatories', 'eight founding signatories'): a whole number, not a year
    ('In 2020 eight...') nor more than the world's countries ('1,200 founding signatory
    officials'); the words after it are the match's group 'words', and may hold the next."""
    for match in counting.count.finditer(text) if DIGIT.search(text) else ():
        if match["scale"] or "." in match["number"] or YEAR.fullmatch(match["number"]) \
                or inside_number(text, match.start()):
            continue
        claimed = int(counting.value(match))
        if claimed <= MOST_COUNTRIES:
            yield claimed, match
    at = 0  # the words after a number may hold the next: "six and eight members"
    while (match := counting.word_count.search(text, at)) is not None:
        at = match.end("word")
        claimed = counting.word_value(match["word"])
        if claimed is not None:  # None: a look-alike letter ('ſix') that a case-blind match let in
            yield claimed, match


def names_first(match: re.Match[str], named: list[Group], counting: Counting) -> bool:
    """Tell whether the words right after a count are a group's role words, in the role's
    order, not a number ('2020 eight founding...') or another noun ('1,200 founding signatory
    officials')."""
    words = ordered_words(match["words"], counting)
    nouns = {singular(noun, counting) for noun in counting.country_nouns}
    # "5 pays membres": the noun before the role, as French puts it, unless the role holds
    # it ("5 paesi d'origine" of 'paese d'origine').
    after = words[1:] if words and words[0] in nouns else words
    return any(start[:len(group.words)] == in_order(group.role, counting)
               for start in (words, after) for group in named if start[:len(group.words)])


def naming_end(words: str, role: frozenset[str], counting: Counting) -> tuple[int, bool]:
    """Return where, in the words after a count, the last word of a role's name ends, or the
    noun for countries right after it ('member countries'); and whether there is that noun,
    there or just before the role ('pays membres')."""
    nouns = {singular(noun, counting) for noun in counting.country_nouns}
    end, last, of_countries = 0, "", False
    for match in counting.word.finditer(words.lower()):
        word = singular(match[0], counting)
        if word in role or last in role and word in nouns:
            end, of_countries = match.end(), of_countries or word in nouns
        elif not last and word in nouns:
            of_countries = True  # "pays membres"
        last = word
    return end, of_countries
