"""How Slovak writes counts and amounts (see czechslovak.py): "dvanásť krajín", "v štyroch
krajinách", "viac ako 30 štátov", "27 členských štátov EÚ", "3,5 percenta", "10 mld. eur",
"1,2 miliardy eur"; "vzrástla o 2 percentá" is a change, "zo 4 % na 3,5 %" a level and the
next. "kraj" is a region, not a country: "v 8 krajoch" is a count of regions."""

from __future__ import annotations

from .czechslovak import Words, counting
from .czechslovakwords import SLOVAK_CONTINUED, SLOVAK_NUMBER_WORDS

SCALES = {"tis.": 1e3, "tisíc": 1e3, "tisíce": 1e3, "mil.": 1e6, "mil": 1e6, "milión": 1e6,
          "milióny": 1e6, "miliónov": 1e6, "miliónu": 1e6, "mld.": 1e9, "mld": 1e9,
          "miliarda": 1e9, "miliardy": 1e9, "miliárd": 1e9, "miliardu": 1e9, "bil.": 1e12,
          "bilión": 1e12, "bilióny": 1e12, "biliónov": 1e12}
CURRENCIES = {"eur": "EUR", "euro": "EUR", "eura": "EUR", "€": "EUR", "$": "USD",
              "dolár": "USD", "doláre": "USD", "dolárov": "USD", "kč": "CZK", "£": "GBP",
              "libier": "GBP", "¥": "JPY"}
QUALIFIERS = {
    "viac ako": "more", "viac než": "more", "vyše": "more", "cez": "more", "nad": "more",
    "najmenej": "at least", "aspoň": "at least", "minimálne": "at least",
    "menej ako": "fewer", "menej než": "fewer", "necelých": "nearly", "necelé": "nearly",
    "takmer": "nearly", "skoro": "nearly", "bezmála": "nearly", "až": "up to",
    "maximálne": "up to", "najviac": "up to", "zhruba": "about", "asi": "about",
    "približne": "about", "okolo": "about", "cca": "about", "cca.": "about"}
STOP_WORDS = frozenset(
    "a i v vo z zo na do od o u po za pri pre bez cez pod nad pred medzi k ku s so až aj tiež "
    "alebo či že to ten tá tie tým toho tej tých je sú bol bola bolo boli bude budú ako "
    "ktorý ktorá ktoré ktorí ktorých kde kedy čo už ešte len viac menej než však podľa mld mil tis "
    "jeho jej ich on ona oni ony mu by aby keď sa si".split())

WORDS = Words(
    language="sk", number_words=SLOVAK_NUMBER_WORDS, continued=tuple(SLOVAK_CONTINUED),
    pointing_back=("tie", "tých", "tými", "tieto", "týchto", "obe", "oba", "oboch",
                   "všetky", "všetkých", "ostatné", "ostatných", "naše", "našich", "ich",
                   "svoje", "svojich", "prvé", "posledné"),
    other=r"ďalš(?:ie|ích|ím|ími)|in(?:é|ých|ým|ými)|ostatn(?:é|ých|ým|ými)",
    member=r"člensk(?:é|ých|ým|ými)",
    nouns=r"krajín(?!\w)|krajin(?:y|ách|ám|ami)|štát(?:y|ov|och|om|mi)",
    country_nouns=("krajiny", "krajín", "štáty", "štátov"),
    beside=r"okrem|popri|s\s+výnimkou|nerátajúc",
    scales=SCALES, scale_words=r"tis\.|tisíc[e]?|mil\.|mil|milión(?:y|ov|u)?|mld\.|mld|"
    r"miliard(?:a|y|u)?|miliárd|bil\.|bilión(?:y|ov)?",
    currencies=CURRENCIES, short_currencies=r"eur|(?-i:Kč)|(?-i:USD|EUR|CZK)",
    money_hints=("$", "€", "£", "¥", "eur", "dolár", "kč", "korún", "libier", "frank", "jen",
                 "jüan", "usd"),
    percent_words=r"percent(?:á|a|o|ách|ám|ami)?(?![\w]|\s+bod)|perc\.",
    change=r"vzr[áa]s|stúp|kles|zvýš|zníž|zdraž|zlacn|pribud|ubud|nárast|pokles|posiln|"
    r"oslab|zrýchl|spomal|zdvihl|vyšplh",
    added=r"ďalš(?:ích|ie)|dodatočn(?:ých|é)",
    qualifiers=QUALIFIERS, between=r"medzi", to=r"až|do", from_level=r"z|zo",
    earlier=r"pôvodne|spočiatku|najprv|predtým|skôr|predchádzajúc\w*|predbežn\w*|"
    r"očakáva\w*|odhad\w*|prognóz\w*|prieskum\w*|navrh\w*",
    later=r"neskôr|následne|potom|teraz|dnes|medzitým|odvtedy",
    counted_from=r"z|zo", foreseen=r"môže|môžu|mohol\w*|mohla\w*|pravdepodobne|hrozí|"
    r"predpoklad\w*|odhaduj\w*|bude|budú",
    abbreviations=r"tis|mil|mld|bil|perc|tzv|tj|napr|resp|cca|č|ods|ul|prof|doc|ing|mgr|"
    r"min|hod|r",
    stop_words=STOP_WORDS,
    openers=frozenset("všetkých všetky len iba celkovo už dnes".split()))

COUNTING = counting(WORDS)
