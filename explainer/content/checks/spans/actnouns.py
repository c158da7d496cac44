"""The nouns a language makes of a verb, which name the act the verb tells: "the declaration"
is what "Independence declared" did, "the derailment" what "Train derails" did. English makes
them with -ation, -ion, -al, -ment and -ure (texts/actverbs.py): a noun whose stem, its ending
taken off, is a title's word names that title's act (spans.py), "invasion" that of "invades".
The stem of a verb a title writes with a prefix names it too ("the ruling", "overrules"), and
a doer's possessive no title has is left aside ("India's landing" names "Vikram lands").
A noun of a kind of act names each act of its kind: "the crash" names "Train derails".
Two verbs may tell one act as newsrooms write it: a body "found" is one "recovered", one
"sworn in" took office; a sentence with either names a title with the other (acts_alike()).
A title's act is its verb, not a noun of it: "the vote" names "Australians vote No", not "Early
voting opens", whose act is the opening (as_verbs()).
German makes them with -ung of a verb's stem, and a title writes a separable verb apart, its
particle last ("Steinmeier löst den Bundestag auf"): its infinitive joins them again ("auflösen",
whose noun is "die Auflösung"). The noun that heads a clause's subject names an event too
("La réouverture a eu lieu 1 332 jours après l'incendie", "Bei der Wahl, 58 Tage nach der
Auflösung, ..."): a noun of an act that one title alone has, or, in German, the last part of a
compound that one title alone has ("Wahl" of "Vorgezogene Bundestagswahl").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..texts.actverbs import SHORTEST_ROOT, TOLD_BY_VERB, verb_stems
from ..texts.days import stated_dates
from .actforms import bare_nouns, particles_after, umlauted_verbs
from .spanends import End

if TYPE_CHECKING:
    from ..dates.dateclaims import Title

# The particles German writes apart from a verb, last in its clause ("löst ... auf").
PARTICLES: dict[str, tuple[str, ...]] = {
    "de": ("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit",
           "nach", "vor", "weg", "zu", "zurück", "zusammen", "um"),
}
# The verb ending a title writes its act with (the present's third person: "löst", "wählt").
PRESENT: dict[str, str] = {"de": "t"}
# Each language's way to head a clause's subject: a preposition perhaps, an article, its noun.
SUBJECTS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\W*(?:(?:at|in|after|before|since|on|during|with)\s+)?the\s+"
                     r"(?P<noun>[^\W\d_]+)", re.IGNORECASE),
    "fr": re.compile(r"\W*(?:(?:à|dans|lors\s+de|après|avant|depuis|pendant|de)\s+)?"
                     r"(?:la|le|les|l['\u2019])\s*(?P<noun>[^\W\d_]+)", re.IGNORECASE),
    "de": re.compile(r"\W*(?:(?:bei|nach|vor|mit|seit|in|an|zu|während)\s+)?"
                     r"(?:der|die|das|dem|den|des|zur|zum|beim|im|am)\s+(?P<noun>[^\W\d_]+)",
                     re.IGNORECASE),
}
# Each language's prefixes a verb takes and its noun of the act may drop: "the ruling" of
# "The court overrules Roe", "the holding" of "The court upholds the ban".
PREFIXES: dict[str, tuple[str, ...]] = {"en": ("over", "under", "out", "up")}
# Each language's way to write an act's doer before its noun: "India's landing".
POSSESSORS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\W*(?:the\s+)?(?P<owner>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)"
                     r"['\u2019]s?\s+(?P<noun>[^\W\d_]+\W*)\Z", re.IGNORECASE),
}
COMPOUNDS = frozenset({"de"})  # the languages that join a compound's nouns in one word
# Each language's nouns made of a verb that name its act as a thing, not as what a title says
# was done: English's gerund, "Early voting opens".
VERBAL_NOUNS: dict[str, re.Pattern[str]] = {"en": re.compile(r"\b[a-z]{3,}ing\b", re.IGNORECASE)}
# Each language's nouns that name an act of several kinds, with the stems of the verbs of each
# kind: newsrooms call a derailment or a collision "the crash", and a jury's conviction or
# acquittal "the verdict".
KINDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"crash": frozenset({"derail", "collid", "plung"}),
           "verdict": frozenset({"convict", "acquit", "acquitt"})},
}

# Each language's nouns of an act that are its verb's root, made by no ending, in the cases the
# words of a span put them in ("po wyborze", after the choice), with the forms of the verb a
# title writes the act with: "wybór" of "Sejm wybiera Donalda Tuska". Only forms no other noun
# shares: "wyborem" is read as the elections' "wybory".
ROOT_NOUNS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "pl": ((("wyborze",), ("wybiera", "wybierze", "wybrał", "wybrała", "wybrany", "wybrana")),
           (("powrocie", "powrotem"), ("wraca", "wróci", "wrócił", "wróciła", "powraca",
                                       "powrócił", "powróciła")),
           (("ataku", "atakiem"), ("atakuje", "zaatakował", "zaatakowała", "zaatakowali")),
           (("starcie", "startem"), ("startuje", "wystartował", "wystartowała")),
           (("upadku", "upadkiem"), ("upada", "upadł", "upadła"))),
}

# Each language's ways of telling one act, each as the stems of its words, all of which a text
# must have: a victim "found" on a day is "recovered" that day, and a president "sworn in"
# "takes office". Only acts that are one, never an act and its likely sequel ("arrested" and
# "charged" are two events).
SAME_ACTS: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {
    "en": ((frozenset({"found"}), frozenset({"find"}), frozenset({"recover"})),
           (frozenset({"swear"}), frozenset({"tak", "offic"})),
           (frozenset({"arrest"}), frozenset({"detain"}))),
}


def acts_alike(text: str, content_words: Callable[[str], set[str]], language: str) -> set[str]:
    """Return the content words of a text, with those of each other way of telling an act it
    tells (SAME_ACTS): "found" of "the last of the six was found" with "recover"."""
    words = content_words(text)
    for ways in SAME_ACTS.get(language.split("-")[0], ()):
        if any(way <= words for way in ways):
            words = words.union(*ways)
    return words


def act_roots(word: str, language: str, content_words: Callable[[str], set[str]]) -> set[str]:
    """Return the stems of the verbs a noun (a stem, as content_words gives it) may be made of:
    "declar" of "declaration", "invad" of "invasion", "announc" of "announcement", "wybier" of
    "wyborze" (ROOT_NOUNS); none for a word of no such ending, or in a language whose endings
    are not read (those TOLD_BY_VERB are the checks of days')."""
    tongue = language.split("-")[0]
    roots = set(KINDS.get(tongue, {}).get(word, ()))
    for nouns, verbs in ROOT_NOUNS.get(tongue, ()):
        if word in content_words(" ".join(nouns)):
            roots |= content_words(" ".join(verbs))
    for root in verb_stems(word, tongue) if tongue not in TOLD_BY_VERB else ():
        roots |= {root, *content_words(root)}  # "announce" is read as "announc"
    return roots


def as_acts(named: set[str], words: set[str], language: str,
            content_words: Callable[[str], set[str]], verbs: dict[str, str] | None = None
            ) -> set[str]:
    """Return the words a span names, each noun of an act that no title has written as its
    verb's stem where a title (all their `words`) has that stem: "the declaration" as
    "declar"; or, verbs giving a separable verb's infinitive for its title's word, as that
    word ("die Auflösung" as "lost" of "löst ... auf"); a verb's stem a title writes with a
    prefix (PREFIXES) as that title's word ("the ruling" as "overrul")."""
    verbs = verbs or {}
    prefixes = PREFIXES.get(language.split("-")[0], ())
    return {verbs.get(first, first) for word in named
            for found in [set() if word in words
                          else ({word} | act_roots(word, language, content_words))
                          & (words | set(verbs)) | own_forms(word, language) & words
                          | {one for one in words for prefix in prefixes
                             if one == prefix + word and len(word) >= 3}]
            for first in [next(iter(sorted(found)), word)]}


def own_forms(word: str, language: str) -> set[str]:
    """Return the forms a noun of an act may meet its title in (see actforms.py): its bare
    form, "dom" of "dommen", and those of the verb its vowel changes to make, "dømmes"."""
    bare = bare_nouns(word, language)
    return bare | {verb for noun in bare | {word} for verb in umlauted_verbs(noun, language)}


def alike_acts(acts: set[str], named: set[str], titles: list[Title]) -> list[End]:
    """Return the events of the titles a noun of an act names alike, each of which has its
    verb, where that verb is all the words read (`acts` of `named`): "the declaration" beside
    "The WHO declares its first mpox emergency" and "The WHO declares mpox an emergency
    again"; none for words that are no noun of an act, or that name one title or none."""
    found = [title.event for title in titles if acts != named and acts <= title.words]
    return [End(f"'{event.title}'", event.date, event) for event in found] \
        if len(found) > 1 else []


def separable_verbs(titles: list[str], language: str, content_words: Callable[[str], set[str]]
                    ) -> dict[str, str]:
    """Return the infinitives' stems of the separable verbs titles write apart, each with the
    title's word of its verb: "auflos" for "lost" of "Steinmeier löst den Bundestag auf",
    and "inträd" for "träd" of "Sverige träder in i Nato" (see actforms.py)."""
    tongue = language.split("-")[0]
    particles, ending = PARTICLES.get(tongue, ()), PRESENT.get(tongue, "")
    found = particles_after(titles, language, content_words)
    for title in titles:
        for clause in re.split(r"[,;:]", title):
            said = clause.split()
            if len(said) < 3 or said[-1].lower() not in particles:
                continue
            for verb in said[1:-1]:
                if verb.islower() and ending and verb.endswith(ending):
                    for stem in content_words(said[-1].lower() + verb[:-len(ending)] + "en"):
                        found[stem] = next(iter(sorted(content_words(verb))), verb)
    return found


def subject_end(said: str, titles: list[Title], language: str,
                content_words: Callable[[str], set[str]], start: End) -> End | None:
    """Return the event the noun heading a clause's subject names, where it gives no day: a
    noun of an act one title alone has ("La réouverture" of "Réouverture de la cathédrale",
    "The declaration" of "Independence declared"), or the last part of a compound one title
    alone has ("Bei der Wahl" of "Vorgezogene Bundestagswahl"); not the start's own."""
    subject = SUBJECTS.get(language.split("-")[0])
    found = subject.match(said) if subject is not None else None
    if found is None or any(stated_dates(said, language)):
        return None
    nouns = content_words(found["noun"])
    holders = [title.event for title in titles
               if names_act(nouns, title.words, language, content_words)]
    if len(holders) != 1 or holders[0] is start.event:
        return None
    return End(f"'{holders[0].title}'", holders[0].date, holders[0])


def names_act(nouns: set[str], words: set[str], language: str,
              content_words: Callable[[str], set[str]]) -> bool:
    """Tell whether a noun names the act of a title (its words): a noun of an act that the
    title has, or whose verb's stem it has; or the last part of one of its compounds."""
    for noun in nouns:
        roots = act_roots(noun, language, content_words)
        if roots and (noun in words or roots & words):
            return True
        if language.split("-")[0] in COMPOUNDS and len(noun) >= SHORTEST_ROOT and any(
                word != noun and word.endswith(noun) for word in words):
            return True
    return False


def without_owner(named: str, titles: list[Title], language: str,
                  content_words: Callable[[str], set[str]]) -> str | None:
    """Return the noun of an act a doer's possessive heads ("India's landing"), where no
    title has the doer's words: the title that tells the act may name its doer otherwise
    ("Vikram lands"); None where there is no possessive, or a title has the doer ("Russia's
    landing" beside "Russia's Luna-25 crashes" names an act of its own)."""
    pattern = POSSESSORS.get(language.split("-")[0])
    found = pattern.match(named) if pattern is not None else None
    if found is None or any(content_words(found["owner"]) & title.words for title in titles):
        return None
    return found["noun"]


def as_verbs(titles: list[Title], language: str, content_words: Callable[[str], set[str]]
             ) -> list[Title]:
    """Return the titles with the words each writes as a verbal noun (VERBAL_NOUNS) left out,
    and as their own the rest that no other title has: of "Early voting opens" and
    "Australians vote No", "vot" is then the second's own, which "the vote" names."""
    nouns = VERBAL_NOUNS.get(language.split("-")[0])
    if nouns is None:
        return titles
    verbs = [title.words - content_words(" ".join(nouns.findall(title.event.title)))
             for title in titles]
    shared = Counter(word for words in verbs for word in words)
    return [title._replace(words=words, own={word for word in words if shared[word] == 1})
            for title, words in zip(titles, verbs, strict=True)]
