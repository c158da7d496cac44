"""Chinese's numbers in words, its measure words, qualifiers and words, in Simplified and
Traditional characters alike.

Chinese joins a measure word to its number, "190人" (people), "204票" (votes), "400艘"
(ships), "5个国家" (countries), and writes most numbers in digits. Its numerals in words
("三个国家", "九十九人") are other words' characters as often ("三亚" is a city, "十分" is
"very", "一些" is "some"): a number in words is read only before a measure word, and one ("一")
never, which is "a" as often ("一个"); nor after "数" or "几" ("数十人", dozens), which make it
some, not a number. Chinese leaves no space between words: a run of
characters is read as its pairs (see ideographs.py and parts()), so that a label's words and a
sentence's meet.
"""

from __future__ import annotations

import functools
import re

from ..texts.ideographs import HAN

UNITS = {"二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
         "九": 9}
DIGIT_WORDS = {"一": 1, **{w: n for w, n in UNITS.items() if w not in "两兩"}}
# The measure words joined to a number, and what they count ("个" with its noun: "5个国家",
# "11个省"), the longest first. Not the units of a date, a time or an age (年, 月, 日, 点, 分,
# 岁), nor "位" (a rank as often: "第1位").
# The units of weight and the day as a count of days ("1935.3克", "53天"), which a key figure
# gives as Chinese papers do; a date's day is "日" or "号", never "天".
MEASURES = ("克", "公斤", "千克", "吨", "公吨", "噸", "公噸", "天")
NOUNS_AFTER_GE = ("国家", "國家", "成员国", "成員國", "省份", "省", "城市", "市", "县", "縣",
                  "村", "地区", "地區", "乡镇", "鄉鎮", "机场", "機場", "港口", "小时")
COUNTERS = tuple(sorted({
    *(f"{ge}{noun}" for ge in "个個" for noun in NOUNS_AFTER_GE if noun != "小时"),
    "人", "名", "票", "艘", "架", "辆", "輛", "座", "所", "间", "間", "栋", "棟", "户", "戶",
    "头", "頭", "只", "隻", "条", "條", "起", "宗", "家", "席", "省", "县", "縣", "村",
    "个", "個", *MEASURES}, key=len, reverse=True))
COUNTRY_NOUNS = ("个国家", "個國家", "国家", "國家", "国", "國")
# The qualifiers before a number ("约190人", "超过100万人") and after it ("300多人", "190人以上").
BEFORE = {"约": "about", "約": "about", "大约": "about", "大約": "about", "近": "nearly",
          "将近": "nearly", "將近": "nearly", "接近": "nearly", "超过": "more", "超過": "more",
          "逾": "more", "至少": "at least", "最少": "at least", "多达": "up to",
          "多達": "up to", "最多": "up to", "不到": "fewer", "不足": "fewer"}
AFTER = {"多": "more", "余": "more", "餘": "more", "以上": "at least", "左右": "about",
         "上下": "about", "以下": "up to", "以内": "up to", "以內": "up to"}
# Pairs of characters that say nothing of what a sentence is about.
STOP_WORDS = frozenset(
    "我们 他们 她们 我們 他們 她們 已经 已經 目前 其中 以及 表示 没有 沒有 这些 這些 那些 一个 "
    "一個 据报 據報 当地 當地 时间 時間 左右 以上 以下 超过 超過 至少 大约 大約 其他 另有 共有 "
    "当天 當天 当时 當時 之后 之後 之前 此前 随后 隨後 同时 同時 及其 以来 以來 上午 下午 晚上 "
    "凌晨 早上 中午".split())
PAIRED = re.compile(rf"[{HAN}]{{3,}}")
# What stops a run of characters being one word's: the particles and function words that
# part a sentence's words ("海南的受灾人口" is 海南, 受灾人口), the digits aside.
PARTICLES = "的了在是和与與及或并並被把对對将將于於也都就而等其"


def number_words() -> dict[str, int]:
    """Return the numbers in words from two to ninety-nine: "三", "两", "十" (ten, "十人"),
    "十一", "二十", "九十九"; not "一" alone, "a" as often."""
    found: dict[str, int] = {**UNITS, "十": 10}
    found |= {f"十{w}": 10 + n for w, n in DIGIT_WORDS.items()}
    for ten, tens in DIGIT_WORDS.items():
        if tens > 1:
            found[f"{ten}十"] = 10 * tens
            found |= {f"{ten}十{w}": 10 * tens + n for w, n in DIGIT_WORDS.items()}
    return found


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Return a word as it is: Chinese does not inflect ("省份" is a province, as "省" is)."""
    word = word.lower().replace("\u2019", "'")
    return "省" if word in ("省份",) else word


def parts(word: str) -> tuple[str, ...]:
    """Return the pairs of characters of a run of three or more, which Chinese writes
    without spaces, cut at its particles ("海南的受灾人口" as 海南, 受灾, 灾人, 人口), so that it
    meets the same words in another run; none for another word."""
    if PAIRED.fullmatch(word) is None:
        return ()
    found = []
    for piece in re.split(f"[{PARTICLES}]", word):
        found += (piece[at:at + 2] for at in range(len(piece) - 1))
    return tuple(pair for pair in found if pair not in STOP_WORDS)


def plural(word: str) -> bool:
    """Tell whether a word is a measure word, which names what a number counts."""
    return word in COUNTERS or word in COUNTRY_NOUNS
