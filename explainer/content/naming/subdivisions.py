"""Tell which country a region named as one is part of: the first-level subdivisions of ISO
3166-2 (a state, province or Land: 'Texas', 'Quebec', 'Bavaria', 'Sichuan').

Each is known by its name in ISO 3166-2 ('Bayern', 'Sichuan Sheng', 'Asturias, Principado
de'), its English name where pycountry has one ('Bavaria'), and the shorter forms a writer
uses: without a remark in brackets, before a comma, and without the word naming its kind
where that word ends several of one country's names ('Sheng', "oblast'"). A name that regions
of a few countries share ('Florida': the United States and Uruguay; 'Punjab') names them all;
one that many share is a direction ('Central', 'Western'), and names none. The table is read
only for a name nothing else knows, and for an Italian count of "paesi" in a sentence that
names a place (names_region(): a region's villages are no countries).

A few parts of countries have a flag of their own that explainer ships (England's, Scotland's,
Catalonia's): an entry whose label names one by its ISO 3166-2 name shows that flag. Their
names are read only for the label of an entry of their country, and only theirs.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections import Counter, defaultdict

import pycountry

from ..model import Country
from .countries import countries, flag_codes, index
from .names import name_key

# A last word that ends this many of one country's subdivisions' names names their kind.
KIND_WORD = 3
# A name that more countries' regions share than this is a direction, no region's own.
FEW_COUNTRIES = 4
REMARK = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")  # "Wales [Cymru GB-CYM]", "Guyane (française)"
# ISO 3166-2 gives a part's name in another of its languages in square brackets, with its
# other code, if any: "Catalunya [Cataluña]", "Wales [Cymru GB-CYM]".
OTHER_NAME = re.compile(r"\[([^\[\]]*?)(?:\s+[A-Z]{2}-[A-Z0-9]{1,3})?\]")
# A name in a text: capitalised words, perhaps joined by a particle ("Rio Grande do Sul", "Valle
# d'Aosta"); its first word may be the sentence's ("In Calabria").
CAPITAL = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w-]*"
PLACE = re.compile(rf"{CAPITAL}(?:(?:\s+(?:d[aeiou]s?|de[il]|della|dos|das)\s+|\s+|\s*d['’])"
                   rf"{CAPITAL}){{0,4}}")


def subdivision_of(text: str) -> list[Country]:
    """Return the countries, by name, that have a first-level subdivision of that name: none
    where it is no subdivision's, or that of subdivisions of many countries."""
    codes = subdivision_countries().get(name_key(text), frozenset())
    if len(codes) > FEW_COUNTRIES:
        return []
    return sorted((countries()[code] for code in codes), key=lambda country: country.name)


def names_region(text: str) -> bool:
    """Tell whether a text names a first-level region of a country, whole ("Nel 2024 la
    Calabria", "tra Sicilia e Calabria", "no Rio Grande do Sul"); not a country, nor a name
    of which a region's is only a part ("Nord Europa" names no "Nord")."""
    for place in PLACE.finditer(text):
        first = place[0].split(maxsplit=1)
        if subdivision_of(place[0]) or len(first) > 1 and subdivision_of(first[1]):
            return True
    return False


@functools.cache
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Return the codes of the countries whose first-level subdivisions have each name, by its
    key; a subdivision that is also a country of its own ('Taiwan Sheng') is left out."""
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"],
                                  fallback=True)
    kinds = first_level_kinds()
    found: defaultdict[str, set[str]] = defaultdict(set)
    for record in first_level():
        keys = {key for name in {record.name, english.gettext(record.name)}
                for key in name_keys(name, kinds[record.country_code])}
        if not any(key in index() for key in keys):
            for key in keys:
                found[key].add(record.country_code)
    return {key: frozenset(codes) for key, codes in found.items()}


@functools.cache
def first_level() -> list:
    """Return the records of ISO 3166-2's first-level subdivisions."""
    return [record for record in pycountry.subdivisions if record.parent_code is None]


@functools.cache  # read by subdivision_countries() and by part_flags() of each language
def first_level_kinds() -> defaultdict[str, set[str]]:
    """Return, by country, the words that end several of its first-level subdivisions' names."""
    return kind_words(first_level())


def part_flag(country: Country, label: str, language: str) -> str:
    """Return the ISO 3166-2 code of the part of a country that a label names, where its flag
    is shipped ('Scotland' of the United Kingdom: 'GB-SCT'), else ''. The label of any other
    country ('Chinese Taipei') reads no part's name: ISO 3166-2 is not loaded for it."""
    if not label or country.code not in countries_with_part_flags():
        return ""
    return part_flags(language).get((country.code, name_key(label)), "")


@functools.cache
def countries_with_part_flags() -> frozenset[str]:
    """Return the codes of the countries a part of which has a shipped flag ('GB' of 'GB-SCT')."""
    return frozenset(code.partition("-")[0] for code in flag_codes() if "-" in code)


def names_flagged_part(name: str, language: str) -> bool:
    """Tell whether a name is that of a part of a country whose flag is shipped, in English
    or in the language: 'England', 'Scotland', 'Catalunya', each a team of its own."""
    return name_key(name) in flagged_part_keys(language)


@functools.cache
def flagged_part_keys(language: str) -> frozenset[str]:
    """Return the keys of the names of every part of a country whose flag is shipped."""
    return frozenset(key for _, key in part_flags(language))


@functools.cache
def part_flags(language: str) -> dict[tuple[str, str], str]:
    """Return the code of each part of a country whose flag is shipped, by its country's code
    and the key of each of its names: ISO 3166-2's, in English and in the language."""
    books = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, fallback=True,
                                 languages=[tag.replace("-", "_")]) for tag in ("en", language)]
    kinds = first_level_kinds()
    found: dict[tuple[str, str], str] = {}
    for code in sorted(code for code in flag_codes() if "-" in code):
        record = pycountry.subdivisions.get(code=code)
        if record is None:
            continue
        names = {book.gettext(record.name) for book in books} | {record.name}
        names |= {other for name in names for other in OTHER_NAME.findall(name)}
        for name in names:
            for key in name_keys(name, kinds[record.country_code]):
                found.setdefault((record.country_code, key), code)
    return found


def kind_words(records: list) -> defaultdict[str, set[str]]:
    """Return, by country, the last words that end several of its subdivisions' names."""
    counts = Counter((record.country_code, name_key(REMARK.sub("", record.name)).split()[-1])
                     for record in records if name_key(REMARK.sub("", record.name)))
    kinds: defaultdict[str, set[str]] = defaultdict(set)
    for (code, word), count in counts.items():
        if count >= KIND_WORD:
            kinds[code].add(word)
    return kinds


def name_keys(name: str, kinds: set[str]) -> set[str]:
    """Return the keys of a subdivision's name and of its shorter forms."""
    plain = REMARK.sub("", name)
    keys = {name_key(name), name_key(plain), name_key(plain.partition(",")[0])}
    for key in list(keys):
        words = key.split()
        if len(words) > 1 and words[-1] in kinds:
            keys.add(" ".join(words[:-1]))
    return keys - {""}
