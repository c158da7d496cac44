"""The groups of a country list as a count may name them by their role ("8 founding
signatories", "5 member countries"), with the sizes such a count may mean.

A count that names one of the story's own roles means that role's group, and may take in the
countries that lead it ("12 member countries" beside 2 leads and 10 members), and those of the
roles that are a kind of it, whose names end with its words ("founding member" and "associate
member" are members; a "non-member" or a "former member" is not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Countries, Explainer, OrganisationEntry, RoleGroup, role_key
from ...naming.organisations import named_in
from ..counting import Counting
from ..texts.counted import YEAR
from ..texts.sentences import CLAUSE_BREAK, sentence_at

LEAD = "lead"  # the fixed role of the countries that lead the others
# The fixed roles whose word names their group in a count, followed by a noun for countries or
# in the plural ("3 host countries", "two funders"; not "three host cities"). 'lead' ("two
# lead negotiators"), 'contributing', 'supporting' and 'other' say too little.
COUNTED_ROLES = ("host", "funder")
# How far a count of an organisation's members may be from its name: "27 members of the EU".
NEAR = 30
# The words before a role's name that make it no kind of that role: "non member", "former
# member"; in the languages the checks read ("non membre", "ehemaliges Mitglied", "früherer
# Lieferant", "ex miembro", "antigo membro"), as singular() leaves them.
NOT_OF_KIND = ("non not no former ex would-be prospective candidate aspiring ancien ancienne "
               "anciens nicht ehemalig ehemalige ehemaliger ehemaliges früher frühere früherer "
               "früheres antiguo antigua antiguos antiguas antigo antiga não").split()


@dataclass(frozen=True)
class Group:
    """A group of a country list as a count may name it: its sizes and its words."""

    role: str
    countries: int
    members: int  # with its organisations: "2 parties" may be the EU and the UK
    words: frozenset[str]  # its role's words ('founding', 'signatory'), not its heading's,
    # which may be any phrase ('Have not signed')
    # Its other sizes, (countries, members): with the leads' and the kinds' of its role.
    wider: tuple[tuple[int, int], ...] = ()
    bodies: tuple[str, ...] = ()  # what its organisations are written: "EU", "l'UE", "UE"

    def sizes(self, of_countries: bool) -> set[int]:
        """Return the sizes a count naming the group may mean: of its countries alone, for a
        count that says so ("5 member countries"), else of its members too ("5 members")."""
        pairs = {(self.countries, self.members), *self.wider}
        return {size for pair in pairs for size in (pair[:1] if of_countries else pair)}


def words_of(text: str, counting: Counting) -> frozenset[str]:
    """Return a text's words, singular and lowercased, without the stop words."""
    found = set(counting.word.findall(text.lower())) - counting.stop_words
    return frozenset(singular(word, counting) for word in found)


def ordered_words(text: str, counting: Counting) -> list[str]:
    """Return a text's words in order, singular and lowercased, without the stop words."""
    return [singular(word, counting) for word in counting.word.findall(text.lower())
            if word not in counting.stop_words]


def in_order(role: str, counting: Counting) -> list[str]:
    """Return a role's words in its order, each once: a count names the group in that order
    ("8 founding signatories"), and in another names what the role acts on ("45 referendums
    held" beside 'held the referendums' counts referendums)."""
    return list(dict.fromkeys(ordered_words(role, counting)))


def singular(word: str, counting: Counting) -> str:
    """Return a lowercased word as its singular would be, so a role's plural meets it: in
    English 'signatories' is 'signatory'; in another language, its stem, which its singular
    shares ('Lieferanten' and 'Lieferant' are 'lieferant', 'paesi' and 'paese' 'paes')."""
    if counting.language != "en":
        return counting.stem(word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("s", "x")) and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def groups_of(explainer: Explainer, counting: Counting) -> list[Group]:
    """Return the groups of the story's own roles in every country list, with the words that
    name them, and their sizes with the leads' and the kinds'."""
    found = []
    for section in explainer.sections:
        if not isinstance(section, Countries):
            continue
        groups = section.groups
        leads = sizes_of([group for group in groups if group.known == LEAD])
        alike = alike_words(groups, counting)
        for group in groups:
            sizes = len(group.entries), len(group.members)
            words, bodies = words_of(group.role, counting), bodies_of(group, counting.language)
            if unnumbered(group.role, counting) in alike:
                continue  # "group a", "group b": "two groups" counts groups, none of them
            if not group.known:  # one of the story's own roles: its leads may be among it
                kinds = sizes_of([other for other in groups if not other.known
                                  and kind_of(other.role, group.role, counting)])
                wider = {plus(sizes, leads), plus(sizes, kinds), plus(plus(sizes, leads), kinds)}
                found.append(Group(group.role, *sizes, words, tuple(sorted(wider)), bodies))
            elif group.role in COUNTED_ROLES:  # a lead is no host
                found.append(Group(group.role, *sizes, words, (), bodies))
    return found


