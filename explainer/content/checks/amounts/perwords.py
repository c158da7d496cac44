"""Units a price is per, written with their word of "per" on the far side or in one word.

Some languages give the unit of a price before its amount, with a word of "per" the unit takes:
Korean "톤당 627달러" (a tonne each), Japanese "1トン当たり627ドル", Chinese "每吨627美元",
Turkish "ton başına 627 dolar"; Arabic gives it after, in one word with its "per" ("627 دولارا
للطن", for the tonne). Such an amount is a rate as "$627 a tonne" is (see unitprices.py): it has
that unit in its own, and is held only against the figures whose value or label gives the same
("쌀 톤당 평균 수출가격", "每吨大米平均出口价格").

The unit must come right before the amount (or right after it, in Arabic): "톤당 가격은 627달러"
leaves the amount a total of its own clause's words. Korean "주당" is left out: it is "a week"
as well as "a share". UNITS holds the units of every language, unitprices.py's too.
"""

from __future__ import annotations

import re

# By language, each unit's words: as written after a word of "per" (unitprices.py reads them)
# or with one joined to them (FORMS below: Korean, Japanese, Chinese, Turkish and Arabic).
UNITS = {
    "en": {
        "tonne": r"(?:metric\s+)?(?:tonne|ton)", "barrel": r"barrel", "litre": r"litre|liter",
        "kilogram": r"kilo(?:gram(?:me)?)?", "ounce": r"(?:troy\s+)?ounce", "gallon": r"gallon",
        "megawatt_hour": r"megawatt[- ]hour", "kilowatt_hour": r"kilowatt[- ]hour",
        "square_metre": r"square\s+(?:metre|meter)", "bushel": r"bushel", "quintal": r"quintal",
        "pound": r"pound|lb", "share": r"share(?!\s+of\b)", "person": r"person|head|capita",
        "night": r"night", "ticket": r"ticket",
    },
    "fr": {
        "tonne": r"tonne(?:\s+métrique)?", "barrel": r"baril", "litre": r"litre",
        "kilogram": r"kilo(?:gramme)?", "ounce": r"once", "megawatt_hour": r"mégawattheure",
        "kilowatt_hour": r"kilowattheure", "square_metre": r"mètre\s+carré", "share": r"action",
        "person": r"personne|habitant|tête", "night": r"nuit(?:ée)?",
    },
    "es": {
        "tonne": r"tonelada(?:\s+métrica)?", "barrel": r"barril", "litre": r"litro",
        "kilogram": r"kilo(?:gramo)?", "ounce": r"onza", "megawatt_hour": r"megavatio[- ]hora",
        "kilowatt_hour": r"kilovatio[- ]hora", "square_metre": r"metro\s+cuadrado",
        "share": r"acción", "person": r"persona|habitante|cabeza", "night": r"noche",
    },
    "de": {
        "tonne": r"Tonne", "barrel": r"Barrel|Fass", "litre": r"Liter",
        "kilogram": r"Kilo(?:gramm)?", "ounce": r"(?:Fein)?[uU]nze",
        "megawatt_hour": r"Megawattstunde", "kilowatt_hour": r"Kilowattstunde",
        "square_metre": r"Quadratmeter", "share": r"Aktie", "person": r"Kopf|Person|Einwohner",
    },
    "it": {
        "tonne": r"tonnellata", "barrel": r"barile", "litre": r"litro",
        "kilogram": r"chilo(?:grammo)?", "ounce": r"oncia", "megawatt_hour": r"megawattora",
        "kilowatt_hour": r"kilowattora", "square_metre": r"metro\s+quadro", "share": r"azione",
        "person": r"persona|testa|abitante|capite",
    },
    "pt": {
        "tonne": r"tonelada(?:\s+métrica)?", "barrel": r"barril", "litre": r"litro",
        "kilogram": r"quilo(?:grama)?", "ounce": r"onça", "megawatt_hour": r"megawatt[- ]hora",
        "kilowatt_hour": r"quilowatt[- ]hora", "square_metre": r"metro\s+quadrado",
        "share": r"ação", "person": r"pessoa|habitante|cabeça|capita",
    },
    "id": {
        "tonne": r"ton", "barrel": r"barel", "litre": r"liter", "kilogram": r"kilo(?:gram)?",
        "share": r"(?:lembar\s+)?saham", "person": r"orang|kapita",
    },
    "ms": {
        "tonne": r"tan", "barrel": r"tong", "litre": r"liter", "kilogram": r"kilo(?:gram)?",
        "share": r"saham", "person": r"orang|kapita",
    },
    "vi": {
        "tonne": r"tấn", "barrel": r"thùng", "litre": r"lít", "kilogram": r"ki-?lô(?:-?gam)?",
        "ounce": r"ounce", "tael": r"lượng", "share": r"cổ\s+phiếu", "person": r"người",
    },
    "sw": {
        "tonne": r"tani", "barrel": r"pipa", "litre": r"lita", "kilogram": r"kilo(?:gramu)?",
        "share": r"hisa", "person": r"mtu",
    },
    "hi": {
        "tonne": r"टन", "barrel": r"बैरल", "litre": r"लीटर", "kilogram": r"किलो(?:ग्राम)?",
        "ounce": r"औंस", "quintal": r"क्विंटल", "share": r"शेयर", "person": r"व्यक्ति",
    },
    "pl": {
        "tonne": r"tonę", "barrel": r"baryłkę", "litre": r"litr", "kilogram": r"kilogram|kilo",
        "ounce": r"uncję", "megawatt_hour": r"megawatogodzinę", "kilowatt_hour": r"kilowatogodzinę",
        "share": r"akcję", "person": r"osobę|mieszkańca|głowę",
    },
    "ru": {
        "tonne": r"тонну", "barrel": r"баррель", "litre": r"литр", "kilogram": r"килограмм",
        "ounce": r"(?:тройскую\s+)?унцию", "megawatt_hour": r"мегаватт-час", "share": r"акцию",
        "person": r"человека|душу(?:\s+населения)?",
    },
    "uk": {
        "tonne": r"тонну", "barrel": r"барель", "litre": r"літр", "kilogram": r"кілограм",
        "ounce": r"унцію", "megawatt_hour": r"мегават-годину", "share": r"акцію",
        "person": r"особу|людину|душу(?:\s+населення)?",
    },
    "ko": {
        "tonne": r"톤|t", "barrel": r"배럴", "ounce": r"(?:트로이\s*)?온스",
        "kilogram": r"킬로그램|킬로|kg|㎏", "litre": r"리터|ℓ", "megawatt_hour": r"메가와트시|MWh",
        "kilowatt_hour": r"킬로와트시|kWh", "person": r"인", "household": r"가구",
    },
    "ja": {
        "tonne": r"トン|t", "barrel": r"バレル", "ounce": r"(?:トロイ)?オンス",
        "kilogram": r"キロ(?:グラム)?|kg|㎏", "litre": r"リットル|ℓ", "share": r"株",
        "megawatt_hour": r"メガワット時|MWh", "kilowatt_hour": r"キロワット時|kWh", "person": r"人",
        "household": r"世帯",
    },
    "zh": {
        "tonne": r"公?吨", "barrel": r"桶", "ounce": r"盎司", "kilogram": r"公斤|千克",
        "litre": r"公?升", "megawatt_hour": r"兆瓦时", "kilowatt_hour": r"千瓦时", "share": r"股",
        "person": r"人", "household": r"户",
    },
    "tr": {
        "tonne": r"ton", "barrel": r"varil", "ounce": r"ons", "kilogram": r"kilo(?:gram)?|kg",
        "litre": r"litre", "megawatt_hour": r"megavatsaat|MWh", "share": r"hisse",
        "person": r"kişi", "household": r"hane",
    },
    # The article's "l" merges into the "l" of "لتر": "للتر" (for the litre).
    "ar": {
        "tonne": r"طن", "barrel": r"برميل", "ounce": r"أوقية|أونصة",
        "kilogram": r"كيلوغرام|كيلوجرام|كيلو", "litre": r"(?<=ل)تر|لتر", "share": r"سهم",
        "person": r"فرد|شخص",
    },
}
# Each language's way of saying a unit per: "{}" is the unit; before the amount or after it.
# Korean and Turkish units start a word ("개인당" is no "인당" of its own).
FORMS = {
    "ko": (r"(?<!\w)(?:1\s*)?(?:{})당", "before"),
    "ja": (r"(?:[1１一]\s*)?(?:{})(?:当たり|当り|あたり|につき)", "before"),
    "zh": (r"(?:每\s*(?:一\s*)?(?:{})|人均(?P<per_capita>))", "before"),
    "tr": (r"(?<!\w)(?:{})\s+başına", "before"),
    "ar": (r"(?:لل|لكل\s+)(?:{})(?!\w)", "after"),
}


