"""Turkish words for the checks of numbers: its numbers in words ("on bir", "yirmi beş", "iki
yüz", "üç bin"), a word's lowercase and rough stem, and the qualifiers written after a number
("50 binden fazla", "3 milyon civarında", "bini aşkın").

Turkish joins its endings to a word ("ilde", "ülkeden", "kişinin"), after an apostrophe to a
name or to digits ("Türkiye'de", "2023'te", "%50'si"), and has a dotted and a dotless i, each
with its own capital: "İ" is the capital of "i", "I" that of "ı"."""

from __future__ import annotations

import functools
import re

from ...naming.names import caseless

UNITS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
         "dokuz": 9}
TENS = {"on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60,
        "yetmiş": 70, "seksen": 80, "doksan": 90}
# The words a number in words may follow as part of a longer one: "beş" of "yirmi beş".
CONTINUED = [*TENS, "yüz", "bin"]


def number_words() -> dict[str, int]:
    """Return the numbers in words up to ten thousand, their parts joined by '-': "on bir"
    (11), "yirmi beş" (25), "yüz" (100), "iki yüz elli" (250), "bin" (1,000), "üç bin"."""
    below_hundred = UNITS | TENS | {f"{ten}-{unit}": tens + units for ten, tens in TENS.items()
                                    for unit, units in UNITS.items()}
    found = dict(below_hundred) | {"yüz": 100, "bin": 1000}
    for unit, units in UNITS.items():
        if units > 1:
            found |= {f"{unit}-yüz": 100 * units, f"{unit}-bin": 1000 * units}
    found |= {f"yüz-{word}": 100 + value for word, value in below_hundred.items()}
    return found | {"on-bin": 10_000}


NUMBER_WORDS = number_words()


def lower(word: str) -> str:
    """Return a word in lowercase as Turkish writes it: "İki" is "iki", "KIRK" is "kırk"."""
    return word.replace("I", "ı").replace("İ", "i").lower()


N_VOWEL = re.compile("n[aeiuü]")
LAST_VOWEL = re.compile("[^aeiouöü][aeiouöü]\\Z")
# The endings of a noun, dotless ı read as i (see stem()), the longest first: plural, then
# possessive, then case ("illerde", "ülkesinde", "kişinin", "binada", "ülkeye").
ENDINGS = sorted({plural + possessive + case
                  for plural in ("", "ler", "lar")
                  for possessive in ("", "leri", "lari", "si", "su", "sü", "i", "u", "ü")
                  for case in ("", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "deki",
                               "daki", "nde", "nda", "nden", "ndan", "ndeki", "ndaki", "nin",
                               "nun", "nün", "in", "un", "ün", "ye", "ya", "yi", "yu", "yü",
                               "yle", "yla", "ne", "na", "ni", "nu", "nü")
                  # "ülkesine", "binaya": an n and a vowel end a word only after a possessive
                  if possessive or case and not N_VOWEL.fullmatch(case) or plural},
                 key=len, reverse=True)


