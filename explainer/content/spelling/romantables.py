"""Latin letters for the words of languages whose readers have a romanisation of their own:
Ukrainian Київ is Kyiv, not Kiiv; Bulgarian ъгъл agal, not gl; Armenian Երևան Yerevan, not
Erewan. Each table follows the standard its country sets, or, where that one's marks would be
lost in an ASCII slug, the one most used without marks; a letter a table leaves out is spelt
by anyascii, letter for letter, in latin.py."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# A letter of a word, or a mark on one (a stress typed over a vowel): what a word's start is not
# after. An apostrophe between letters is a part of the word (Ukrainian м'ясо, Belarusian сям'я).
LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"
START = rf"(?<!{LETTER})(?<!{LETTER}')"
END = rf"(?!{LETTER})"
APOSTROPHE = rf"(?<={LETTER})'(?={LETTER})"


@dataclass(frozen=True)
class Romanisation:
    """A language's Latin letters: each letter's spelling, and the spellings a letter takes
    in some places instead (at a word's start, after another), as patterns on its text."""

    letters: Mapping[str, str]
    rules: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the pattern of the rules, then of any one letter, each in a group of its own."""
        letters = "".join(sorted(self.letters))
        return re.compile("|".join([*(f"({rule})" for rule, _ in self.rules), f"([{letters}])"]),
                          re.IGNORECASE)


def table(letters: str, spellings: str) -> dict[str, str]:
    """Return each letter's spelling: the spellings in the letters' order, parted by spaces,
    and '_' for a letter that has none (a soft sign)."""
    return dict(zip(letters, (s.replace("_", "") for s in spellings.split()), strict=True))


def initial(letters: str, spellings: str) -> tuple[tuple[str, str], ...]:
    """Return rules spelling each letter otherwise at a word's start."""
    return tuple((START + letter, spelling)
                 for letter, spelling in table(letters, spellings).items())


# Ukrainian: the Cabinet of Ministers' resolution no. 55 of 27 January 2010, the table of its
# passports and road signs. Є Ї Й Ю Я are ye yi y yu ya at a word's start, ie i i iu ia after
# it; зг is zgh, not zh; the soft sign and the apostrophe are not written.
UKRAINIAN = Romanisation(
    table("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
          "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia"),
    (*initial("єїйюя", "ye yi y yu ya"), ("(?<=[зЗ])г", "gh"), (APOSTROPHE, "")))
# Bulgarian: the Streamlined System of the Transliteration Act of 2009. щ is sht, ъ a, and ия
# at a word's end ia (България is Bulgaria).
BULGARIAN = Romanisation(
    table("абвгдежзийклмнопрстуфхцчшщъьюя",
          "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya"),
    ((f"ия{END}", "ia"),))
# Belarusian: BGN/PCGN's of 1979, whose letters need no mark (Гродна is Hrodna, Магілёў
# Mahilyow). The national system of 2007 writes ж, ч, ш as ž, č, š, which a slug, dropping the
# marks, would read as z, c, s.
BELARUSIAN = Romanisation(
    table("абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
          "a b v h g d ye yo zh z i y k l m n o p r s t u w f kh ts ch sh y _ e yu ya"),
    ((APOSTROPHE, ""),))
# Macedonian: North Macedonia's official romanisation, that of its passports and road signs:
# ѓ gj, ќ kj, џ dzh, ѕ dz, ж zh, ч ch, ш sh, ц c.
MACEDONIAN = Romanisation(table(
    "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh"))
# Kazakh: the Latin alphabet of January 2021 (Қазақстан is Qazaqstan), whose marked letters
# a slug writes unmarked, as it writes Turkish ones; the letters of Russian loans, which it has
# none for (ё ц ч щ ъ ь э ю я), as other Cyrillic.
KAZAKH = Romanisation(table(
    "аәбвгғдежзийкқлмнңоөпрстуұүфхһшыі",
    "a ä b v g ğ d e j z i i k q l m n ñ o ö p r s t u ū ü f h h ş y ı"))
# Mongolian: the national standard MNS 5217:2012, that of Mongolia's passports (Жаргал is
# Jargal, Хөвсгөл Khövsgöl).
MONGOLIAN = Romanisation(table(
    "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя",
    "a b v g d ye yo j z i i k l m n o ö p r s t u ü f kh ts ch sh sh i y i e yu ya"))
# Armenian: BGN/PCGN's of 1981, for the Armenian of Armenia (Երևան is Yerevan, Հայաստան
# Hayastan), without the apostrophes of its aspirates. ե is ye and և yev at a word's start and
# after a vowel (և is եւ); ո is vo at a word's start, but ով is ov; ու is u.
ARMENIAN_VOWEL = "(?<=[աեէըիոօւ])"  # ւ ends ու
ARMENIAN = Romanisation(
    table("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև", "a b g d e z e y t zh i l kh ts k h dz"
          " gh ch m y n sh o ch p j rr s v t r ts v p k o f ev"),
    ((f"{START}ով{END}", "ov"), ("ու", "u"), (f"(?:{START}|{ARMENIAN_VOWEL})(?:եւ|և)", "yev"),
     (f"(?:{START}|{ARMENIAN_VOWEL})ե", "ye"), (f"{START}ո", "vo")))
# Georgian: the national system of 2002 (საქართველო is sakartvelo), without the apostrophes
# that mark its ejectives (კ k', ტ t', წ ts').
GEORGIAN = Romanisation(table(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"))

# The Cyrillic of each language by its subtag; Armenian and Georgian letters are spelt so
# whatever the language, save in Western Armenian, whose sounds are others.
CYRILLIC = {"uk": UKRAINIAN, "bg": BULGARIAN, "be": BELARUSIAN, "mk": MACEDONIAN,
            "kk": KAZAKH, "mn": MONGOLIAN}
SCRIPTS = ((re.compile("[\u0531-\u0587]"), ARMENIAN, ("hyw",)),
           (re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]"), GEORGIAN, ()))


def spell_national(text: str, subtag: str) -> str:
    """Return a text with the words of its language, and its Armenian and Georgian ones, in
    Latin letters as their own standard spells them; other letters as they are."""
    if subtag in CYRILLIC:
        text = transliterate(text, CYRILLIC[subtag])
    for letters, romanisation, others in SCRIPTS:
        if subtag not in others and letters.search(text):
            text = transliterate(text, romanisation)
    return text


def transliterate(text: str, romanisation: Romanisation) -> str:
    """Spell a text's letters by a romanisation, each in the case of the letter it stands for."""
    return romanisation.pattern.sub(spelling(romanisation), text)


def spelling(romanisation: Romanisation) -> Callable[[re.Match[str]], str]:
    """Return what spells one match of a romanisation's pattern."""
    rules = romanisation.rules

    def spelt(match: re.Match[str]) -> str:
        index = (match.lastindex or 1) - 1
        latin = rules[index][1] if index < len(rules) else romanisation.letters[match[0].lower()]
        return latin.capitalize() if match[0][:1].isupper() else latin
    return spelt
