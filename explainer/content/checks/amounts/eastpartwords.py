"""The words, in Chinese, Japanese and Korean, that make an amount a part of a figure's whole
(see eastparts.py), and the places they name.

- A sum after its parts: a word just before the total ("計504人", "共计504人", "총 504명"),
  perhaps a particle or a verb and a qualifier between.
- Parts after their whole: a word that opens them ("其中", "이 중", "そのうち", "内訳は").
- A place: a name that CLDR (its countries, regions and the cities of its time zones) or ISO
  3166-2 (the first-level parts of countries) gives in the language, or, in Chinese and
  Japanese, a run of ideographs that ends in a word of a place's kind ("輪島市", "文昌市"),
  then the particle that says where ("東京では", "서울에서", "北京的"), or, in Chinese, after
  "在" ("在北京"). Korean has no such run: "연구" ends as "구" (a district) does.
"""

from __future__ import annotations

import functools
import gettext
import re
from dataclasses import dataclass

import pycountry
from babel import Locale

from ..texts.ideographs import HAN, HANGUL, KATAKANA

# By language: what comes before a sum, what opens its parts, the kinds of place that end a
# name, those a run of ideographs may end in, and what says where (a pattern with {name}).
TABLES = {
    "ja": (r"(?:計|合計|総計|あわせて|合わせて)(?:で|は|が)?", r"(?:この|その|の)うち|内訳は?",
           r"都|道|府|県|市|区|町|村", r"県|市|区|町|村",
           rf"(?<![{HAN}{KATAKANA}])(?P<name>{{name}})(?:では|でも|で|の)"),
    "zh": (r"(?:共计|共計|合计|合計|总计|總計|共)(?:有|达|達|为|為|计|計)?", r"其中",
           r"自治区|自治區|特别行政区|特別行政區|省|市|县|縣|区|區|州|镇|鎮",
           r"省|市|县|縣|区|區|州|镇|鎮",
           r"(?:在|(?=(?:{name})的))(?P<name>{name})"),
    "ko": (r"(?<![가-힣])(?:총|모두|합계|합쳐서|합쳐|합치면)",
           r"(?<![가-힣])[이그]\s?중(?:에서|에)?(?![가-힣])",
           r"특별시|광역시|특별자치시|특별자치도|시|도|군|구", r"(?!)",
           rf"(?<![{HANGUL}])(?P<name>{{name}})(?:에서는|에서도|에서|에선|의)(?![{{hangul}}])"),
}
# pycountry's catalogues of ISO 3166-2 names, by language.
CATALOGUES = {"ja": ("ja",), "zh": ("zh_CN", "zh_TW"), "ko": ("ko",)}
NOT_PLACES = {"001", "ZZ", "UN", "EZ"}  # the world, an unknown region, organisations
NO_RUN_START = "全各本同当當该該"  # "全市" (citywide), "各県" (every prefecture), "同市"


@dataclass(frozen=True)
class EastPartWords:
    """One language's patterns: before a sum, before its parts, a place said where (group
    'name'), a place named anywhere; and the codes of the countries by their names."""

    total: re.Pattern[str]
    within: re.Pattern[str]
    place: re.Pattern[str]
    named: re.Pattern[str]
    countries: dict[str, str]


@functools.cache  # once per language
def east_part_words(language: str) -> EastPartWords | None:
    """Return a language's patterns, or None if it is none of Chinese, Japanese and Korean."""
    base = language.split("-")[0]
    if base not in TABLES:
        return None
    total, within, kinds, run_kinds, where = TABLES[base]
    countries = {name: code for code, name in Locale.parse(base).territories.items()
                 if code not in NOT_PLACES}
    names = sorted(place_names(base) | set(countries), key=len, reverse=True)
    known = "|".join(re.escape(name) for name in names if len(name) > 1)
    run = rf"(?![{NO_RUN_START}{run_kinds}])[{HAN}]{{2,6}}(?:{run_kinds})"
    name = rf"(?:{known})(?:{kinds})?|{run}"
    return EastPartWords(re.compile(total), re.compile(within),
                         re.compile(where.format(name=name, hangul=HANGUL)),
                         re.compile(name), countries)


def place_names(language: str) -> set[str]:
    """Return the names of places in a language: CLDR's cities of its time zones, and ISO
    3166-2's parts of countries, in Chinese and Japanese without the word of their kind too
    ("北京市" is 北京)."""
    names = {zone["city"] for zone in Locale.parse(language).time_zones.values()
             if zone.get("city")}
    books = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[tag],
                                 fallback=True) for tag in CATALOGUES[language]]
    kinds = re.compile(rf"(?:{TABLES[language][3]})\Z")
    for record in pycountry.subdivisions:
        for book in books:
            name = book.gettext(record.name)
            if name != record.name:
                names |= {name, kinds.sub("", name)}
    return {name for name in names if not name.isascii()}
