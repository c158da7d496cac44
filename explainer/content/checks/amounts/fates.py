"""What befell the people a count counts: killed, missing, injured, displaced, arrested,
evacuated. A figure's label that says one ("people displaced from Derna") counts those it
befell, and a sentence that says only others of the same people ("as many as 20,000 people
may have died") counts another group, whatever place or noun both name. A label or a
sentence of several ("dead and missing", "died or went missing") shares any of them.

Each language the checks read has its table: the words of each fate, matched whole or, with
a trailing \\w*, by their beginning.
"""

from __future__ import annotations

import functools
import re

# By language: the words of death, of going missing, of injury, of displacement, of arrest,
# of evacuation, in that order.
FATES = {
    "en": (r"die|died|dies|dying|dead|deaths?|kill\w*|fatalit\w*",
           r"missing|disappeared|unaccounted", r"injur\w*|wounded|hurt",
           r"displac\w*|homeless|uprooted|fled", r"arrest\w*|detain\w*", r"evacuat\w*"),
    "fr": (r"morts?|mortes?|décéd\w*|décès|tué\w*|meurt|mourir", r"disparu\w*", r"bless[ée]\w*",
           r"déplac[ée]\w*|sans-abri|sinistr[ée]\w*", r"arrêt[ée]\w*|interpell\w*|détenu\w*",
           r"évacu\w*"),
    "es": (r"muert[oa]s?|muri[óe]\w*|falleci\w*|fallec\w*", r"desaparecid\w*",
           r"herid[oa]s?|lesionad\w*", r"desplazad\w*|damnificad\w*",
           r"detenid\w*|arrestad\w*", r"evacu\w*"),
    "de": (r"tot|tote\w*|getötet\w*|starb\w*|gestorben|todesopfer", r"vermisst\w*",
           r"verletzt\w*", r"vertrieben\w*|obdachlos\w*|geflüchtet\w*",
           r"festgenommen\w*|verhaftet\w*", r"evakuiert\w*"),
    "it": (r"mort[oiae]|mor(?:to|ti|te)|morì|morirono|muor[ei]|muoiono|decedut\w*|uccis\w*",
           r"dispers[oiae]",
           r"ferit[oiae]", r"sfollat\w*", r"arrestat\w*", r"evacuat\w*"),
    "pt": (r"mort[oa]s?|morre\w*|faleci\w*", r"desaparecid\w*", r"ferid[oa]s?",
           r"desalojad\w*|desabrigad\w*|deslocad\w*", r"pres[oa]s|detid[oa]s?",
           r"evacuad\w*"),
    "pl": (r"zgin\w*|zmar\w*|zabit\w*|ofiar\w*", r"zagin\w*", r"rann\w*",
           r"przesiedl\w*|bezdomn\w*", r"zatrzyman\w*|aresztowan\w*", r"ewakuowan\w*"),
    "cs": (r"zemř\w*|umř\w*|umír\w*|zahyn\w*|zabi\w*|zabí\w*|usmrt\w*|usmrc\w*|mrtv\w*|"
           r"obět\w*|úmrtí", r"pohřešova\w*|nezvěstn\w*", r"zraněn\w*|zranil\w*|zraní\w*",
           r"vysídlen\w*|bez\s+domova|uprchl\w*", r"zatčen\w*|zatkl\w*|zadržen\w*|zadržel\w*",
           r"evakuov\w*|evakuac\w*"),
    "id": (r"tewas|meninggal|terbunuh", r"hilang", r"luka\w*|cedera",
           r"mengungsi|pengungsi|terlantar", r"ditangkap|ditahan", r"dievakuasi"),
    "ms": (r"terbunuh|maut|meninggal", r"hilang", r"cedera", r"hilang\s+tempat\s+tinggal",
           r"ditangkap|ditahan", r"dipindahkan"),
    "sw": (r"\w*kufa|vifo|\w*uawa", r"\w*potea|hawajulikani", r"\w*jeruhi\w*",
           r"\w*kimbizi|\w*kosa\s+makazi", r"\w*kamatwa", r"\w*hamishwa"),
    "vi": (r"chết|thiệt\s+mạng|tử\s+vong", r"mất\s+tích", r"bị\s+thương",
           r"mất\s+nhà\s+cửa", r"bị\s+bắt", r"sơ\s+tán|di\s+dời"),
    "hi": (r"मौत\w*|मारे|मृत\w*", r"लापता", r"घायल", r"विस्थापित|बेघर", r"गिरफ्तार",
           r"निकाले"),
    "ru": (r"погиб\w*|гибел\w*|умер\w*|скончал\w*|убит\w*|жертв\w*", r"пропа\w*|без\s+вести",
           r"ранен\w*|раним\w*|пострадал\w*|пострадавш\w*",
           r"переселен\w*|перемещ[её]нн\w*|беженц\w*|бездомн\w*|без\s+(?:крова|жилья)",
           r"задержан\w*|задержал\w*|арестова\w*", r"эвакуир\w*|эвакуац\w*"),
    "uk": (r"загин\w*|загибл\w*|помер\w*|вбит\w*|убит\w*|жертв\w*", r"зник\w*|безвісти",
           r"поранен\w*|травмован\w*|постражда\w*",
           r"переселен\w*|переміщен\w*|біженц\w*|бездомн\w*|без\s+(?:даху|житла)",
           r"затриман\w*|затримал\w*|заарештова\w*", r"евакуй\w*|евакую\w*|евакуац\w*"),
    # The Nordic words of each fate, in each of their forms: the participle and its plural or
    # definite "-e" ("drept", "drepte"), the noun's plural and definite ("savnede", "de
    # savnede"), the verb's past ("døde", "omkom").
    "nb": (r"død|døde|dødd|døden|dør|drept\w*|drepes|omkom\w*|dødsfall\w*|dødsof\w*|"
           r"mist(?:et|a)\s+livet", r"savne[dt]\w*|savnes|forsvunn\w*",
           r"skadd\w*|skade[dt]\w*|såre[dt]\w*|sårt", r"fordrev\w*|hjemløs\w*|på\s+flukt",
           r"pågrep\w*|arrester\w*|anholdt\w*|varetektsfengsl\w*", r"evakuer\w*"),
    "sv": (r"död|döda|dött|dör|dog|dödad\w*|dödats|dödades|omkom\w*|avled\w*|avlidn\w*|"
           r"dödsfall\w*|dödsoff\w*|mist(?:e|ade)\s+livet", r"saknad\w*|saknas|försvunn\w*",
           r"skadad\w*|skadats|skadades|sårad\w*|sårats|sårades",
           r"fördriv\w*|hemlös\w*|på\s+flykt", r"gripn\w*|gripits|greps|anhåll\w*|häktad\w*|"
           r"arrester\w*", r"evakuer\w*"),
    "da": (r"død|døde|dødt|dør|dræb\w*|omkom\w*|dødsfald\w*|dødsof\w*|"
           r"mist(?:et|ede)\s+livet", r"savne[dt]\w*|savnes|forsvund\w*",
           r"såre[dt]\w*|såres|kvæste[dt]\w*|skade[dt]\w*|tilskadekomn\w*",
           r"fordrev\w*|hjemløs\w*|på\s+flugt", r"anholdt\w*|arrester\w*|varetægtsfængsl\w*",
           r"evakuer\w*"),
    # Korean writes a fate's word as one with what precedes and follows it ("총사망자",
    # "숨졌다"): it is found inside a word.
    "ko": (r"\w*(?:사망|숨지|숨졌|숨진|숨져|희생자)\w*", r"\w*실종\w*", r"\w*(?:부상|다친|다쳤)\w*",
           r"\w*(?:이재민|실향민|피란민|난민)\w*|집을\s+잃\w*", r"\w*(?:체포|연행|검거|구속)\w*",
           r"\w*(?:대피|피난)\w*"),
}
FATES["no"] = FATES["nb"]  # Norwegian, as its Bokmål


@functools.cache  # once per language
def fate_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """Return the pattern of each fate's words in a language; none if it has no table."""
    return tuple(re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
                 for words in FATES.get(language.split("-")[0], ()))


def fates_of(text: str, language: str) -> frozenset[int]:
    """Return the fates (their places in the table) a text says befell those it counts."""
    return frozenset(at for at, pattern in enumerate(fate_patterns(language))
                     if pattern.search(text) is not None)


def other_fate(label: str, sentence: str, language: str) -> bool:
    """Tell whether a label says what befell those it counts ("displaced"), and a sentence
    says others alone ("died"): it counts another group of the same people."""
    theirs = fates_of(label, language)
    ours = fates_of(sentence, language) if theirs else frozenset()
    return bool(ours) and not theirs & ours