def alike_words(groups: tuple[RoleGroup, ...], counting: Counting) -> set[frozenset[str]]:
    """Return the words that name more than one role of a list, told apart only by a letter
    or a number ("group a" and "group b", "pool 1" and "pool 2")."""
    seen: dict[frozenset[str], str] = {}
    alike = set()
    for group in groups:
        words = unnumbered(group.role, counting)
        if seen.setdefault(words, role_key(group.role)) != role_key(group.role):
            alike.add(words)
    return alike


def unnumbered(role: str, counting: Counting) -> frozenset[str]:
    """Return a role's words without the letter or number that tells it from others like it:
    'group' of "group a" and of "pool 4"'s 'pool'."""
    return frozenset(word for word in words_of(role, counting)
                     if len(word) > 1 and not word.isdigit())


def kind_of(role: str, other: str, counting: Counting) -> bool:
    """Tell whether a role is a kind of another: its name is longer and ends with the other's
    words ("founding member" of "member"), not after a word that denies it ("non member"), or
    begins with them, as French, Spanish, Italian and Portuguese put it ("membre fondateur")."""
    words, others = ordered_words(role, counting), ordered_words(other, counting)
    if not others or len(words) <= len(others):
        return False
    if words[:len(others)] == others:
        return True
    head = words[:len(words) - len(others)]
    return words[-len(others):] == others and head[-1] not in not_of_kind(counting)


def not_of_kind(counting: Counting) -> frozenset[str]:
    """Return the words before a role's name that make it no kind of that role, as
    singular() leaves them in the language ('früherer' as 'fruher')."""
    return frozenset(singular(word, counting) for word in NOT_OF_KIND)


def sizes_of(groups: list[RoleGroup]) -> tuple[int, int]:
    """Return how many countries, and how many members, some groups hold in all."""
    return sum(len(group.entries) for group in groups), \
        sum(len(group.members) for group in groups)


def plus(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    """Return two pairs of sizes added."""
    return first[0] + second[0], first[1] + second[1]


def bodies_of(group: RoleGroup, language: str) -> tuple[str, ...]:
    """Return what a group's organisations are written: their names, initials and labels, in
    English and as the language's press writes them ("EU", "European Union", "UE")."""
    found = set()
    for entry in group.members:
        if isinstance(entry, OrganisationEntry):
            body = entry.organisation
            found |= {entry.label, body.name, body.initials}
            found |= {written for own in named_in(language).values() if body.key
                      and own.key == body.key for written in (own.name, own.initials)}
    return tuple(sorted(found - {""}, key=len, reverse=True))


def members_counted(text: str, span: tuple[int, int], groups: list[Group],
                    counting: Counting) -> bool:
    """Tell whether the sentence of a group's count (its span in text) counts, in the same
    clause as a name of one of the group's organisations and near it, that organisation's
    members ("32 donors, the 27 EU members among them", "the EU's 27 members"), which the
    list does not name: the group's count cannot be checked. Not a year nor an amount."""
    names = [name for group in groups for name in group.bodies]
    if not names:
        return False
    start, end = span
    blanked = text[:start] + " " * (end - start) + text[end:]  # the count itself is no member
    sentence = sentence_at(blanked, start)
    amounts = [m.span() for m in (*counting.money(sentence), *counting.percent.finditer(sentence))]
    numbers = [number.span() for number in (*counting.number.finditer(sentence),
                                            *counting.number_word.finditer(sentence))
               if not YEAR.fullmatch(number[0].strip())
               and not any(first <= number.start() < last for first, last in amounts)]
    body = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return any(abs(found.start() - number[0]) <= NEAR and not CLAUSE_BREAK.search(
        sentence[min(number[0], found.start()):max(number[1], found.end())])
        for number in numbers for found in body.finditer(sentence))


def modifies_noun(words: str, group: Group, counting: Counting) -> bool:
    """Tell whether a count's words give its group's role in the singular before a plural noun
    it qualifies, which is what is counted ("21 crew members" of the role 'crew', "three host
    cities"), not the group's countries."""
    tokens = [word for word in counting.word.findall(words.lower())
              if word not in counting.stop_words]
    ends = [at for at, word in enumerate(tokens) if singular(word, counting) in group.words]
    last = ends[-1] if ends else None
    return last is not None and last + 1 < len(tokens) \
        and singular(tokens[last], counting) == tokens[last] and counting.plural(tokens[last + 1])
