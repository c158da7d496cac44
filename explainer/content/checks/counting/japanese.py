"""How Japanese writes counts and amounts: digits with comma groups ("1,000", "7.6"), full
width too ("１２３"), the units 万 (10^4), 億 (10^8) and 兆 (10^12) among them ("1万2000人",
"2兆5000億円"), a counter joined to the number ("190人", "400隻", "5カ国"), money named after
it ("3億円", "100万ドル") or its sign before it ("$100"), percentages by sign, word or tenths
("61%", "61パーセント", "3割"), and qualifiers before the number ("約", "少なくとも") or after
it ("500人以上", "1万人超", "300余人", "8万棟余り").

A date or a time ("2024年1月1日", "午後4時10分") has no counter, and counts nothing; nor does a
magnitude or an intensity ("マグニチュード7.6", "震度7"). Words are read as cjk.py reads them.
"""

from __future__ import annotations

import functools
import re

from . import Counting, japanesewords
from .cjk import DIGITS, HAN, WORD, scale_pattern, scaled_value
from .currencies import PREFIXES, alternatives, code_first, codes_pattern, money_in, names_in
from .japanesewords import AFTER, BEFORE, COUNTERS, COUNTRY_NOUNS, STOP_WORDS
from .patterns import named_before, naming, qualifier_after

BIG = "万億兆"
TENTHS = "割(?![引合り])"  # "3割" is 30%; not "割引" (a discount), "割合" (a share)
SCALE = scale_pattern(BIG, alone=TENTHS)
NUMBER = rf"(?<![\d.,])(?P<number>{DIGITS}){SCALE}(?![\d.,]?\d)"
MULTIPLES = {"百": 100, "千": 1000, "万": 1e4, "億": 1e8, "兆": 1e12, "割": 10}


def value(match: re.Match[str]) -> float:
    """Return the value of a number and its units: "1億2000万" is 120,000,000, "3割" 30."""
    return scaled_value(match["number"], match["scale"] or "", MULTIPLES)


COUNTER = "|".join(COUNTERS)
COUNTRY = "|".join(COUNTRY_NOUNS)
KANJI = "|".join(sorted(japanesewords.number_words(), key=len, reverse=True))
# A numeral in kanji where it counts countries or people, not within a word ("主要七カ国"
# names the G7, "第三国" is a third country) nor some ("十数人").
NUMBER_WORD = re.compile(rf"(?<![{HAN}])(?:{KANJI})(?={COUNTRY}|人|名)")
# A counter after its number, perhaps after "余" ("300余人"): not an ordinal ("第3", "3人目").
COUNT = re.compile(rf"(?<!第){NUMBER}(?:余)?(?P<words>{COUNTER})(?!目)")
FIGURE_NUMBER = re.compile(NUMBER)
# "9カ国", "他の9カ国", "30余りカ国", "三カ国"; not those pointed back at ("この2カ国") nor
# what is between countries ("2カ国間").
COUNTRY_CLAIM = re.compile(
    r"(?<!この)(?<!その)(?<!これら)(?<!両)"
    r"(?P<other>(?:他の|ほかの|その他の|残りの|別の|ほか))?(?:約|およそ)?"
    rf"(?:(?<![\d.,])(?P<digits>\d{{1,3}})(?![\d.,]?\d)(?P<inner>余)?"
    rf"|(?P<word>(?<![{HAN}])(?:{KANJI})))(?:{COUNTRY})(?!間)(?P<word_other>)")
NEVER = re.compile(r"(?!)(?P<whole>)(?P<word>)(?P<words>)")
# What leaves one country out before a count: "日本を除く9カ国", "日本以外の9カ国", "日本の
# ほか9カ国", "日本に加え9カ国".
BESIDES_BEFORE = re.compile(r"(?:を除く|を除いた|を除き|以外の|以外に|のほか(?:に)?|に加え(?:て)?"
                            r"|とともに)、?(?:約|およそ|少なくとも)?\s*\Z")
# Another whole's countries, named before them: "G7の7カ国", "EU加盟27カ国", "主要20カ国".
OF_ANOTHER = re.compile(r"(?:(?-i:[A-Z]{2,})\d*|G\d+|欧州連合|東南アジア諸国連合|北大西洋条約機構"
                        r"|国連|主要)(?:\s?[(（][^)）]*[)）])?(?:の|加盟|加盟国の?|の加盟国)?\s*\Z")


QUALIFIER_AFTER = re.compile(rf"(?:余)?(?:{COUNTER})?\s?(?P<q>"
                             rf"{'|'.join(sorted(AFTER, key=len, reverse=True))})")


