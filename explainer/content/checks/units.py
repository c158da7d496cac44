"""The units a price or a count may be given per ("a tonne", "per household", "톤당", "每吨"),
by language and by the unit they name: unitprices.py reads them after a word of "per" ("$627 a
tonne", "627 dollars la tonne"), perwords.py with a "per" joined to them before the amount or
after it ("톤당 627달러", "627 دولارا للطن").
"""

# By language, each unit's words: as written after a word of "per" (unitprices.WORDS) or with
# one joined to them (perwords.FORMS: Korean, Japanese, Chinese, Turkish and Arabic).
UNITS = {
    "en": {
        "tonne": r"(?:metric\s+)?(?:tonne|ton)", "barrel": r"barrel", "litre": r"litre|liter",
        "kilogram": r"kilo(?:gram(?:me)?)?", "ounce": r"(?:troy\s+)?ounce", "gallon": r"gallon",
        "megawatt_hour": r"megawatt[- ]hour", "kilowatt_hour": r"kilowatt[- ]hour",
        "square_metre": r"square\s+(?:metre|meter)", "bushel": r"bushel",
        "quintal": r"quintal", "pound": r"pound|lb", "share": r"share(?!\s+of\b)",
        "person": r"person|head|capita", "night": r"night", "ticket": r"ticket",
    },
    "fr": {
        "tonne": r"tonne(?:\s+métrique)?", "barrel": r"baril", "litre": r"litre",
        "kilogram": r"kilo(?:gramme)?", "ounce": r"once", "megawatt_hour": r"mégawattheure",
        "kilowatt_hour": r"kilowattheure", "square_metre": r"mètre\s+carré",
        "share": r"action", "person": r"personne|habitant|tête", "night": r"nuit(?:ée)?",
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
        "kilowatt_hour": r"kilowattora", "square_metre": r"metro\s+quadro",
        "share": r"azione", "person": r"persona|testa|abitante|capite",
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
        "ounce": r"uncję", "megawatt_hour": r"megawatogodzinę",
        "kilowatt_hour": r"kilowatogodzinę", "share": r"akcję",
        "person": r"osobę|mieszkańca|głowę",
    },
    "ru": {
        "tonne": r"тонну", "barrel": r"баррель", "litre": r"литр", "kilogram": r"килограмм",
        "ounce": r"(?:тройскую\s+)?унцию", "megawatt_hour": r"мегаватт-час",
        "share": r"акцию", "person": r"человека|душу(?:\s+населения)?",
    },
    "uk": {
        "tonne": r"тонну", "barrel": r"барель", "litre": r"літр", "kilogram": r"кілограм",
        "ounce": r"унцію", "megawatt_hour": r"мегават-годину",
        "share": r"акцію", "person": r"особу|людину|душу(?:\s+населення)?",
    },
    "ko": {
        "tonne": r"톤|t", "barrel": r"배럴", "ounce": r"(?:트로이\s*)?온스",
        "kilogram": r"킬로그램|킬로|kg|㎏", "litre": r"리터|ℓ", "megawatt_hour": r"메가와트시|MWh",
        "kilowatt_hour": r"킬로와트시|kWh", "person": r"인", "household": r"가구",
    },
    "ja": {
        "tonne": r"トン|t", "barrel": r"バレル", "ounce": r"(?:トロイ)?オンス",
        "kilogram": r"キロ(?:グラム)?|kg|㎏", "litre": r"リットル|ℓ", "share": r"株",
        "megawatt_hour": r"メガワット時|MWh", "kilowatt_hour": r"キロワット時|kWh",
        "person": r"人", "household": r"世帯",
    },
    "zh": {
        "tonne": r"公?吨", "barrel": r"桶", "ounce": r"盎司", "kilogram": r"公斤|千克",
        "litre": r"公?升", "megawatt_hour": r"兆瓦时", "kilowatt_hour": r"千瓦时",
        "share": r"股", "person": r"人", "household": r"户",
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
