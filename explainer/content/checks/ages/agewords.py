"""The words of a person's age and birth, as each language the age check reads writes them.

An age is read only where its words say it is one: "aged 96", "at the age of 25", "died at 96";
"im Alter von 78 Jahren", "mit 78 Jahren"; "à 96 ans", "à l'âge de 96 ans"; "a los 96 años",
"con 96 años"; "all'età di 96 anni"; "aos 96 anos"; "σε ηλικία 55 ετών"; "60 år gammal". A
number joined to its noun ("a 96-year-old bridge", "der 78-Jährige") and a length of time ("a
reign of 70 years", "à 70 ans de règne") are none. Around an age, the words that tell whose it
is: the pronouns of a clause's subject, the possessives that open another person's ("her
father"), the words that open a clause, the articles and prepositions before a name. German's
noun of an age, "der 78-Jährige", is a person's. An age set beside a name, as newsrooms write
it ("Lionel Messi, 35,", "Messi (35)", "Messi, 35 ans,", "Messi, de 35 años,", "Messi, 35
anni,"), is read apart: it is the age of the name just before it (ages.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# An age's number: a whole one of up to three digits, not the start of "1,000" or "2.5"; the
# one group of each pattern.
AGE = r"(\d{1,3})(?!\d|[.,]\d)"
# A day or a year the born words point to may follow within so many characters, in their
# clause: "born in Rosario on 24 June 1987"; not "born in London, and on 6 February 1952".
BORN_REACH = 40
# A word in any alphabet, with its apostrophes and hyphens: the names and words about an age.
WORD = re.compile(r"[^\W\d_][\w'’-]*")
BORN_CLAUSE_END = re.compile(r"[,;:]\s+(?!\d)|\s(?:and|but|und|et|y|e)\s")


@dataclass(frozen=True)
class AgeWords:
    """How one language writes an age and a birth, and the words around them."""

    ages: re.Pattern[str]  # an age, its number in each pattern's one group
    born: re.Pattern[str]  # a word that says someone was born: "born", "geboren", "née"
    pronouns: frozenset[str]  # the subject pronouns of a person: "she", "he"
    possessives: frozenset[str]  # those that open another person's name: "her (father)"
    openers: frozenset[str]  # words that open a clause of its own: "when", "and"
    articles: frozenset[str]  # not names, even capitalised: "The (Queen)"
    prepositions: frozenset[str]  # a name after one is a place's: "at Balmoral"
    capitalised_nouns: bool = False  # whether every noun has a capital, not only names
    unspaced: bool = False  # whether it writes its words without spaces between them
    # An age set beside a name: "Messi, 35,", "Messi (35)"; None where none is read.
    apposed: re.Pattern[str] | None = None


def years_of(age: re.Match[str]) -> int:
    """Return the number of years an age's match gives, of whichever pattern matched."""
    return int(next(group for group in age.groups() if group))


def table(ages: list[str], born: str, words: tuple[str, str, str, str, str],
          capitalised_nouns: bool = False, unspaced: bool = False,
          apposed: list[str] | None = None) -> AgeWords:
    """Make a language's table from its patterns and its words (pronouns, possessives,
    openers, articles, prepositions), spaced; a born word of a language written without
    spaces may stand inside a run of letters ("于1926年出生于伦敦"). `apposed` are the
    patterns of an age set beside a name, right after it."""
    bounds = "" if unspaced else r"\b"
    return AgeWords(pattern(ages), re.compile(rf"{bounds}(?:{born}){bounds}", re.IGNORECASE),
                    *(frozenset(spaced.split()) for spaced in words), capitalised_nouns,
                    unspaced, pattern(apposed) if apposed else None)


def pattern(ages: list[str]) -> re.Pattern[str]:
    """Return one pattern of several, each with its number as AGE, in any case."""
    return re.compile("|".join(f"(?:{one})" for one in ages).replace("AGE", AGE),
                      re.IGNORECASE)


def apposed_ages(years: str, *before: str) -> list[str]:
    """Return the patterns of an age set beside a name: between commas, with the words that
    may come before its number ("then", "de") and its noun of years (none, or "ans"), and in
    brackets, with or without that noun: "Messi, then 35,", "Messi (35 ans)"."""
    lead = "".join(rf"(?:{one}\s+)?" for one in before)
    noun = rf"\s+{years}" if years else ""
    return [rf",\s+{lead}AGE{noun}\s*,", rf"\(\s*AGE(?:\s+{years or 'years'})?\s*\)"]


