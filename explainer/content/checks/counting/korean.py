"""How Korean writes counts and amounts: digits with comma groups ("1,000", "2.5"), the units
만 (10^4), 억 (10^8) and 조 (10^12) among them ("5천만", "1억2천만", "2억 5천만"), a counter
joined to the number ("190명", "204표", "151석", "9개국"), its noun before it ("국회의원
180명"), money named after it ("3조 원", "1억2천만 달러"), qualifiers before the number ("약",
"최소") or after it ("300여 명", "190명 이상", "3명가량").

A date or a time ("12월 3일", "2024년", "오후 10시 27분") has no counter, and counts nothing;
nor does a number in words but before a counter (see koreanwords.py)."""

from __future__ import annotations

import functools
import re

from . import Counting, koreanwords
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .koreanwords import AFTER, BEFORE, COUNTERS, COUNTRY_NOUNS, PARTICLES, native_words, sino_words
from .patterns import named_before, naming, qualifier_after, qualifier_pattern

NUMBER_WORDS = native_words() | sino_words()
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
BIG = "[만억조]"
# What follows a number's digits: a hundred, a thousand, then a unit, and smaller parts after
# it, joined or spaced ("1억2천만", "2억 5천만", "5만2000"); or a hundred or a thousand alone.
SCALE = rf"(?P<scale>[십백천]?{BIG}(?:\s?{DIGITS}[십백천]?{BIG}|\s?{DIGITS}[십백천]|{DIGITS})*" \
    r"|[십백천](?!만|억|조))?"
NUMBER = rf"(?<![\d.,])(?P<number>{DIGITS}){SCALE}(?![\d.,]?\d)"
PART = re.compile(rf"({DIGITS})([십백천]?)\s?({BIG}?)")
MULTIPLES = {"": 1, "십": 10, "백": 100, "천": 1000, "만": 1e4, "억": 1e8, "조": 1e12}


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its units: "1억2천만" is 120,000,000."""
    total = 0.0
    for digits, small, big in PART.findall(match["number"] + (match["scale"] or "")):
        total += float(digits.replace(",", "")) * MULTIPLES[small] * MULTIPLES[big]
    return total


COUNTER = "|".join(COUNTERS)


def alternation(words: dict[str, int]) -> str:
    """Return a pattern that finds any of some number words, the longest first, the parts of
    one written apart ("열-두") spaced or not."""
    return "|".join(sorted((w.replace("-", r"\s?") for w in words), key=len, reverse=True))


NATIVE, SINO = alternation(native_words()), alternation(sino_words())
# Native words before a counter or a noun for countries; Sino-Korean ones only before "개국"
# ("삼 개국"): "세" and "구" are other words as often.
BEFORE_COUNTER = rf"(?=\s?(?:{COUNTER}|나라|국가){PARTICLES})"
NUMBER_WORD = re.compile(rf"(?<![가-힣\w])(?:(?:{NATIVE}){BEFORE_COUNTER}|(?:{SINO})"
                         rf"(?=\s?개국{PARTICLES}))")
NOT_MONTHS = r"(?!개월|개년)"
# A counter after its number, perhaps after "여" (more than: "300여 명"): the count's words.
COUNT = re.compile(rf"{NUMBER}(?:여)?\s?{NOT_MONTHS}(?P<words>{COUNTER})(?={PARTICLES})")
FIGURE_NUMBER = re.compile(NUMBER)
# "9개국", "다른 9개국", "30여 개국", "아홉 나라", "다섯 개 나라", "삼 개국".
COUNTRY_NOUN = r"(?:개국|(?:개\s?)?(?:나라|국가))"
COUNTRY_CLAIM = re.compile(
    rf"(?P<other>(?<![가-힣])다른\s+)?(?:(?<![\d.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)"
    r"(?P<inner>여)?\s?(?:개국|개\s?(?:나라|국가))"
    rf"|(?P<word>(?<![가-힣\w])(?:(?:{NATIVE})(?=\s?{COUNTRY_NOUN})|(?:{SINO})(?=\s?개국)))"
    rf"\s?{COUNTRY_NOUN})(?P<word_other>)(?={PARTICLES})")
NEVER = re.compile(r"(?!)(?P<whole>)(?P<word>)(?P<words>)")
BESIDES_BEFORE = re.compile(r"(?:\s외(?:에도?|에)?|을\s?제외한|를\s?제외한|제외하고|말고도?|"
                            r"뿐\s?아니라)\s+(?:[^\W\d_]\w*\s+){0,4}\Z")
# Another whole's countries, named before them: "EU 27개국", "유럽연합(EU) 27개 회원국".
OF_ANOTHER = re.compile(r"(?:(?-i:[A-Z]{2,})|G\d+|유럽연합|아세안|나토|유엔)(?:\s?\([^)]*\))?"
                        r"(?:의)?(?:\s?회원국)?\s*\Z")


# A qualifier after a number or its counter, perhaps with a particle: "190명 이상의", "3명가량",
# "300여 명".
QUALIFIER_AFTER = re.compile(rf"(?:{COUNTER})?\s?(?P<q>{'|'.join(AFTER)})"
                             r"(?=[의이가은는을를에도]?(?![가-힣]))")


# A qualifier after the number ("300여 명": more) or its counter ("190명 이상": at least).
qualified_after = qualifier_after(r"\d여", QUALIFIER_AFTER, AFTER)


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Korean
    names ("미국 달러", "일본 엔화"), the signs and the words newsrooms write alone."""
    found = {"원": "KRW", "₩": "KRW", "$": "USD", "달러": "USD", "달러화": "USD", "€": "EUR",
             "유로": "EUR", "유로화": "EUR", "£": "GBP", "파운드": "GBP", "¥": "JPY",
             "엔": "JPY", "엔화": "JPY", "위안": "CNY", "위안화": "CNY", **PREFIXES}
    return names_in("ko") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(rf"{NUMBER}\s?(?P<currency>(?:{alternatives(NAMED)})|"
                         rf"{codes_pattern()})(?={PARTICLES})", re.IGNORECASE)
