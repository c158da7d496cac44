"""Japanese words for the checks of numbers: the counters joined to a number, the qualifiers
before it and after it, and the numbers in kanji read where they count.

Japanese counts with a counter joined to its number: "190人" (people), "204票" (votes),
"400隻" (ships), "11県" (prefectures), "5カ国" (countries, written "か国", "ヶ国" and
"カ国" alike). Papers write numbers in digits; kanji numerals are left to set phrases and
names ("三つ", "十数人", "第三者", "九州"), so a numeral in kanji is read only where it counts
countries or people, from two on ("三カ国", "五人"), and never beside another numeral or
"数" ("十数人", "数十人": some, not a number).
"""

from __future__ import annotations

# A counter and what it counts: countries, people (人, 名), votes, seats, prefectures,
# municipalities, ships, cases, buildings, households, machines, animals, places, schools,
# companies. Not the units of a date, a time or an age (年, 月, 日, 時, 分, 歳), nor those of
# a rank or a series (位, 号, 回, 次, 代, 期), which count nothing the figures give.
# The units of weight and a count of days ("1935.3グラム", "53日間"), which a key figure gives
# as Japanese papers do; "日間" is a span of days, never a date's day.
MEASURES = ("グラム", "キログラム", "トン", "日間")
COUNTRY_NOUNS = ("カ国", "か国", "ヶ国", "ケ国", "ヵ国", "箇国")
COUNTERS = tuple(sorted((
    *COUNTRY_NOUNS, "人", "名", "票", "議席", "席", "県", "都道府県", "市町村", "市町", "自治体",
    "隻", "件", "棟", "戸", "世帯", "軒", "機", "台", "頭", "匹", "カ所", "か所", "ヶ所", "箇所",
    "校", "社", "団体", "地点", "地区", *MEASURES), key=len, reverse=True))
# The qualifiers before a number ("約400隻", "少なくとも3人") and after it or its counter
# ("500人以上", "1万人超", "300余人", "8万棟余り", "3人前後").
BEFORE = {"約": "about", "およそ": "about", "推定": "about", "ほぼ": "about", "少なくとも":
          "at least", "最低": "at least", "最大": "up to", "最多": "up to"}
AFTER = {"以上": "at least", "以下": "up to", "未満": "fewer", "超": "more", "超え": "more",
         "を超える": "more", "を超えた": "more", "を超す": "more", "を上回る": "more",
         "余り": "odd", "あまり": "odd", "余": "odd", "強": "odd", "近く": "nearly",
         "弱": "nearly", "足らず": "nearly", "前後": "about", "程度": "about", "ほど": "about",
         "ばかり": "about", "以内": "up to"}
KANJI_UNITS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
STOP_WORDS = frozenset(
    "午前 午後 今年 昨年 去年 同日 同年 当時 今回 現在 以上 以下 以降 以来 時点 まで "
    "および 及び また さらに 一方 ため こと もの これ それ".split())


def number_words() -> dict[str, int]:
    """Return the numbers in kanji from two to ninety-nine: "三" (3), "十" (10), "十二" (12),
    "二十" (20), "九十九" (99); not "一" alone, which is "one" in many a word."""
    found: dict[str, int] = dict(KANJI_UNITS) | {"十": 10}
    for unit, value in {"一": 1, **KANJI_UNITS}.items():
        found[f"十{unit}"] = 10 + value
    for ten, tens in KANJI_UNITS.items():
        found[f"{ten}十"] = 10 * tens
        found |= {f"{ten}十{unit}": 10 * tens + value
                  for unit, value in {"一": 1, **KANJI_UNITS}.items()}
    return found


def stem(word: str) -> str:
    """Return a word as the checks compare it: lowercased; Japanese does not inflect its
    nouns, and its endings are hiragana, which no word holds."""
    return word.lower()


def plural(word: str) -> bool:
    """Tell whether a word is a counter, which names what a number counts."""
    return word in COUNTERS


# A change after its amount, the verb or its noun joined to it: "5%増", "5%増えた", "3割減",
# "5%上昇した", "5%の増加", "5%ほど下落"; not the level it reaches, "5%に上昇した".
CHANGE_AFTER = (r"(?:ほど|程度|も|近く)?(?:の)?(?:増加|減少|上昇|下落|低下|拡大|縮小|伸び|"
                r"アップ|ダウン|増|減|上が|下が)")


# The counter a count of a label's noun takes, for a key figure given as a bare number ("190 |
# 決議案に賛成した議員" counts 190人): the nouns for people, votes and seats a label ends with
# ("議員", "死者", "賛成票"), perhaps before "数" ("死者数", "人数").
LABEL_COUNTERS = {
    "人": ("人", "者", "員", "民", "市民", "住民", "国民", "患者", "人質", "捕虜", "兵士", "学生",
          "児童", "女性", "男性", "選手", "代表"),
    "票": ("票",),
    "議席": ("議席",),
}
LABEL_TOTALS = ("数", "の数", "総数")
