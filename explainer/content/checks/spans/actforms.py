"""The forms in which a noun of an act meets its title's verb where the noun's own form hides
it: a short noun's definite form, whose final consonant Norwegian and Danish double ("dommen"
of "Dom på 21 års forvaring"), a noun whose verb changes its vowel ("dommen" of "dømmes",
"valget" of "velges"), and a particle verb written with its particle after it ("Sverige
träder in i Nato"), whose noun puts the particle first ("inträdet").
"""

from __future__ import annotations

from collections.abc import Callable

# Each language's endings of a noun's definite article, as the stem keeps them on a short
# noun ("domen", Swedish, stays whole), and the languages that double a short noun's final
# consonant before them ("dom", "dommen").
ARTICLES: dict[str, tuple[str, ...]] = {
    "sv": ("en", "et", "n", "t"), "nb": ("en", "et", "a"), "no": ("en", "et", "a"),
    "da": ("en", "et"),
}
DOUBLING = frozenset({"sv", "nb", "no", "da"})
# Each language's vowels a weak verb makes of its noun's (umlaut): "dom" and "dømme", "valg"
# and "velge"; and the endings of that verb's forms a title writes ("dømmes", "dømt", "velger").
UMLAUTS: dict[str, dict[str, str]] = {
    "sv": {"o": "ö", "a": "ä", "u": "y", "å": "ä"},
    "nb": {"o": "ø", "a": "e", "u": "y", "å": "ø"},
    "no": {"o": "ø", "a": "e", "u": "y", "å": "ø"},
    "da": {"o": "ø", "a": "æ", "u": "y", "å": "ø"},
}
VERB_ENDINGS: dict[str, tuple[str, ...]] = {
    "sv": ("", "a", "er", "s", "es", "de", "des", "t", "ts"),
    "nb": ("", "e", "er", "es", "te", "tes", "t", "et", "de", "d"),
    "no": ("", "e", "er", "es", "te", "tes", "t", "et", "de", "d"),
    "da": ("", "e", "er", "es", "te", "tes", "t", "et", "ede", "edes"),
}
# The particles a language writes right after its verb ("träder in", "legger fram"), which
# its noun of the act puts first ("inträde", "framlegging").
PARTICLES_AFTER: dict[str, tuple[str, ...]] = {
    "sv": ("in", "ut", "upp", "ner", "av", "på", "till", "över", "fram", "bort", "om", "an",
           "åt", "igen", "ihop", "tillbaka", "undan"),
    "nb": ("inn", "ut", "opp", "ned", "av", "på", "til", "over", "fram", "bort", "om", "igjen",
           "tilbake", "sammen"),
    "da": ("ind", "ud", "op", "ned", "af", "på", "til", "over", "frem", "bort", "om", "igen",
           "tilbage", "sammen"),
}
PARTICLES_AFTER["no"] = PARTICLES_AFTER["nb"]


def bare_nouns(word: str, language: str) -> set[str]:
    """Return the forms a noun's stem may be of, its definite article taken off and a doubled
    final consonant made single: "dom" of "domm" ("dommen") and of "domen"; none in a
    language whose articles are not read."""
    tongue = language.split("-")[0]
    found = {word[:-len(article)] for article in ARTICLES.get(tongue, ())
             if word.endswith(article) and len(word) - len(article) >= 3}
    found.add(word)
    if tongue in DOUBLING:
        found |= {one[:-1] for one in found
                  if len(one) >= 4 and one[-1] == one[-2] and one[-1] not in "aeiouyåäöæø"}
    return found - {word}


def umlauted_verbs(noun: str, language: str) -> set[str]:
    """Return the forms of the verb a noun's vowel changes to make ("dømmes", "dømt" of
    "dom"), its last vowel changed as the language's umlaut changes it, its final consonant
    doubled or not; none in a language with no such table."""
    tongue = language.split("-")[0]
    vowels = UMLAUTS.get(tongue, {})
    last = max((at for at, letter in enumerate(noun) if letter in vowels), default=-1)
    if last < 0 or len(noun) < 3:
        return set()
    root = noun[:last] + vowels[noun[last]] + noun[last + 1:]
    return {base + ending for base in (root, root + root[-1])
            for ending in VERB_ENDINGS.get(tongue, ())}


def particles_after(titles: list[str], language: str,
                    content_words: Callable[[str], set[str]]) -> dict[str, str]:
    """Return the stems of the particle verbs titles write with the particle right after the
    verb, as their nouns join them, each with the title's word of its verb: "inträd" for
    "träd" of "Sverige träder in i Nato"."""
    particles = PARTICLES_AFTER.get(language.split("-")[0], ())
    found = {}
    for title in titles:
        said = title.split()
        for verb, particle in zip(said[1:], said[2:], strict=False):
            if particle.lower() in particles and verb.islower():
                for stem in content_words(particle.lower() + verb):
                    found[stem] = next(iter(sorted(content_words(verb))), verb)
    return found
