"""The order in which readers of a language look names up: the lists of countries and tags.

Names are compared as name_key() spells them, without case or accents: Égypte among the E's,
not after Zambie, as French and English readers look it up. But a letter that a language's
alphabet holds as a letter of its own comes after its base letter and every word that goes on
with it, as CLDR's collation has it: the Turkish Çad after Cezayir, the Swedish Österrike after
Zimbabwe, the Polish Łotwa after Luksemburg, the Czech Chile after Honduras, the Vietnamese
Ấn Độ (â with a tone mark, which is an accent) after Azerbaijan, the Hungarian Csád after
Curaçao. And a Cyrillic or Arabic-script letter that Unicode does not decompose as an accented
one, or that CLDR's root order holds as a letter of its own, stands in that order, not after я
or ي (Ukrainian Єгипет and Індія, the Russian Йемен after Италия, the Arabic كندا before لبنان,
the Persian پاکستان before ترکیه, the Serbian Јадар after Иван and Џамија after Чачак).
Simplified Chinese lists its names by their pinyin, as CLDR's default collation for it does:
美国 (mei guo) before 苏丹 (su dan), where Unicode encodes 苏 first. Japanese lists kana as
one syllabary (イタリア beside いわて) and its kanji after them in JIS X 0208's order, as CLDR's
collation for it does: 国政 (koku) before 参院 (san), where Unicode encodes 参 first.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from ..content.naming.names import name_key
from .capitals import DOTTED_I, base_language

# The letters each language's alphabet sorts as letters of their own, from CLDR's collation
# (common/collation/<language>.xml, the standard order): a base letter, then, in their order,
# the letters that come after it and after every word that goes on with it; letters that
# sort as one are joined by '|'. The root's Cyrillic letters hold in every language, and so
# do its Arabic-script ones, which Unicode encodes after the Arabic alphabet: Persian and Urdu
# پ after ب, the kaf an Arabic keyboard types (ك, which name_key() spells ک) after ق. So do
# its Tamil ones, in the alphabet's order that Unicode's is not: ம before ன, ல வ ழ ள ற ன,
# then the Grantha letters ஜ ஶ ஷ ஸ ஹ.
ROOT = ("г ґ", "д ђ", "е є", "з ѕ", "и і|ї й ј", "л љ", "н њ", "т ћ", "у ў", "ч џ",
        "ب پ", "ت ٹ", "ج چ", "د ڈ", "ر ڑ", "ز ژ", "ق ک|ك گ", "ن ں",
        "ல வ ழ ள ற ன ஜ ஶ ஷ ஸ ஹ")
OWN_LETTERS = {
    "cs": ("c č", "h ch", "r ř", "s š", "z ž"),
    "da": ("z æ|ä ø|ö å",),
    "es": ("n ñ",),
    "fa": ("و ه|ۀ|ە|ہ|ة|ۃ|ھ",),
    "fi": ("z å ä|æ ö|ø",),
    "nb": ("z æ|ä ø|ö å",),
    "pl": ("a ą", "c ć", "e ę", "l ł", "n ń", "o ó", "s ś", "z ź ż"),
    "ro": ("a ă â", "i î", "s ș|ş", "t ț|ţ"),
    "sv": ("z å ä|æ ö|ø",),
    "tr": ("c ç", "g ğ", "h ı", "o ö", "s ş", "u ü"),
    "uk": ("и і ї й",),
    # Hungarian (hu.xml): its digraphs and trigraph are letters, as are ö, ő, ü and ű; ó, ú
    # and the other acutes are accents.
    "mk": ("д ѓ", "т ќ"),  # its alphabet: Д Ѓ Е ... Т Ќ У
    "hu": ("c cs", "d dz dzs", "g gy", "l ly", "n ny", "o ö|ő", "s sz", "t ty", "u ü|ű",
           "z zs"),
    # Vietnamese (vi.xml): ă, â, đ, ê, ô, ơ and ư are letters; its five tone marks (à á ả ã
    # ạ) are accents, which a letter may carry too: ắ is ă, ổ is ô.
    "vi": ("a ă â", "d đ", "e ê", "o ô ơ", "u ư"),
}
OWN_LETTERS["no"] = OWN_LETTERS["nb"]
OWN_LETTERS["az"] = OWN_LETTERS["tr"]
# The letters a language writes short when they are doubled, as CLDR's contractions have
# it: the Hungarian ssz is sz and sz (hosszú), ddzs dzs and dzs.
WRITTEN_SHORT = {"hu": ("cs", "dz", "dzs", "gy", "ly", "ny", "sz", "ty", "zs")}
# Chinese ideographs, which a list in Simplified Chinese orders by their pinyin: each by its
# syllable (anyascii's Mandarin reading, without its tone), after every letter of another
# script, as CLDR places them; a syllable before every longer one (西安, xi an, before 先, xian).
# Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) is ordered by strokes, which no table here
# holds: its ideographs stay in Unicode's order, by radical and strokes.
IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})
END_OF_SYLLABLE = "\x01"
# Japanese kanji, in CLDR's order for Japanese: JIS X 0208's, its first level by reading and
# its second by radical and strokes (the row and cell of a kanji's EUC-JP code), after every
# kana; a kanji JIS X 0208 has not comes after all of them, in Unicode's order. Katakana sort
# with the hiragana of their sound.
JIS_KANJI = (0xB0, 0xF4)  # the EUC-JP lead bytes of JIS X 0208's rows of kanji (16 to 84)
JIS_ORDER = 0xF0000
KATAKANA = re.compile("[\u30a1-\u30f6]")
# What a letter of its own stands for while name_key() reads the name: an ideograph, which
# it keeps as it is, one for each letter; then its base letter and a rank after every letter.
STAND_IN = 0x4E00
AFTER_EVERY_LETTER = 0x10FF00


@functools.cache
def own_letters(language: str) -> tuple[tuple[str, str], ...]:
    """Return each letter of its own that a language's names are sorted by (a digraph such as
    Czech ch is one), with what spells it in a key: its base letter and its rank after it (two
    of them for a doubled letter written short); the longest letters first."""
    letters = {}
    for line in (*ROOT, *OWN_LETTERS.get(base_language(language), ())):
        base, *ranks = line.split()
        for rank, equal in enumerate(ranks, start=1):
            for letter in equal.split("|"):
                letters[unicodedata.normalize("NFC", letter)] = \
                    base + chr(AFTER_EVERY_LETTER + rank)
    for letter in WRITTEN_SHORT.get(base_language(language), ()):
        letters[letter[0] + letter] = letters[letter] * 2
    return tuple(sorted(letters.items(), key=lambda letter: -len(letter[0])))


@functools.cache
def marks_of_letters(language: str) -> frozenset[str]:
    """Return the marks that make a letter of its own of a language (Polish ą's ogonek,
    Vietnamese ơ's horn): every other mark is an accent."""
    return frozenset(char for letter, _ in own_letters(language)
                     for char in unicodedata.normalize("NFD", letter)
                     if unicodedata.combining(char))


@functools.lru_cache(maxsize=1 << 12)
def sort_key(name: str, language: str) -> tuple[str, str]:
    """Return what orders names as readers of a language look them up (see the module's
    docstring), then the name itself, so that two spellings never tie."""
    key = letters_key(name, language)
    if base_language(language) == "ja":
        return in_jis_order(key), name
    return (in_pinyin(key) if by_pinyin(language) else key), name


def jis_rank(kanji: str) -> str:
    """Return what places a kanji in CLDR's Japanese order (see JIS_KANJI)."""
    try:
        code = kanji.encode("euc_jp")
    except UnicodeEncodeError:
        code = b""
    if len(code) != 2 or not JIS_KANJI[0] <= code[0] <= JIS_KANJI[1]:
        return chr(JIS_ORDER + 94 * 94) + kanji
    return chr(JIS_ORDER + (code[0] - 0xA1) * 94 + code[1] - 0xA1)


def in_jis_order(key: str) -> str:
    """Return a key with each katakana spelt as its hiragana and each kanji by its rank (see
    JIS_KANJI)."""
    key = KATAKANA.sub(lambda kana: chr(ord(kana[0]) - 0x60), key)
    return IDEOGRAPH.sub(lambda kanji: jis_rank(kanji[0]), key)


def by_pinyin(language: str) -> bool:
    """Tell whether a language's lists order Chinese ideographs by their pinyin: Chinese
    written in its simplified characters (zh, zh-CN, zh-SG, zh-Hans-HK), not traditional."""
    subtags = set(re.split(r"[-_]", language.lower()))
    return base_language(language) == "zh" and ("hans" in subtags or not subtags & TRADITIONAL)


def in_pinyin(key: str) -> str:
    """Return a key with each Chinese ideograph spelt by its syllable, placed as by_pinyin()
    orders them (see IDEOGRAPH)."""
    return IDEOGRAPH.sub(lambda ideograph: chr(AFTER_EVERY_LETTER)
                         + anyascii(ideograph[0]).lower() + END_OF_SYLLABLE, key)


def letters_key(name: str, language: str) -> str:
    """Return a name as name_key() spells it, each letter of the language's own spelt by its
    base letter and its rank after it."""
    # Decomposed, whichever way the name was typed: the Turkish İ is I and a dot above.
    text = unicodedata.normalize("NFD", name)
    if base_language(language) in DOTTED_I:  # ı with I, i with İ
        text = text.replace("I\u0307", "i").replace("I", "ı")
    # Accents off a letter of its own, which stays: the Vietnamese ắ is ă, as Polish ą is ą.
    text = text.lower()
    if not text.isascii():
        kept = marks_of_letters(language)
        text = unicodedata.normalize("NFC", "".join(
            char for char in text if char in kept or not unicodedata.combining(char)))
    letters = own_letters(language)
    if any(STAND_IN <= ord(char) < STAND_IN + len(letters) for char in text):
        return name_key(text)  # ideographs of the name itself are no stand-ins: "一带一路"
    for number, (letter, _) in enumerate(letters):
        text = text.replace(letter, chr(STAND_IN + number))
    key = name_key(text)
    for number, (_, spelled) in enumerate(letters):
        key = key.replace(chr(STAND_IN + number), spelled)
    return key
