"""How Chinese writes counts and amounts, in Simplified and Traditional characters: digits
with comma groups ("1,000", "2.5"), the units 万/萬 (10^4) and 亿/億 (10^8) after them ("1.2万人",
"3亿美元", "2.5万亿元"), a measure word joined to the number ("190人", "204票", "5个国家",
"400艘"), money named after it ("3亿美元", "50亿元人民币"), percentages by sign or words
("61%", "61％", "百分之五"), qualifiers before the number ("约", "超过", "逾") or after it
("300多人", "190人以上", "5万人左右"), and ranges ("5至10", "5-10").

A date or a time ("2024年12月3日", "晚上10点27分") has no measure word, and counts nothing; nor
does a number in words but before one (see chinesewords.py)."""

from __future__ import annotations

import functools
import re

from ..texts.ideographs import HAN
from . import Counting, chinesewords
from .chinesewords import AFTER, BEFORE, COUNTERS, COUNTRY_NOUNS, number_words
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .patterns import named_before, naming

NUMBER_WORDS = number_words()
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
WAN, YI = "[万萬]", "[亿億]"
# A number's units after its digits: 万, 亿, 万亿 (10^12), and smaller parts after a unit
# ("1亿2000万"); or a hundred or a thousand alone ("5千").
SCALE = rf"(?P<scale>{WAN}{YI}|{YI}(?:{DIGITS}{WAN})?|[千百]?{WAN}|[千百](?![万萬亿億]))?"
NUMBER = rf"(?<![\d.,])(?P<number>{DIGITS})[\s\u00a0]?{SCALE}(?![\d.,]?\d)"
PART = re.compile(rf"({DIGITS})\s?([千百]?)([万萬]?[亿億]?)")
MULTIPLES = {"": 1, "百": 100, "千": 1000, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
             "万亿": 1e12, "萬億": 1e12}


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its units: "1亿2000万" is 120,000,000; "十" is ten."""
    if match["number"] == "十":
        return 10.0 * MULTIPLES[match["scale"] or ""]
    total = 0.0
    for digits, small, big in PART.findall(match["number"] + (match["scale"] or "")):
        total += float(digits.replace(",", "")) * MULTIPLES[small] * MULTIPLES[big]
    return total


def alternation(words: object) -> str:
    """Return a pattern that finds any of some words, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore


COUNTER = alternation(COUNTERS)
WORDS = alternation(NUMBER_WORDS)
NUMERALS = "零一二两兩三四五六七八九十百千"
# What makes a numeral after it some, not a number: "数十人", "几十人" (dozens).
SOME = "数數几幾"
# A number in words: before a measure word, perhaps after "多" ("二十多人"), or after "等"
# before "国" ("美日等五国"); or after "百分之" ("百分之五"). Not an ordinal ("第三个").
NUMBER_WORD = re.compile(
    rf"(?<![第{NUMERALS}{SOME}])(?:(?:{WORDS})(?=[多余餘]?(?:{COUNTER}))|(?<=等)(?:{WORDS})(?=[国國]"
    rf"(?!集团|集團))|(?<=百分之)(?:{WORDS})(?![{NUMERALS}]))")
FIGURE_NUMBER = re.compile(NUMBER)
QUALIFIER_AFTER = "|".join(AFTER)
# Ten alone before a measure word, "十人", "十多人", which its figures ("10") outgrow in the text
# read with numbers in words as figures (spelled.py); not "二十", "数十", "十几" or "第十".
TEN = rf"(?<![第{NUMERALS}{SOME}])十(?=[多余餘]?(?:{COUNTER}))"
# A measure word after its number, perhaps after "多" (more than: "300多人"): the count's words.
COUNT = re.compile(rf"(?<!第)(?<![\d.,])(?P<number>{DIGITS}|{TEN})[\s\u00a0]?{SCALE}"
                   rf"(?![\d.,]?\d)(?:[多余餘])?(?P<words>{COUNTER})")
# "9个国家", "其他9个国家", "30多个国家", "三个国家", "美日等五国"; not "七国集团" (G7).
COUNTRY_CLAIM = re.compile(
    rf"(?P<other>(?:其他|其餘|其余|另外|另)\s?)?(?:(?<![\d.,])(?P<digits>\d{{1,3}})"
    r"(?![\d.,]?\d)(?P<inner>[多余餘])?(?:个国家|個國家|国(?!家|集团|际|内|民|会|旗|务)"
    r"|國(?!家|集團|際|內|民|會|旗|務))"
    rf"|(?P<word>(?<![第{NUMERALS}{SOME}])(?:{WORDS})(?=个国家|個國家)|(?<=等)(?:{WORDS})(?=[国國]"
    r"(?!集团|集團|家)))(?:个国家|個國家|[国國]))(?P<word_other>)")
NEVER = re.compile(r"(?!)(?P<whole>)(?P<word>)(?P<words>)")
# What leaves one country out before a count: "除中国外，另有9个国家", "中国以外的5个国家".
BESIDES_BEFORE = re.compile(r"(?:除(?:了)?[^。！？]{1,20}(?:以外|之外|外)|(?:以外|之外)的)"
                            r"[^。！？\d]{0,12}\Z")
