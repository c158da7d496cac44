"""How Vietnamese writes counts and amounts: a point between thousands and a comma before
decimals ("1.000", "1,6 tỷ USD"), a scale after its number ("nghìn", "ngàn", "triệu", "tỷ"), the
noun after its number, unchanged for any number and perhaps after a classifier ("290 người",
"200.000 ngôi nhà", "chín nước khác"), money named after it ("1,5 tỷ đồng", "1,6 tỷ USD").

"Năm" is five and a year, "tháng" a month and "ngày" a day: a number after one of them, or
"năm" beside the words of a year ("năm nay", "năm 2024"), is a date, not a count."""

from __future__ import annotations

import functools
import re

from . import YEAR, Counting
from .commas import POINT_OR_SPACE, SPACES, UNQUOTED, counted_number, number, percent, pointed_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .patterns import naming, of_named, qualifier_pattern, words_pattern

UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
         "tám": 8, "chín": 9}
# After a ten, one is "mốt" ("hai mươi mốt"), four may be "tư" and five is "lăm" or "nhăm":
# "mười năm" and "hai mươi năm" are ten and twenty years.
AFTER_TEN = {**{w: n for w, n in UNITS.items() if n not in (1, 5)}, "lăm": 5, "nhăm": 5}


def number_words() -> dict[str, int]:
    """Return the numbers in words up to ten thousand, their parts joined by '-': "mười một"
    (11), "mười lăm" (15), "hai mươi mốt" (21), "hai mươi tư" (24), "một trăm" (100), "ba
    nghìn" (3,000)."""
    found = dict(UNITS) | {"mười": 10} | {f"mười-{w}": 10 + n
                                           for w, n in (AFTER_TEN | {"một": 1}).items()}
    for ten, tens in UNITS.items():
        if tens > 1:
            found[f"{ten}-mươi"] = 10 * tens
            found |= {f"{ten}-mươi-{w}": 10 * tens + n
                      for w, n in (AFTER_TEN | {"mốt": 1, "tư": 4}).items()}
    for unit, n in UNITS.items():
        found |= {f"{unit}-trăm": 100 * n, f"{unit}-nghìn": 1000 * n, f"{unit}-ngàn": 1000 * n}
    return found | {"mười-nghìn": 10_000, "mười-ngàn": 10_000}


NUMBER_WORDS = number_words()
# The words that make "năm" a year, and a number after them a date or a name: "năm nay",
# "tháng 9", "ngày 7", "thứ năm" (Thursday), "bão số 3", "cấp 12" (a wind's force).
YEAR_WORDS = r"nay|ngoái|qua|trước|sau|tới|mới|học|đó|ấy|này|kia|sinh|tài\s+chính|\d"
DATED_BY = ("ngày", "tháng", "năm", "mùng", "mồng", "thứ", "lúc", "số", "cấp", "khóa", "kỳ")
NOT_DATED = "".join(rf"(?<!\b{word}\s)" for word in DATED_BY)
NOT_A_YEAR = rf"(?!năm\s+(?:{YEAR_WORDS})(?!\w))" + "".join(
    rf"(?<!\b{word}\s)" for word in ("các", "những", "mỗi", "hằng", "hàng", "nhiều", "vài",
                                     "mấy", "cuối", "đầu", "giữa"))
# Read whole: not the "một" of "mười một", nor the "hai" of "hai mươi hai"; not "một" alone,
# which is "a" as often ("một quốc gia").
WORDS = NOT_DATED + NOT_A_YEAR + words_pattern(
    set(NUMBER_WORDS) - {"một"}, ["mười", "mươi", "trăm", "nghìn", "ngàn"])
NUMBER_WORD = re.compile(WORDS, re.IGNORECASE)
# The words before a count that point back at countries just named: "giữa hai nước", "cả ba
# nước", "quan hệ hai nước"; and after it: "ba nước này".
POINTING_BACK = "".join(rf"(?<!\b{word}\s)" for word in (
    "các", "những", "cả", "giữa", "hệ", "đạo", "bên"))
BACK_AFTER = r"(?!\s+(?:khác\s+)?(?:này|đó|ấy|kia|nói\s+trên|trên|ngoài)(?!\w))"
NOUNS = r"(?:quốc\s+gia|nước)"
COUNTRY_CLAIM = re.compile(
    UNQUOTED + POINTING_BACK + r"(?<![\w.,])(?:(?P<digits>\d{1,3})(?![\d.,]?\d)|(?P<word>"
    + WORDS + rf"))\s+{NOUNS}(?:\s+(?P<other>khác)(?!\w))?{BACK_AFTER}(?!\w)"
    r"(?P<word_other>)",  # "khác" follows the noun, whether the count is in figures or words
    re.IGNORECASE)
