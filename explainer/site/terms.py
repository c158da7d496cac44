"""The terms of search: a text folded and cut into the words the index lists, as
static/search.js folds and cuts a query (the two must agree letter for letter).

Folding leaves out case and the accents a reader types without: those of Latin, Greek and
Cyrillic letters (é, ё), and the vowel points of Hebrew and Arabic. Letters that Unicode
does not decompose but a reader types plain are folded as one letter to another: đ and ð
to d, ł to l, ø to o, ħ to h, the dotless ı to i, and the final ς to σ; the Arabic yeh,
alef maksura and kaf to the Persian yeh and keheh, the teh marbuta and Urdu's forms of heh
to heh (قناه finds قناة, مهنگائی finds مہنگائی), the digits of every script to ASCII ones
(२०२४, ২০২৪ and ۲۰۲۴ are found by 2024, which a reader types on a Latin keyboard, and the
other way round), and the Devanagari candrabindu to the anusvara that Hindi papers write for it
(गाँव and गांव are one word). The zero-width non-joiner within a Persian word (کم‌آبی)
goes: the index also lists the word's parts, which a reader may type apart. It keeps every mark
that makes another letter: the voicing of kana (で is not て), the vowel signs of Indic
scripts, the tone marks of Thai. The full-width Latin letters and digits of CJK text (Ｍ７)
are those a reader types as ASCII (M7).

Most scripts put spaces between words: a term is a word of two letters or more. Initials
joined by dots or an ampersand are one word, as readers type them whole or without the dots:
U.S. gives us, R&D gives rd (a letter alone would be no term at all). Chinese,
Japanese, Thai, Lao, Khmer and Myanmar do not, and Korean joins particles to its words.
Finding their words takes a dictionary, and no dictionary of the build's would cut as the
reader's browser does (Pagefind, which cuts with one when it indexes and with Intl.Segmenter
when it searches, misses Japanese words the two cut apart). So their runs of letters are cut
into overlapping pairs, as Lucene's CJK bigrams are: 東京の選挙 gives 東京, 京の, の選 and
選挙; a query is cut alike, and every pair of it must be found. A letter alone between others
of other scripts (the 年 of 2024年) is a term of its own; search.js takes a term of one letter
as the beginning of the pairs it begins. Letters and digits of other scripts within such a
run are words as anywhere else: 三陸沖でM7.6 gives 三陸, 陸沖, 沖で and m7.

A word typed last begins longer words, which may lie in other shards of the index; but the
Arabic article counts for no letters there, as it begins most Arabic words: search.js looks
for what ال, الم and بالم begin in their own shard alone, and for what الما begins in all,
as it would for ما (tests/searchindex.py reads an index by the page's rules). A word with a
letter joined before it and no article (بقناة) is listed as the word too where the edition's
texts say it (joined_words()): the index alone does that, a query is sought as typed. So
is a Hebrew word with one to three of the letters Hebrew joins before a word (ולבנון).
Hebrew's geresh and gershayim (צה״ל), and the marks a reader types for them, are left out.

A word has other forms, which its text may give it: a query word of five letters or more
also finds the words that begin as it does but for its last two letters (keeping four), and
are at most a letter longer than it: выборов finds выборы and выборах, elections
election, but state not statement; the Arabic article counts for no letters. search.js ranks
them after the word itself, and loads for them the shards of the words that beginning
begins, as for a word typed last. Not in a script without spaces, whose pairs are found
whole, nor for a word with a digit.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection

from ..content.numerals import latin_digits

# Combining marks (of a decomposed text) that a reader leaves out: the blocks of combining
# diacritics, Hebrew points and cantillation, Arabic harakat and Quranic marks, and the nukta
# of the Indic scripts (most readers type ज for ज़).
ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                     "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
                     "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
                     "\u06ea-\u06ed\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]")
WIDE = re.compile("[\uff01-\uff5e]")  # the full-width forms of ASCII, U+FEE0 past it
TOKEN = re.compile(r"[^\W_]{2,}")  # an ASCII text's words: hyphens and apostrophes split
# A word of hyphenated parts, which a reader also types joined: "wifi" for Wi-Fi, "covid19".
HYPHENATED = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)+")
HYPHENS = re.compile(r"[-\u2010\u2011]")
# Single Latin letters joined by dots or ampersands, as folded: u.s, r&d (search.js the same).
# The match starts at the first dot, and leaves the first letter be (".s" of "u.s"): letters
# are everywhere, dots and ampersands few, so the search skips ahead to them.
INITIALS = re.compile(r"[.&](?<=(?<![a-z0-9])[a-z][.&])[a-z](?:[.&][a-z])*(?![a-z0-9])")
# Letters folded one to another (search.js holds the same): one letter for one, so that a
# folded run of a script without spaces keeps its length, which search.js marks by. After
# the Latin and Greek ones, the Arabic yeh, alef maksura and kaf of an Arabic keyboard fold
# to the Persian yeh and keheh; the teh marbuta, which Arabic readers often type as the heh
# it sounds like (قناه for قناة), and Urdu's heh goal, teh marbuta goal and
# doachashmee heh, which an Arabic or Persian keyboard types as heh (مهنگائی for مہنگائی,
# بهارت for بھارت), to heh, as Lucene's Arabic and Persian normalisers do; and the Devanagari
# candrabindu to the anusvara, which Hindi papers write for it (पहुंच, पहुँच). The digits of
# every script are folded apart, by latin_digits().
LETTERS = str.maketrans({
    "đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ς": "σ",
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
    "\u06c1": "\u0647", "\u06c3": "\u0647", "\u06be": "\u0647", "\u0901": "\u0902"})
# The particles a Korean query word may end with, the longest first (search.js holds them).
PARTICLES = ("에서", "으로", "에게", "까지", "부터", "처럼", "보다", "의", "이", "가", "은", "는",
             "을", "를", "에", "와", "과", "도", "만", "로")
HANGUL = re.compile("[\uac00-\ud7a3]+")  # the Hangul syllables
# The Arabic article (al-), joined to its word, after a letter joined to it too (wa-, fa-, bi-,
# ka-; li- with al- is lil-), where two letters or more follow. Words are folded first, so
# ka- is the keheh that LETTERS turns kaf into. Only at a word's start, as search.js.
ARTICLE_LETTERS = "\u0627\u0644"
ARTICLE_START = re.compile("^(?:[\u0648\u0641\u0628\u06a9]?\u0627\u0644|\u0644\u0644)")
ARTICLE = re.compile(ARTICLE_START.pattern + "(?=[\u0621-\u064a\u06a9\u06cc]{2})")
# The letters Arabic joins to the word after them, without the article: wa- (and), fa- (so),
# bi- (in, with), li- (for), ka- (as; folded to keheh); 'بقناة' is 'in a canal'. The index
# also lists such a word without its letter where what remains, of three letters or more, is
# a word of the edition's texts (joined_words()): 'قناة' finds 'بقناة', but 'بلد' (country)
# is not listed as 'لد', nor 'كتاب' as 'تاب', unless some text says that word.
ARABIC_JOINED = "\u0648\u0641\u0628\u0644\u06a9"
JOINED = re.compile(f"[{ARABIC_JOINED}](?P<rest>[\u0621-\u064a\u06a9\u06cc]{{3,}})")
# The letters Hebrew joins to the word after them, up to three (ו and, ה the, ב in, כ as,
# ל to, מ from, ש that: ולבנון, 'and Lebanon'); the index lists such a word as the word
# too, on the same terms as an Arabic one (joined_words()).
HEBREW_JOINED_LETTERS = "\u05d5\u05d4\u05d1\u05db\u05dc\u05de\u05e9"
HEBREW_JOINED = re.compile(f"[{HEBREW_JOINED_LETTERS}]{{1,3}}")
JOINED_LETTERS = ARABIC_JOINED + HEBREW_JOINED_LETTERS
HEBREW_WORD = re.compile("[\u05d0-\u05ea]{3,}")
ZWNJ = "\u200c"  # the zero-width non-joiner, within a Persian word: کم‌آبی
# The geresh and gershayim of Hebrew's initials and borrowed sounds (צה״ל, ג׳ו), and the
# quotation marks a reader types for them, a double one between Hebrew letters (צה"ל) and
# an apostrophe after one (ג'ו): they go, so that a word keeps its letters together, found
# typed with them or without (search.js the same).
HEBREW_MARKS = re.compile("[\u05f3\u05f4]"
                          "|(?<=[\u05d0-\u05ea])(?:['\u2019]|[\"\u201d](?=[\u05d0-\u05ea]))")
# The blocks of the scripts written without spaces (search.js holds the same): Thai and Lao,
# Myanmar, Hangul jamo, Khmer, Tai Le, New Tai Lue and Tai Tham, CJK radicals, kana, Bopomofo
# and Hangul letters, CJK ideographs, Hangul syllables, compatibility ideographs, halfwidth
# kana and Hangul, and the ideographs of the supplementary planes.
UNSPACED = ("\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u1950-\u19ff\u1a20-\u1aaf"
            "\u2e80-\u2fdf\u3000-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\ua9e0-\ua9ff"
            "\uaa60-\uaa7f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\U00020000-\U000323af")
UNSPACED_RUNS = re.compile(f"([{UNSPACED}]+)")  # captured, so that re.split keeps them


def fold(text: str) -> str:
    """Return text as search compares it: lower case, without the accents a reader leaves out."""
    if text.isascii():
        return text.lower()  # most of an English index: nothing to decompose
    text = WIDE.sub(lambda wide: chr(ord(wide[0]) - 0xFEE0), text).replace(ZWNJ, "")
    text = HEBREW_MARKS.sub("", text)
    plain = ACCENTS.sub("", unicodedata.normalize("NFD", text))
    # Composed again: a kana keeps its voicing mark, a Hangul syllable its letters, in one.
    return latin_digits(unicodedata.normalize("NFC", plain).lower().translate(LETTERS))


def words_of(text: str) -> list[str]:
    """Return the terms a text is found by: those of query_words(), a hyphenated word's
    parts joined ('Wi-Fi' is found by 'wifi' too), the parts of a word joined by a zero-width
    non-joiner, which a reader may type apart ('کم آبی'), and an
    Arabic word without the article joined to it, which a reader may type without
    ('القاهرة' is found by 'قاهرة', 'بالقاهرة' by 'القاهرة' too)."""
    terms = cut(text)
    if HYPHENS.search(text):
        known = set(terms)
        terms += [joined for joined in hyphen_joined(text) if joined not in known]
    if ZWNJ in text:
        joined = set(terms)
        terms += [part for part in cut(text.replace(ZWNJ, " ")) if part not in joined]
    if ARTICLE_LETTERS in text:
        known = set(terms)
        for term in list(terms):
            bare = ARTICLE.match(term)
            for other in ([term[bare.end():], ARTICLE_LETTERS + term[bare.end():]]
                          if bare else []):
                if other not in known:
                    known.add(other)
                    terms.append(other)
    return terms


def hyphen_joined(text: str) -> list[str]:
    """Return a text's hyphenated words with their parts joined, folded: 'wifi' of 'Wi-Fi',
    'covid19' of 'COVID-19'; not of a script without spaces, which is found by its pairs."""
    return [HYPHENS.sub("", word[0]) for word in HYPHENATED.finditer(fold(text))
            if not unspaced(word[0])]


def joined_words(terms: Collection[str]) -> dict[str, list[str]]:
    """Return the words of an edition's terms that are also found in the words joined to a
    letter before them (JOINED), each with those words: {'قناه': ['بقناه', 'وقناه']}."""
    found: dict[str, list[str]] = {}
    for term in terms:
        if term[:1] not in JOINED_LETTERS:
            continue  # most terms, and every one of most languages: no pattern tried
        for rest in bare_words(term):
            if rest in terms:
                found.setdefault(rest, []).append(term)
    return found


def bare_words(term: str) -> list[str]:
    """Return the words a term may be with the letters joined before it left out: an Arabic
    word without its one letter ('بقناه': 'قناه'), a Hebrew one without one, two or three
    ('ולבנון': 'לבנון', 'בנון'), each of three letters or more."""
    joined = JOINED.fullmatch(term)
    if joined:
        return [joined["rest"]]
    letters = HEBREW_JOINED.match(term)
    if letters is None or not HEBREW_WORD.fullmatch(term):
        return []
    return [term[end:] for end in range(1, letters.end() + 1) if len(term) - end >= 3]


def query_words(text: str) -> list[str]:
    """Return the terms of a query, as search.js cuts it: as cut() does, but a Korean word
    without the particle at its end ('서울의' is sought as '서울'), which a text says with
    another particle or none, and an Arabic word with its article alone ('بالقاهرة' is sought
    as 'القاهرة', which words_of() lists for every text that has it with a letter before)."""
    return cut(text, query=True)


def cut(text: str, query: bool = False) -> list[str]:
    """Return the terms of a text, folded: its words of two letters or more ('non-NATO' gives
    'non' and 'nato'), and the pairs of letters of its runs of scripts without spaces."""
    folded = joined_initials(fold(text))
    if folded.isascii():
        return TOKEN.findall(folded)
    terms: list[str] = []
    for run in word_runs().findall(folded):
        # re.split gives the parts between the runs without spaces, then each such run.
        for number, part in enumerate(UNSPACED_RUNS.split(run)):
            if number % 2:
                terms += pairs(without_particle(part) if query else part)
            elif len(part) > 1:
                terms.append(ARTICLE.sub(ARTICLE_LETTERS, part, 1) if query else part)
    return terms


def joined_initials(folded: str) -> str:
    """Return a folded text with its initials as one word each: 'u.s.' as 'us.'."""
    return INITIALS.sub(lambda found: found[0].replace(".", "").replace("&", ""), folded)


def without_particle(run: str) -> str:
    """Return a run of Hangul syllables without the particle at its end, if two syllables
    remain; a word without a particle has all its pairs in the texts with one."""
    if HANGUL.fullmatch(run):
        for particle in PARTICLES:
            if run.endswith(particle) and len(run) - len(particle) >= 2:
                return run[:-len(particle)]
    return run


def pairs(run: str) -> list[str]:
    """Return the overlapping pairs of letters of a run, or the run of one letter."""
    return [run[start:start + 2] for start in range(max(len(run) - 1, 1))]


def unspaced(word: str) -> bool:
    """Return whether a term begins with a letter of a script without spaces."""
    return UNSPACED_RUNS.match(word) is not None


@functools.cache
def word_runs() -> re.Pattern[str]:
    """Return the pattern of a word: letters, digits and the marks folding keeps (as
    search.js's [\\p{L}\\p{M}\\p{N}]); Python's \\w leaves marks out."""
    # Marks lie between U+0300 and U+1E94A, and in the variation selectors from U+E0100.
    marks = [code for code in (*range(0x300, 0x1F000), *range(0xE0100, 0xE01F0))
             if unicodedata.category(chr(code)).startswith("M")]
    ranges, start = [], marks[0]
    for previous, code in zip(marks, [*marks[1:], None], strict=True):
        if code != previous + 1:
            ranges.append(f"{chr(start)}-{chr(previous)}")
            start = code
    return re.compile(f"(?:[^\\W_]|[{''.join(ranges)}])+")