def _pattern(language: str) -> re.Pattern[str]:
    """Return a language's pattern of a unit with its word of "per", each unit its own group."""
    form = FORMS[language][0]
    units = "|".join(rf"(?P<{name}>{words})" for name, words in UNITS[language].items())
    return re.compile(form.replace("{}", units), re.IGNORECASE)


PATTERNS = {language: _pattern(language) for language in FORMS}
BEFORE = {language: re.compile(rf"(?:{pattern.pattern})\s*\Z", pattern.flags)
          for language, pattern in PATTERNS.items() if FORMS[language][1] == "before"}
AFTER = {language: re.compile(rf"\s*(?:{pattern.pattern})", pattern.flags)
         for language, pattern in PATTERNS.items() if FORMS[language][1] == "after"}


def _unit(found: re.Match[str] | None) -> str | None:
    """Return the name of the unit a match found, or None."""
    if found is None:
        return None
    return "person" if found.lastgroup == "per_capita" else found.lastgroup


def unit_around(text: str, start: int, end: int, language: str) -> str | None:
    """Return the unit that the words right before an amount from start to end ("톤당",
    "每吨", "ton başına"), or right after it ("للطن"), give it per; else None."""
    language = language.split("-")[0]
    if language in BEFORE:
        return _unit(BEFORE[language].search(text, max(start - 24, 0), start))
    return _unit(AFTER[language].match(text, end)) if language in AFTER else None


def unit_in(text: str, language: str) -> str | None:
    """Return the unit a text (a figure's value or label) gives its amount per anywhere in
    these words ("쌀 톤당 평균 수출가격"), or None."""
    pattern = PATTERNS.get(language.split("-")[0])
    return None if pattern is None else _unit(pattern.search(text))