# A qualifier after the number ("300余人": more) or its counter ("500人以上": at least).
qualified_after = qualifier_after(r"\d余", QUALIFIER_AFTER, AFTER)


def currencies() -> dict[str, str]:
    """Return each currency as written, lowercased, with its ISO 4217 code: the signs, and
    the names newsrooms write after a number."""
    found = {"円": "JPY", "¥": "JPY", "￥": "JPY", "$": "USD", "ドル": "USD", "米ドル": "USD",
             "€": "EUR", "ユーロ": "EUR", "£": "GBP", "ポンド": "GBP", "元": "CNY",
             "人民元": "CNY", "ウォン": "KRW", **PREFIXES}
    return names_in("ja") | found


CURRENCIES = currencies()
NAMED = [name for name in CURRENCIES if name[0].isalpha()]
NAMED_MONEY = re.compile(rf"{NUMBER}\s?(?P<currency>(?:{alternatives(NAMED)})|"
                         rf"{codes_pattern()})", re.IGNORECASE)
MONEY = re.compile(rf"(?P<currency>(?<![A-Za-z0-9])(?-i:[A-Z]{{1,3}})?[$£¥￥]|€)\s?{NUMBER}")
money = functools.partial(
    money_in, hints=("$", "€", "£", "¥", "￥", "円", "ドル", "ユーロ", "ポンド", "元", "ウォン"),
    openings=frozenset(), named=NAMED_MONEY, signed=MONEY,
    first=code_first(DIGITS, SCALE))
# "61%", "61％", "61パーセント", "3割"; not a difference of percentages, "3.2ポイント".
SIGN = r"(?:%|％|パーセント)"
PERCENT = re.compile(rf"(?<![\d.,])(?P<number>{DIGITS}(?:{TENTHS}|(?=\s?{SIGN})))"
                     rf"(?:\s?{SIGN})?(?!\s?(?:ポイント|pt))")
# A change: "前年比3%", "増加幅は5%"; a margin after its noun: "4票差".
CHANGE = re.compile(r"(?:比|増加|減少|上昇|下落|増加幅|減少幅|伸び率)(?:は|が|で|の)?\s*"
                    r"(?:約|およそ)?\Z")
MARGIN = re.compile(r"\s?差(?![しを別押])")
END = rf"{DIGITS}(?:[百千]?[{BIG}])?(?:\s?(?:{SIGN}|{COUNTER}))?"
# A range: "5〜10人", "5～10%", "1万~2万棟".
RANGE = re.compile(rf"(?P<between>(?!))?(?<![\d.,])(?P<first>{END})\s?[~〜～∼–-]\s?"
                   rf"(?P<second>{END})(?P<to>(?!))?(?![\d.,]?\d)")
QUALIFIER = re.compile(r"(?P<qualifier>(?<![集要契節制予条公規協倹婚])約|およそ|推定|ほぼ"
                       r"|少なくとも|最低|最大|最多)\s*\Z")
EARLIER = re.compile(r"当初|最初|初め|暫定|速報|予想|見通し|見込み")
LATER = re.compile(r"現在|その後|最終|までに|時点")
FORESEEN = re.compile(r"見通し|見込み|予想|予測|可能性|恐れ|おそれ|最大")
# "5人に1人", "5人のうち2人": neither counts the noun of a proportion.
RATIO = re.compile(r"(?<=[人票])\s?(?:に|のうち|中)\s?(?=\d)")

COUNTING = Counting(
    language="ja", country_claim=COUNTRY_CLAIM, besides=re.compile("(?!)"),
    number_words=japanesewords.number_words(), names_countries=naming(*COUNTRY_NOUNS),
    country_nouns=COUNTRY_NOUNS, money=money, currencies=CURRENCIES, percent=PERCENT,
    change=CHANGE, count=COUNT, word_count=NEVER, range=RANGE, from_level=re.compile("(?!)"),
    number=FIGURE_NUMBER, value=value, stop_words=STOP_WORDS, plural=japanesewords.plural,
    stem=japanesewords.stem, word=WORD, number_word=NUMBER_WORD,
    qualifiers=BEFORE | AFTER, qualifier=QUALIFIER, earlier=EARLIER, later=LATER,
    share_of=NEVER, counted_from=re.compile("(?!)"), besides_before=BESIDES_BEFORE,
    of_another=named_before(OF_ANOTHER), needed=frozenset({"必要", "要件"}), margin=MARGIN,
    ratio=RATIO,
    foreseen=FORESEEN, shortest=2, qualified_after=qualified_after,
    change_after=re.compile(japanesewords.CHANGE_AFTER))