# Another whole's countries, named before them: "欧盟27国", "东盟10个成员国", "G20".
OF_ANOTHER = re.compile(r"(?:(?-i:[A-Z]{2,})|G\d+|欧盟|歐盟|东盟|東盟|北约|北約|联合国|聯合國"
                        r"|金砖国家|金磚國家|七国集团|七國集團)(?:的)?\s*\Z")


FOLLOWING = re.compile(rf"(?:{COUNTER})?(?P<q>{QUALIFIER_AFTER})")


def qualified_after(text: str, start: int, end: int) -> str:
    """Return the qualifier of an amount from start to end that comes after its number ("300多
    人": odd) or its measure word ("190人以上": at least; "5万人左右": about), or ''."""
    if re.search(r"(?:\d|十)[千百]?[万萬亿億]?[多余餘]", text[start:end + 1]):
        return "odd"  # "300多人", 300-odd: below 400
    found = FOLLOWING.match(text, end)
    return "" if found is None or found["q"] in "多余餘" else AFTER[found["q"]]


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Chinese
    names ("美元", "欧元"), the signs and the words newsrooms write alone."""
    found = {"元": "CNY", "元人民币": "CNY", "元人民幣": "CNY", "人民币": "CNY",
             "人民幣": "CNY", "美元": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP",
             "英鎊": "GBP", "日元": "JPY", "日圓": "JPY", "港元": "HKD", "港币": "HKD",
             "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD", "越南盾": "VND", "$": "USD",
             "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY", **PREFIXES}
    return names_in("zh") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(rf"{NUMBER}\s?(?P<currency>(?:{alternatives(NAMED)})|"
                         rf"{codes_pattern()})", re.IGNORECASE)
MONEY = re.compile(rf"(?P<currency>(?<![^\W{HAN}])(?-i:[A-Z]{{1,3}})?[$£¥￥]|€)\s?{NUMBER}")
money = functools.partial(
    money_in, hints=("$", "€", "£", "¥", "￥", "元", "人民币", "人民幣", "英镑", "英鎊"),
    openings=frozenset(), named=NAMED_MONEY, signed=MONEY, first=code_first(DIGITS, SCALE))
# "61%", "61％", "百分之61" (after in_figures, "百分之五" as "百分之5"); not a difference of
# percentages, "3.2个百分点".
PERCENT = re.compile(rf"(?P<words>百分之)?(?<![\d.,])(?P<number>{DIGITS})(?(words)|\s?[%％])")
CHANGE = re.compile(r"(?:增长|增長|增加|减少|減少|上升|下降|下跌|上涨|上漲|同比|环比|環比)"
                    r"(?:了)?\s*(?:约|約)?\s*\Z")
MARGIN = re.compile(r"之差")
END = rf"{DIGITS}(?:[千百]?[万萬]?[亿億]?)?(?:\s?(?:[%％]|{COUNTER}))?"
# A range: "5至10人", "5-10%", "5到10万人", "5~10".
RANGE = re.compile(rf"(?P<between>(?!))?(?<![\d.,])(?P<first>{END})\s?(?:[至到~〜∼–—-])\s?"
                   rf"(?P<second>{END})(?P<to>(?!))?(?![\d.,]?\d)")
EARLIER = re.compile(r"(?:最初|起初|初步|原本|原先|预计|預計|预期|預期|估计|估計)")
LATER = re.compile(r"(?:目前|截至|至今|随后|隨後|此后|此後|最终|最終|现已|現已)")
FORESEEN = re.compile(r"(?:预计|預計|预测|預測|可能|将会|將會|或将|或將)")
QUALIFIER = re.compile(rf"(?P<qualifier>{alternation(BEFORE)})\s*\Z")
RATIO = re.compile(r"(?<=[人名])\s?中(?:有)?\s?(?=\d)")
WORD = re.compile(rf"[{HAN}]+|(?:(?![{HAN}])[^\W_])(?:(?![{HAN}])[\w'’-])*")


COUNTING = Counting(
    language="zh", country_claim=COUNTRY_CLAIM, besides=re.compile("(?!)"),
    number_words=NUMBER_WORDS, names_countries=naming(*COUNTRY_NOUNS),
    country_nouns=COUNTRY_NOUNS, money=money, currencies=CURRENCIES, percent=PERCENT,
    change=CHANGE, count=COUNT, word_count=NEVER, range=RANGE, from_level=re.compile("(?!)"),
    number=FIGURE_NUMBER, value=value, stop_words=chinesewords.STOP_WORDS,
    plural=chinesewords.plural, stem=chinesewords.stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=BEFORE | AFTER, qualifier=QUALIFIER, earlier=EARLIER, later=LATER,
    share_of=NEVER, counted_from=re.compile("(?!)"), besides_before=BESIDES_BEFORE,
    of_another=named_before(OF_ANOTHER), needed=frozenset({"需要", "至少需要", "门槛", "門檻"}),
    margin=MARGIN, ratio=RATIO, foreseen=FORESEEN, shortest=2,
    qualified_after=qualified_after, parts=chinesewords.parts, names_numbers=False)