BESIDE = r"ngoài(?!\s+ra\b)|trừ|không\s+kể|không\s+tính|bên\s+cạnh"
BESIDES = re.compile(rf"(?:\s+khác)?,?\s+(?:{BESIDE})(?!\w)", re.IGNORECASE)
# The same before the count, in its sentence: "Ngoài Việt Nam, bão còn đổ bộ vào hai nước".
BESIDES_BEFORE = re.compile(rf"(?<!\w)(?:{BESIDE})\s+[^\W\d_][\w-]*(?:\s+[^\W\d_,.;:][\w-]*)"
                            r"{0,5},?\s+(?:[^\W\d_][\w'’-]*\s+){0,6}\Z", re.IGNORECASE)
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12,
          "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12}
SCALE_WORDS = r"(?:nghìn|ngàn)\s+t[ỷỉ]|nghìn|ngàn|triệu|t[ỷỉ]"
SCALE = rf"(?:\s(?P<scale>{SCALE_WORDS})(?!\w))?"
NUMBER = number(POINT_OR_SPACE)
FIGURE_NUMBER = re.compile(rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
# A counted noun after its number and scale, perhaps a classifier between ("200.000 ngôi nhà");
# not a date ("ngày 7 tháng 9", "7 tháng 9", "7/9"), nor a scale or a month as its noun.
COUNT = re.compile(
    rf"{UNQUOTED}{NOT_DATED}(?<!/)(?P<number>{counted_number(POINT_OR_SPACE)}){SCALE}"
    rf"(?![/-]\d)\s+(?!(?:{SCALE_WORDS}|tháng\s+\d|thg)(?!\w))"
    r"(?P<words>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})", re.IGNORECASE)
WORD_COUNT = re.compile(UNQUOTED + POINTING_BACK + r"(?P<word>" + WORDS + r")"
                        r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,3})", re.IGNORECASE)


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: CLDR's Vietnamese
    names ("đô la mỹ", "yên nhật"), the signs and the words newsrooms write alone."""
    found = {"đồng": "VND", "₫": "VND", "đ": "VND", "$": "USD", "đô la": "USD", "đô": "USD",
             "usd": "USD", "€": "EUR", "euro": "EUR", "£": "GBP", "bảng anh": "GBP",
             "¥": "JPY", "yên": "JPY", "nhân dân tệ": "CNY", **PREFIXES}
    return names_in("vi") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha() and name != "đ"]
# The currency after the amount: "1.000 đồng", "1,5 tỷ đồng", "1,6 tỷ USD", "30 triệu đô la
# Mỹ", "50.000đ"; not "đồng bào" (compatriots) nor "đồng bằng" (a delta).
NAMED_MONEY = re.compile(
    rf"(?<![\w$€£.,])(?P<number>{NUMBER}){SCALE}\s?(?P<currency>(?:{alternatives(NAMED)})"
    rf"(?!\w)|{codes_pattern()}|(?<=\d)đ(?!\w)|[₫€$£¥])(?!\s+(?:bào|bằng|minh|ruộng)(?!\w))",
    re.IGNORECASE)
MONEY = re.compile(r"(?P<currency>(?<!\w)(?-i:[A-Z]{1,3})?[$£¥]|(?<!\w)€)\s?"
                   rf"(?P<number>{NUMBER}){SCALE}", re.IGNORECASE)
MONEY_HINTS = ("$", "€", "£", "¥", "₫", "đồng", "đô", "usd", "vnd", "euro", "yên", "tệ",
               "bảng", "đ")
money = functools.partial(money_in, hints=MONEY_HINTS, openings=frozenset(), named=NAMED_MONEY,
                          signed=MONEY, first=code_first(NUMBER, SCALE))
PERCENT = percent(POINT_OR_SPACE, r"phần\s+trăm\b")
CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm|sụt|sụt\s+giảm|tăng\s+trưởng)(?:\s+thêm)?\s+"
                    r"(?:khoảng\s+|gần\s+|hơn\s+|chừng\s+)?\Z", re.IGNORECASE)
ADDED = re.compile(r"(?<!\w)thêm\s+(?:khoảng\s+|gần\s+|hơn\s+)?\Z", re.IGNORECASE)
END = (rf"(?:{NUMBER})(?:[{SPACES}]?(?:%|phần\s+trăm\b)|\s(?:{SCALE_WORDS})(?!\w))?"
       r"(?:\s(?:đồng|USD|VND|đô\s+la)(?!\w))?")
# A range: "5-10", "từ 5 đến 10", "5 đến 10 người", "khoảng 20 tới 30%"; its dash unspaced.
RANGE = re.compile(rf"(?P<between>(?<!\w)(?:từ|giữa)\s+)?(?<![\w.,/])(?P<first>{END})"
                   rf"(?(between)\s+(?:đến|tới|và)\s+|(?:(?P<to>\s+(?:đến|tới)\s+)|[–-]))"
                   rf"(?P<second>{END})(?![/-]\d)", re.IGNORECASE)
FROM_LEVEL = re.compile(r"(?<!\w)(?:tăng|giảm|lên|xuống)\s+(?:từ\s+)?\Z", re.IGNORECASE)
# Not "tới" alone, which is "to" as often: "ảnh hưởng tới 9 nước" (affected 9 countries).
QUALIFIERS = {"khoảng": "about", "chừng": "about", "xấp xỉ": "about", "ước tính": "about",
              "ước khoảng": "about", "gần": "nearly", "gần như": "nearly", "hơn": "more",
              "trên": "more", "hơn một chút": "more", "ít nhất": "at least",
              "tối thiểu": "at least", "không dưới": "at least", "dưới": "fewer",
              "chưa đến": "fewer", "chưa tới": "fewer", "ít hơn": "fewer", "tối đa": "up to",
              "lên tới": "up to", "lên đến": "up to", "không quá": "up to"}
EARLIER = re.compile(r"(?<!\w)(?:ban\s+đầu|lúc\s+đầu|trước\s+đó|thoạt\s+tiên|dự\s+báo|"
                     r"dự\s+kiến|ước\s+tính\s+ban\s+đầu)(?!\w)", re.IGNORECASE)
LATER = re.compile(r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2}|\s+"
                   r"tháng\s+\d{1,2})|sau\s+đó|hiện\s+nay|hiện|đến\s+nay|tới\s+nay|"
                   r"cho\s+đến\s+nay)(?!\w)", re.IGNORECASE)
SHARE_OF = re.compile(r"\s+(?:của|trong)\s+(?P<whole>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)"
                      r"{0,3})", re.IGNORECASE)
# "14 bộ trưởng từ 9 nước": the countries of the ministers counted before.
COUNTED_FROM = re.compile(rf"(?<![\w.,])(?!{YEAR}\b)(?:\d[\d.]*|{WORDS})(?:\s+[^\W\d_][\w'’-]*)"
                          r"{1,3}\s+(?:đến\s+từ|từ|của)\s+\Z", re.IGNORECASE)
# Another whole's countries, its name after them: "27 nước thành viên EU", "10 quốc gia
# ASEAN", "27 nước thuộc Liên minh châu Âu".
OF_ANOTHER = of_named(r"(?:\s+thành\s+viên)?(?:\s+(?:của|thuộc|trong))?\s+")
RATIO = re.compile(rf"(?<=\d)(?<!{YEAR})\s+(?:trên|trong\s+số)\s+(?=\d)", re.IGNORECASE)
FORESEEN = re.compile(r"(?<!\w)(?:có\s+thể|nhiều\s+khả\s+năng|dự\s+báo|dự\s+kiến|tối\s+đa)"
                      r"(?!\w)", re.IGNORECASE)
# The classifiers before a noun ("ngôi nhà", "chiếc xe", "cây cầu"): the noun after one counts.
CLASSIFIERS = frozenset("chiếc ngôi căn cây con cái tòa toà bức tấm quả".split())
STOP_WORDS = frozenset(
    "và của các những là có được bị đã đang sẽ cho với trong ngoài tại ở từ đến tới theo về "
    "này đó ấy kia một mỗi mọi cả thì mà nhưng hoặc hay nếu khi vì do bởi để như không chưa "
    "cũng vẫn còn rất nhiều ít hơn nhất số khoảng gần trên dưới chừng lên xuống vào ra nay "
    "ngoái qua trước sau lại rằng cùng vừa mới nên thêm tổng toàn hết chỉ họ ông bà anh chị "
    "cho biết nói ngày tháng".split())


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: lowercased, its apostrophes straight. A Vietnamese noun
    is the same for one thing or many ("người", "nước")."""
    return word.lower().replace("\u2019", "'")


