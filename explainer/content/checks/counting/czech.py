"""How Czech writes counts and amounts (see czechslovak.py): "dvanáct zemí", "ve čtyřech
zemích", "více než 30 států", "27 členských států EU", "3,5 procenta", "10 mld. eur", "1,2
miliardy korun", "360 mil. Kč"; "vzrostla o 2 procenta" is a change, "ze 4 % na 3,5 %" a
level and the next. "kraj" is a region, not a country: "ve 13 krajích" is a count of regions."""

from __future__ import annotations

from .czechslovak import Words, counting
from .czechslovakwords import CZECH_CONTINUED, CZECH_NUMBER_WORDS

SCALES = {"tis.": 1e3, "tisíc": 1e3, "tisíce": 1e3, "mil.": 1e6, "mil": 1e6, "milion": 1e6,
          "miliony": 1e6, "milionů": 1e6, "milionu": 1e6, "milionech": 1e6, "mld.": 1e9,
          "mld": 1e9, "miliarda": 1e9, "miliardy": 1e9, "miliard": 1e9, "miliardu": 1e9,
          "miliardách": 1e9, "bil.": 1e12, "bilion": 1e12, "biliony": 1e12, "bilionů": 1e12}
CURRENCIES = {"kč": "CZK", "koruna": "CZK", "koruny": "CZK", "korun": "CZK", "korunu": "CZK",
              "korunách": "CZK", "eur": "EUR", "euro": "EUR", "eura": "EUR", "€": "EUR",
              "$": "USD", "dolar": "USD", "dolary": "USD", "dolarů": "USD", "dolarech": "USD",
              "£": "GBP", "liber": "GBP", "¥": "JPY"}
QUALIFIERS = {
    "více než": "more", "víc než": "more", "přes": "more", "přes než": "more", "nad": "more",
    "nejméně": "at least", "alespoň": "at least", "minimálně": "at least",
    "méně než": "fewer", "necelých": "nearly", "necelé": "nearly", "skoro": "nearly",
    "téměř": "nearly", "bezmála": "nearly", "až": "up to", "maximálně": "up to",
    "nejvýše": "up to", "zhruba": "about", "asi": "about", "přibližně": "about",
    "kolem": "about", "okolo": "about", "cca": "about", "cca.": "about", "zhruba na": "about"}
STOP_WORDS = frozenset(
    "a i v ve z ze na do od o u po za při pro bez přes pod nad před mezi k ke s se až také "
    "nebo či že to ten ta ty tím toho té těch je jsou byl byla bylo byli byly bude budou jak "
    "jako který která které kteří kterých jenž jež nichž jichž němž nimž kde kdy co už již "
    "jen ještě více méně než však "
    "podle mld mil tis proc jeho její jejich on ona oni ony jej mu by aby když".split())

WORDS = Words(
    language="cs", number_words=CZECH_NUMBER_WORDS, continued=tuple(CZECH_CONTINUED),
    pointing_back=("ty", "těch", "těmi", "tyto", "těchto", "obě", "obou", "oba", "všechny",
                   "všech", "všemi", "zbylé", "zbylých", "ostatní", "ostatních", "naše",
                   "našich", "jejich", "své", "svých", "první", "poslední"),
    other=r"dalš(?:í|ích|ím|ími)|jin(?:é|ých|ým|ými)|ostatní(?:ch|m|mi)?",
    member=r"člens(?:ké|kých|kým|kými)",
    nouns=r"zem(?:ě|í|ím|ích|ěmi)|stát(?:y|ů|ům|ech)",
    country_nouns=("země", "zemí", "státy", "států"),
    beside=r"kromě|mimo|vedle|s\s+výjimkou|nepočítaje",
    scales=SCALES, scale_words=r"tis\.|tisíc[e]?|mil\.|mil|milion(?:y|ů|u|ech)?|mld\.|mld|"
    r"miliard(?:a|y|u|ách)?|bil\.|bilion(?:y|ů)?",
    currencies=CURRENCIES, short_currencies=r"(?-i:Kč)|eur|(?-i:USD|EUR|CZK)",
    money_hints=("$", "€", "£", "¥", "kč", "korun", "eur", "dolar", "liber", "frank", "jen",
                 "jüan", "czk", "usd"),
    percent_words=r"procent(?:a|o|ech|ům|y)?(?![\w]|\s+bod|\s+bodu)|proc\.",
    change=r"vzr[ůo]s|stoup|kles|zvýš|sníž|zdraž|zlevn|přib|ubyl|nárůst|pokles|posíl|oslab|"
    r"zrychl|zpomal|zvedl|sráž|vyšplh",
    added=r"dalš(?:ích|í)|dodatečn(?:ých|é)",
    qualifiers=QUALIFIERS, between=r"mezi", to=r"až|do", from_level=r"z|ze",
    earlier=r"původně|zprvu|nejprve|dříve|předtím|předchozí\w*|předběžn\w*|očekáva\w*|"
    r"odhad\w*|prognóz\w*|průzkum\w*|navrh\w*",
    later=r"později|následně|pak|nyní|teď|dnes|mezitím|od\s+té\s+doby",
    counted_from=r"z|ze", foreseen=r"může|mohou|mohl\w*|pravděpodobně|hrozí|hrozit|"
    r"předpoklád\w*|odhaduj\w*|bude|budou",
    abbreviations=r"tis|mil|mld|bil|proc|tzv|tj|např|resp|cca|mj|č|odst|ul|prof|doc|ing|mgr|"
    r"min|hod|r",
    stop_words=STOP_WORDS,
    openers=frozenset("všech všechny jen pouze celkem už již dnes".split()))

COUNTING = counting(WORDS)