MONEY = re.compile(rf"(?P<currency>(?<!\w)(?-i:[A-Z]{{1,3}})?[$£¥]|€|₩)\s?{NUMBER}")
money = functools.partial(
    money_in, hints=("$", "€", "£", "¥", "₩", "원", "달러", "유로", "엔", "위안", "파운드"),
    openings=frozenset(), named=NAMED_MONEY, signed=MONEY,
    first=code_first(DIGITS, SCALE))
# "61%", "61 퍼센트"; not a difference of percentages, "3.2%p", "3.2퍼센트포인트".
PERCENT = re.compile(rf"(?<![\d.,])(?P<number>{DIGITS})\s?(?:%(?!\s?p(?![a-z]))|"
                     r"퍼센트(?!\s?포인트)|프로(?![가-힣]))")
# A change: "전년 대비 3%", "증가폭은 5%"; a margin after its noun: "6표 차".
CHANGE = re.compile(r"(?:대비|증가|감소|상승|하락|증가폭|감소폭|상승폭|하락폭)(?:[은는이가을를])?"
                    r"\s*(?:약\s*)?\Z")
MARGIN = re.compile(r"\s?차(?:이)?(?![례량관원림선])")
END = rf"{DIGITS}(?:[십백천]?{BIG})?(?:\s?(?:%|퍼센트|{COUNTER}))?"
# A range: "5~10명", "5-10%", "190~200석".
RANGE = re.compile(rf"(?P<between>(?!))?(?<![\d.,])(?P<first>{END})\s?(?:[~〜∼–-])\s?"
                   rf"(?P<second>{END})(?P<to>(?!))?(?![\d.,]?\d)")
QUALIFIERS = BEFORE | AFTER
EARLIER = re.compile(r"(?:당초|애초|처음에는|초기|잠정|예상|전망|추정)(?![가-힣])")
LATER = re.compile(r"(?:현재|이후|지금|그\s?뒤|최종)(?:까지)?(?![가-힣])")
FORESEEN = re.compile(r"(?:전망|예상|예측|가능성|최대|할\s?수)(?![가-힣])")
# "5명 중 2명": neither counts the noun of a proportion.
RATIO = re.compile(r"(?<=[명표석곳건])\s?중\s?(?=\d)")
STOP_WORDS = frozenset(
    "및 등 그 이 저 것 수 때 중 더 또 또는 약 위해 대한 통해 따라 있다 없다 했다 밝혔다 "
    "말했다 전했다 오전 오후 새벽 밤 이날 당시 지난 오는 모두 전원 각각 이후 이전 그는 그가 "
    "이는 이를 이에 대해 함께 가운데 뒤 후 전 만에 동안 년 월 일 시 분".split())


def plural(word: str) -> bool:
    """Tell whether a lowercased word is a counter, which names what a number counts."""
    return word in COUNTERS or word in COUNTRY_NOUNS


COUNTING = Counting(
    language="ko", country_claim=COUNTRY_CLAIM, besides=re.compile("(?!)"),
    number_words=NUMBER_WORDS, names_countries=naming(*COUNTRY_NOUNS),
    country_nouns=COUNTRY_NOUNS, money=money, currencies=CURRENCIES, percent=PERCENT,
    change=CHANGE, count=COUNT, word_count=NEVER, range=RANGE, from_level=re.compile("(?!)"),
    number=FIGURE_NUMBER, value=value, stop_words=STOP_WORDS, plural=plural, stem=koreanwords.stem,
    word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=qualifier_pattern(BEFORE), earlier=EARLIER, later=LATER, share_of=NEVER,
    counted_from=re.compile("(?!)"), besides_before=BESIDES_BEFORE,
    of_another=named_before(OF_ANOTHER),
    needed=frozenset({"정족수", "필요", "요건"}), margin=MARGIN, ratio=RATIO,
    foreseen=FORESEEN, shortest=2, qualified_after=qualified_after,
    parts=koreanwords.parts, change_after=re.compile(koreanwords.CHANGE_AFTER))