def plural(word: str) -> bool:
    """Tell whether a lowercased word may be the noun a number counts: Vietnamese marks no
    plural on a noun, so any word but a function word or a classifier may be."""
    return word.isalpha() and word not in STOP_WORDS and word not in CLASSIFIERS


COUNTING = Counting(
    language="vi", country_claim=COUNTRY_CLAIM, besides=BESIDES, number_words=NUMBER_WORDS,
    names_countries=naming("quốc gia", "nước"), country_nouns=("quốc", "nước"),
    money=money, currencies=CURRENCIES, percent=PERCENT, change=CHANGE, count=COUNT,
    word_count=WORD_COUNT, range=RANGE, from_level=FROM_LEVEL, number=FIGURE_NUMBER,
    value=pointed_value(SCALES), stop_words=STOP_WORDS, plural=plural, stem=stem,
    word=re.compile(r"[^\W_][\w'’-]*"), number_word=NUMBER_WORD, qualifiers=QUALIFIERS,
    qualifier=qualifier_pattern(QUALIFIERS), earlier=EARLIER, later=LATER, share_of=SHARE_OF,
    counted_from=COUNTED_FROM, besides_before=BESIDES_BEFORE, of_another=OF_ANOTHER,
    added=ADDED, ratio=RATIO, foreseen=FORESEEN)