# The number of an age of a life's word for years, not of a length of time: "à 70 ans de
# règne", "a los 70 años de reinado".
NOT_OF = r"(?!\s+(?:de|d['’]|di|do|da)\b)"
# Indonesian and Malay: "pada usia 97 tahun", "di usia 25", "berusia 97 tahun", "berumur 97".
MALAY_AGES = [r"\b(?:pada|dalam|di)\s+(?:usia|umur)\s+AGE(?:\s+tahun)?\b",
              r"\bber(?:usia|umur)\s+AGE\s+tahun\b"]
# Indonesian and Malay write "her father" as "ayahnya": the kin words with that ending.
MALAY_KIN = "ayahnya bapaknya ibunya suaminya istrinya isterinya anaknya putranya putrinya " \
    "kakaknya adiknya"
# The word for years after an age, in each case the number asks for.
RU_YEARS = r"(?:год|года|лет)"
UK_YEARS = r"(?:рік|роки|років)"
AR_YEARS = r"(?:عام|سنة|سنوات|أعوام)"
ZH_YEARS = r"(?:周岁|週歲|岁|歲)"

AGE_WORDS = {
    "en": table([r"\baged\s+AGE\b(?!-)", r"\bat\s+the\s+age\s+of\s+AGE\b",
                 r"\b(?:died|dies|dying|retired|retires|became|becomes|married|marries|"
                 r"abdicated|abdicates)(?:\s+[^\W\d]+){0,3}?\s+at\s+AGE(?=\s*(?:[,;.!?)]|$))"],
                r"born|birth",
                ("she he they", "her his their its",
                 "when while whereas after before as and but since until because",
                 "the a an", "at in on of from to by with for near during"),
                apposed=apposed_ages("", "then")),
    "de": table([r"\bim\s+Alter\s+von\s+AGE(?:\s+Jahren)?\b",
                 r"\bmit\s+AGE\s+Jahren\b", r"\b(?:der|die|dem|den|des)\s+AGE-(?-i:Jährigen?)\b"],
                r"geboren|Geburt",
                ("sie er", "ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner",
                 "als während nachdem bevor und aber weil wobei wo wie",
                 "der die das dem den des ein eine einem einen",
                 "im am an auf bei von vom aus zu zum zur nach mit für in"),
                capitalised_nouns=True, apposed=apposed_ages("", "damals")),
    "fr": table([rf"\bà\s+l['’]âge\s+de\s+AGE\s+ans\b{NOT_OF}", rf"\bà\s+AGE\s+ans\b{NOT_OF}",
                 r"\bâgée?\s+de\s+AGE\s+ans\b"],
                r"naît|naissance|née?",
                ("elle il", "sa son ses leur leurs",
                 "quand lorsque lorsqu alors tandis et mais car où",
                 "le la les l un une", "à au aux de du des d en dans chez par pour avec sur"),
                apposed=apposed_ages("ans", "alors")),
    "es": table([rf"\ba\s+los\s+AGE\s+años\b{NOT_OF}",
                 r"\ba\s+la\s+edad\s+de\s+AGE\s+años\b", rf"\bcon\s+AGE\s+años\b{NOT_OF}"],
                r"nace|naci[oó]|nacimiento|nacid[oa]",
                ("ella él", "su sus", "cuando mientras y pero tras donde porque",
                 "el la los las un una", "a al de del en con por para desde"),
                apposed=apposed_ages("años", "entonces", "de")),
    "it": table([r"\ball['’]età\s+di\s+AGE\s+anni\b", rf"\ba\s+AGE\s+anni\b{NOT_OF}"],
                r"nasce|nacque|nascita|nat[oa]",
                ("lei lui", "sua suo sue suoi", "quando mentre e ma dopo dove perché",
                 "il lo la i gli le l un una", "a al alla di del della in nel con per da"),
                apposed=apposed_ages("anni", "allora", "di")),
    "pt": table([rf"\baos\s+AGE\s+anos\b{NOT_OF}", rf"\bcom\s+AGE\s+anos\b{NOT_OF}",
                 r"\bcom\s+a\s+idade\s+de\s+AGE\s+anos\b"],
                r"nasce|nasceu|nascimento|nascid[oa]",
                ("ela ele", "sua seu suas seus", "quando enquanto e mas depois onde porque",
                 "o a os as um uma", "ao à de do da em no na com por para desde"),
                apposed=apposed_ages("anos", "então", "de")),
    "el": table([r"\bσε\s+ηλικία\s+AGE\s+(?:ετών|χρονών)\b",
                 r"\bστα\s+AGE\s+(?:του|της)\s+χρόνια\b"],
                r"γεννήθηκε|γεννημένος|γεννημένη|γέννηση",
                ("αυτή αυτός εκείνη εκείνος", "της του τους",
                 "όταν ενώ και αλλά αφού πριν επειδή όπου", "ο η το οι τα ένας μια ένα",
                 "σε στο στη στην στον στις από με για"),
                apposed=apposed_ages("ετών", "τότε")),
    "sv": table([r"\bAGE\s+år\s+gammal\b", r"\bvid\s+AGE\s+års\s+ålder\b",
                 r"\bi\s+en\s+ålder\s+av\s+AGE\s+år\b"],
                r"född|födda|föddes|födelse",
                ("hon han", "hennes hans deras", "när medan och men efter innan eftersom där",
                 "den det en ett", "i på av vid till från med för"),
                apposed=apposed_ages("år", "då")),
    "id": table(MALAY_AGES, r"lahir|kelahiran|dilahirkan",
                ("ia dia beliau", MALAY_KIN, "ketika saat sewaktu setelah sesudah sebelum dan "
                 "tetapi namun karena sejak hingga sementara", "sang si",
                 "di ke dari pada dalam untuk dengan oleh bagi sejak")),
    "ms": table(MALAY_AGES, r"lahir|kelahiran|dilahirkan|diputerakan",
                ("ia dia beliau baginda", MALAY_KIN, "ketika semasa apabila selepas sebelum dan "
                 "tetapi namun kerana sejak hingga sementara", "sang si",
                 "di ke dari pada dalam untuk dengan oleh bagi sejak")),
    "vi": table([r"\b(?:ở|vào)\s+tuổi\s+AGE\b", r"\bhưởng\s+(?:thọ|dương)\s+AGE\s+tuổi\b",
                 r"\b(?:thọ|lúc|khi)\s+AGE\s+tuổi\b"],
                r"sinh(?=\s+(?:ngày|năm|tháng|ra|tại|ở))|chào\s+đời|ra\s+đời|ngày\s+sinh",
                ("bà ông họ ngài", "", "khi lúc và nhưng vì sau trước", "những các một",
                 "ở tại trong từ đến cho với của vào")),
    "pl": table([r"\bw\s+wieku\s+AGE(?:\s+lat[a]?)?\b", r"\bmając\s+AGE\s+lat[a]?\b"],
                r"urodzi(?:ł|ła|li)|urodzon[aey]|urodzin\w*|narodzin\w*",
                ("ona on oni one", "jej jego ich", "gdy kiedy podczas po przed i a ale "
                 "ponieważ bo zanim", "", "w we na z ze do od przy pod nad za dla o u przez")),
    "ru": table([rf"\bв\s+возрасте\s+AGE(?:\s+{RU_YEARS})?\b", rf"\bв\s+AGE\s+{RU_YEARS}\b"],
                r"родил(?:ся|ась|ись)|рождени[еяю]|родивш\w+",
                ("она он они", "её ее его их", "когда пока после до и а но потому поскольку "
                 "хотя где", "", "в во на с со из к ко от у при по за для о об под над")),
    "uk": table([rf"\b[ув]\s+віці\s+AGE(?:\s+{UK_YEARS})?\b", rf"\bу\s+AGE\s+{UK_YEARS}\b"],
                r"народи(?:вся|лася|лись)|народжен\w*",
                ("вона він вони", "її його їхній їхня їх", "коли поки після до і й та а але "
                 "тому оскільки хоча де", "", "в у на з із зі до від при по за для о про під")),
    # Hebrew joins its prepositions and "ש" (who) to the word after them ("ובגיל 75",
    # "שנולד"); "בן 73" is an age only where no noun follows, not "בת 120 חברים".
    "he": table([r"(?<![^\W\d_])[וכש]?ב?גיל\s+AGE\b",
                 r"(?<![^\W\d_])(?:בן|בת)\s+AGE(?:\s+(?:שנים|שנה))?(?!\s*[^\W\d_])"],
                r"[וש]?נולד(?:ה|ו)?",
                ("היא הוא הם הן", "אביו אביה אמו אמה אשתו בעלה בנו בנה בתו בתה אחיו אחיה",
                 "כאשר כש אחרי לפני ו אבל כי מאז עד בעוד", "", "ב ל מ של על עם אל מן")),
    # Hangul has no capitals: another person's clause is known by its possessive alone.
    # "63세로", "63세에", "63세였다" (the copula after it); not "63세대" (a generation).
    "ko": table([r"향년\s*AGE\s*세", r"(?<![\d.,])AGE\s*세(?:의\s+나이로|로|에|때|"
                 r"(?:이었|였|이)(?:다|고|으며|며))"],
                r"태어\w*|출생\w*",
                ("그녀는 그녀가 그는 그가 그들은", "그녀의 그의 그들의", "그리고 그러나 하지만",
                 "", "")),
    # Swahili: "alikuwa na umri wa miaka 60", "akiwa na umri wa miaka 60", "mwenye umri wa
    # miaka 60"; "miaka 60 ya uhuru" is a length of time, and no age.
    "sw": table([r"\bumri\s+wa\s+(?:miaka\s+)?AGE\b(?!\s+(?:ya|za|wa)\b)"],
                r"(?:a|ali|aliye|alio|ku)?zaliwa",
                ("yeye wao", "", "na lakini wakati baada kabla kwa sababu tangu hadi", "",
                 "kwa katika kutoka hadi")),
    # A Turkish age follows its number ("97 yaşında"); "97 yaşındaki köprü" is a bridge's.
    "tr": table([r"(?<![\d.,])AGE\s+yaşında(?:yken)?\b"],
                r"doğdu|doğmuş|doğumlu|dünyaya\s+geldi",
                ("o onlar", "onun onların babası annesi eşi kocası oğlu kızı kardeşi",
                 "ve ama fakat ancak çünkü iken", "bir",
                 "ile için gibi kadar")),
    # Arabic writes a possessive as an ending ("والدها", her father) and has no capitals: an
    # age is another person's by a kin word of such an ending alone, not by a name.
    "ar": table([rf"\bعن\s+(?:عمر\s+)?(?:ي?ناهز\s+)?AGE\s+{AR_YEARS}",
                 r"\b(?:في\s+سن|في\s+عمر|بعمر)\s+(?:ال)?AGE\b"],
                r"و[\u064b-\u0652]?ل[\u064b-\u0652]?د(?:[\u064b-\u0652]?ت)?|ولادة|ميلاد|مولود",
                ("هي هو هم", "والدها والده أبوها أبوه والدتها والدته أمها أمه زوجها "
                 "زوجته ابنها ابنه ابنتها ابنته شقيقها شقيقه شقيقتها شقيقته",
                 "عندما حين بينما بعد قبل لكن لأن منذ حتى", "", "في من إلى على عن مع")),
    # Chinese and Japanese write no spaces: their words are looked for inside the clause's
    # run of letters ("她的父亲" opens another person's), and a name has no capital.
    "zh": table([rf"(?:享年|终年|終年|时年|時年|年仅|年僅|享寿|享壽)\s*AGE\s*{ZH_YEARS}?",
                 rf"(?<![\d.,])AGE\s*{ZH_YEARS}(?:时|時|那年|高龄|高齡)"],
                r"出生|生于|生於|诞生|誕生",
                ("她 他 他们 她们", "她的 他的 其 他们的 她们的", "", "", ""), unspaced=True),
    # Japanese obituaries' 享年 may count years the old way (数え年), one more: not read.
    "ja": table([r"(?<![\d.,])AGE\s*歳(?:で|の(?:時|とき))",
                 r"(?:死去|逝去|亡くなった)[、,]\s*AGE\s*歳"],
                r"生まれ|誕生",
                ("彼女 彼 彼ら", "彼女の 彼の 彼らの", "", "", ""), unspaced=True),
}


@functools.cache
def age_words(language: str) -> AgeWords | None:
    """Return the age words of an explainer's language ("pt-BR" is Portuguese's), or None
    for a language the check does not read."""
    return AGE_WORDS.get(language.split("-")[0].lower())