# What a verb made passive or reflexive by its "n" or "l" ("taşın", "yapıl", "imzalan") ends
# with in the past and as a participle: "taşındı", "taşınmıştı" and "taşınan" are one verb.
VERB_ENDING = re.compile(r"(?<=[ln])(?:an|en|[dt][iuü]|m[iuü]ş(?:t[iuü])?)\Z")
# A verb whose root ends in a vowel is made passive by an "n" ("etkile", affect; "etkilen",
# be affected) and takes its past right after the root ("etkiledi", affected): without either,
# "etkiledi" and "etkilenen" (the affected) are one verb, as "taşındı" and "taşıdı" are.
PASSIVE_N = re.compile(r"(?<=[aeiouöü])n\Z")
ACTIVE_PAST = re.compile(r"(?<=[aeiouöü])[dt][iuü]\Z")
# The copula after a locative case, "was" or "is" of where a thing stands: "büyüklüğündeydi"
# (was of magnitude), "büyüklüğündedir", "ildeymiş" are "büyüklüğünde", "ilde" (dotless ı as i).
COPULA = re.compile(r"(?<=[dt][ae])(?:yd[iuü]|ym[iuü]ş|d[iuü]r)\Z")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: without case, its dotted and dotless i as one, without
    what follows an apostrophe ("Türkiye'de" as "türkiye") and without its commonest endings, so
    that "il", "ilde" and "illerde", "ülke" and "ülkeden", "kişi" and "kişinin" meet; and
    a passive verb without its tense, so that "taşındı" and "taşınan" meet."""
    word = caseless(word).replace("\u2019", "'").split("'")[0]
    copula = COPULA.search(word)
    word = word[:copula.start()] if copula is not None and copula.start() >= 4 else word
    verb = VERB_ENDING.search(word)
    if verb is not None and verb.start() >= 4:  # "taşındı" as "taşın"; not "gelen", "plan"
        return PASSIVE_N.sub("", word[:verb.start()])
    active = ACTIVE_PAST.search(word)
    if active is not None and active.start() >= 4:  # "etkiledi" as "etkile"
        return word[:active.start()]
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[:-len(ending)]
            break
    # A last vowel after a consonant may be an ending ("ili", "depremi") or the word's own
    # ("kişi"): without it, "il" and "ili", "kişi" and "kişiyi" meet.
    return word[:-1] if LAST_VOWEL.search(word) and len(word) > 2 else word


# What a qualifier after a number says, by the case the number takes before it: "50 binden
# fazla" (more), "10'dan az" (fewer), "3 milyona yakın" (nearly), "3 milyona kadar" (up to),
# "bini aşkın" and "üzerinde" (more), "3 milyon kadar" and "civarında" (about).
QUALIFIED = re.compile(
    r"['’]?(?:(?P<ablative>[dt][ae]n)\s+(?P<than>fazla|az)|y?[ae]\s+(?P<toward>yakın|kadar)"
    r"|(?:y?[ıiuü])?\s+(?P<after>aşkın|üzerinde|civarında|dolayında|kadar|altında))(?!\w)",
    re.IGNORECASE)
AFTER = {"fazla": "more", "az": "fewer", "yakın": "nearly", "aşkın": "more",
         "üzerinde": "more", "civarında": "about", "dolayında": "about", "kadar": "about",
         "altında": "fewer"}
TOWARD = {"yakın": "nearly", "kadar": "up to"}
# Where such a qualifier may stand: after the number ("50.000'den fazla kişi") or its scale
# ("50 binden fazla kişi"), or after the amount ("yüzde 50'den fazla", "50 bin kişiden fazla").
QUALIFIED_AT = re.compile(r"\d[\d.,]*(?:\s(?:bin|milyon|milyar|trilyon))?", re.IGNORECASE)
ABLATIVE_END = re.compile(r"[dt][ae]n\Z", re.IGNORECASE)
THAN = re.compile(r"\s+(?P<than>fazla|az)(?!\w)", re.IGNORECASE)


def qualifier_of(found: re.Match[str]) -> str:
    """Return what a qualifier after a number says: 'more', 'about', ..."""
    if found["than"]:
        return AFTER[lower(found["than"])]
    if found["toward"]:
        return TOWARD[lower(found["toward"])]
    return AFTER[lower(found["after"])]


def qualified_after(text: str, start: int, end: int) -> str:
    """Return the qualifier written after the number of an amount from start to end, within
    it or just after it ("50 binden fazla kişi", "yüzde 50'den fazla"), or ''."""
    number = QUALIFIED_AT.match(text, start)
    found = QUALIFIED.match(text, number.end()) if number is not None else None
    if found is not None or (found := QUALIFIED.match(text, end)) is not None:
        return qualifier_of(found)
    if ABLATIVE_END.search(text, start, end) and (than := THAN.match(text, end)) is not None:
        return AFTER[lower(than["than"])]  # "50 bin kişiden fazla": the noun takes the case
    return ""


# A change after its amount: "%5 arttı", "yüzde 5 geriledi", "yüzde 5 oranında azaldı", "%5'lik
# artış"; not the level it reaches, with its ending ("%5'e yükseldi", "yüzde 5'e geriledi").
CHANGE_AFTER = (r"(?:['’]l[iıuü]k)?\s+(?:(?:oranında|civarında|dolayında|kadar)\s+)?"
                r"(?:art(?!ık)|azal|düş(?!ük)|gerile|yüksel|büyü(?!k)|daral|küçül|eksil)")
