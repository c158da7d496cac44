"""Text written in Latin letters, for the names of files and the ids of a page: Выборы gives
vybory, 地震 dezhen, राहत rahat, 한국 hanguk, ประเทศไทย prathetthai, Straße strasse. It imports
nothing heavy: the listings use it, which a build that finds nothing changed loads without
YAML, Markdown or Jinja; and the rules of India's scripts (brahmic.py) only for a text that
holds one."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# What transliteration writes for a letter that has no Latin sound of its own (Russian ь and ъ,
# Hawaiian and Uzbek ʻ, Arabic ع, Hebrew א) or for the mark on one (Armenian Թ gives T'): it is
# left out, as ISO 9 and python-slugify's slugs leave it, rather than splitting a word in two
# (Мосьва gives mosva, not mos-va). An apostrophe typed in the text still parts words.
SIGNS = str.maketrans("", "", "'`")
# The letters of India's Brahmic scripts, from Devanagari to Malayalam.
BRAHMIC = re.compile("[\u0900-\u0d7f]")
# Hangul's syllables, which hangul.py spells by their sounds.
HANGUL = re.compile("[\uac00-\ud7a3]")
# Thai's letters, which thai.py spells by their sounds.
THAI = re.compile("[\u0e01-\u0e4e]")
# The letters romanise.py spells by a standard: Greek, Cyrillic, Armenian and Georgian.
ROMANISED = re.compile("[\u0370-\u04ff\u0531-\u0587\u10a0-\u10ff\u1c90-\u1cbf\u1f00-\u1fff]")


def slugify(text: str, language: str = "") -> str:
    """Turn a heading or a tag into an id: lowercase ASCII words joined by hyphens, letters of
    other scripts written in Latin ones (Выборы gives vybory, 地震 dezhen, Straße strasse),
    those of India's scripts as the language of the text says them, if it is written in one;
    a number's groups of thousands joined (1,000 and 10.000 give 1000 and 10000)."""
    text = THOUSANDS.sub("", text)
    return re.sub(r"[^a-z0-9]+", "-", in_ascii(text, language).lower()).strip("-")[:60].strip("-")


# What parts a number's thousands, in English, German or French ("1,000", "10.000", "2 000"
# with a no-break space): not a decimal point before fewer or more than three digits ("18.1").
THOUSANDS = re.compile("(?<=\\d)[,.\u00a0\u202f\u2009](?=\\d{3}(?!\\d))")


def in_ascii(text: str, language: str = "") -> str:
    """Return a text in ASCII: Latin letters without their accents, other letters written in
    Latin ones (those of India's scripts as the language, or else the script's most common
    one, says its words: राहत gives rahat, ಕರ್ನಾಟಕ karnataka; Greek ones as ELOT 743 spells
    them, Αυγούστου avgoustou; Korean and Thai ones by their sounds, 한국 hanguk, ไทย thai;
    Serbian ones in Serbian's Latin letters, Лозница loznica, and those of other languages
    with a standard of their own by it, Київ in Ukrainian kyiv),
    marks of punctuation other than ASCII's left out (so Haiti’s gives Haitis), and so are the
    signs that have no Latin sound (Объём gives Obem)."""
    if text.isascii():
        return text
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter: é gives e
        if not char.isascii() and unicodedata.category(char)[0] in "PS":
            continue  # ’ « — €
        kept.append(char)
    spelt = unicodedata.normalize("NFC", "".join(kept))
    if BRAHMIC.search(spelt):
        from .brahmic import spell  # here: a text in another script does without it

        spelt = spell(spelt, language)
    if ROMANISED.search(spelt):
        from . import romanise  # here, as brahmic is

        spelt = romanise.spell(spelt, language)
    if HANGUL.search(spelt):
        from . import hangul  # here, as brahmic is

        spelt = hangul.spell(spelt)
    if THAI.search(spelt):
        from . import thai  # here, as brahmic is

        spelt = thai.spell(spelt)
    return NON_ASCII.sub(lambda run: anyascii(run[0]).translate(SIGNS), spelt)


# Scripts whose letters Latin ones spell one for one, as the slugs write them: others lose what
# tells words apart (Persian سد and صد both give sd, Chinese 政治 and 正直 zhengzhi).
SPELT_ONE_FOR_ONE = ("LATIN", "GREEK", "CYRILLIC")


def spelt_out(text: str) -> bool:
    """Tell whether every letter of a text is of a script that slugify() spells one for one."""
    return all(unicodedata.name(char, "").startswith(SPELT_ONE_FOR_ONE)
               for char in text if char.isalpha() and not char.isascii())
