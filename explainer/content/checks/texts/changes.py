"""What names a change, beside a level: the unit of an amount that is one ("fell 15%", "sank
um 64 %"), and the nouns by which a figure's label says it is one ("fall in operating profit",
"Rückgang des operativen Ergebnisses"). A change a sentence gives meets such a label's noun, as
its verb says the same ("Revenue rose 9%" beside "rise in revenue"), whatever the verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..counting import Counting

CHANGE = "\u0394"  # what opens the unit of a change: "Δ%" for "sank um 64 %"
# Indonesian's and Malay's nouns of a change: "kenaikan", "penurunan", "pertumbuhan".
MALAY_CHANGES = r"kenaikan|penurunan|peningkatan|pertumbuhan|perubahan|lonjakan|" \
    r"kemerosotan|penyusutan|pengurangan|kontraksi"
# The nouns of a change, in each language, that make a figure's label one of a change.
CHANGE_NOUNS = {
    "en": r"changes?|rises?|raises?|hikes?|increases?|falls?|drops?|declines?|decreases?|"
          r"growth|gains?|jumps?|slumps?|plunges?|contractions?|lost|wiped|erased",
    "fr": r"variations?|hausses?|baisses?|reculs?|progressions?|augmentations?|diminutions?|"
          r"croissance|chutes?|contractions?",
    "es": r"variaci[óo]n|variaciones|ca[íi]das?|bajas?|subas?|aumentos?|alzas?|incrementos?|"
          r"descensos?|reducci[óo]n|crecimiento|retrocesos?",
    "de": r"\w*(?:veränderung|rückgang|anstieg|zuwachs|zunahme|abnahme|einbruch|wachstum)\w*|"
          r"plus|minus",
    "it": r"variazion[ei]|cal[oi]|aument[oi]|crescita|diminuzion[ei]|rialz[oi]|ribass[oi]|"
          r"flession[ei]|contrazion[ei]",
    "pt": r"varia[çc][ãa]o|varia[çc][õo]es|quedas?|altas?|aumentos?|crescimento|redu[çc][ãa]o|"
          r"baixas?|recuos?",
    "vi": r"tăng\s+trưởng|mức\s+tăng|mức\s+giảm|(?:sụt|suy)\s+giảm|tăng|giảm",
    "id": MALAY_CHANGES + r"|pertambahan",
    "ms": MALAY_CHANGES + r"|pertambahan|kejatuhan|susutan",
    "pl": r"wzrost\w*|spad(?:ek|k\w*)|zmian\w*|przyrost\w*|zwyżk\w*|obniżk\w*|zniżk\w*|"
          r"redukcj\w*|kurczeni\w*",
    "ru": r"рост(?:а|у|ом|е)?|прирост\w*|снижени\w*|падени\w*|увеличени\w*|уменьшени\w*|"
          r"сокращени\w*|изменени\w*|спад(?:а|у|ом)?|повышени\w*|понижени\w*",
    "uk": r"зростанн\w*|прир[іо]ст\w*|зниженн\w*|падінн\w*|збільшенн\w*|зменшенн\w*|"
          r"скороченн\w*|змін[аиіу]|спад(?:у|ом)?|підвищенн\w*",
    # Korean joins endings to its nouns ("감소폭", the size of a fall), as German does.
    "ko": r"\w*(?:증가|감소|상승|하락|성장|증감|급증|급감|감축|축소)\w*",
    # Turkish gives a change's verb after its number ("%46 düştü"), where no change is read
    # (see counting/turkish.py): its past tense names the change the sentence gives.
    "tr": r"artış\w*|düşüş\w*|azalış\w*|azalma\w*|büyüme\w*|değişim\w*|yükseliş\w*|"
          r"gerileme\w*|daralma\w*|arttı|düştü|azaldı|yükseldi|geriledi|daraldı|büyüdü",
    "ar": r"(?:ال)?(?:ارتفاع|انخفاض|زيادة|تراجع|نمو|هبوط|تغير|تغيّر|انكماش|صعود)",
    "zh": r"增长|增長|增加|上升|上涨|上漲|下降|下跌|减少|減少|降幅|涨幅|漲幅|增幅|跌幅|变化|變化|"
          r"变动|變動|增速|萎缩|萎縮|回落|下滑|收缩|收縮",
    "ja": r"増加|減少|上昇|下落|低下|成長|伸び|増減|変化|変動|増益|減益|増収|減収|縮小|落ち込み",
}
# Chinese and Japanese write no spaces: a noun of theirs stands inside a run of letters.
UNSPACED = frozenset({"zh", "ja"})
CHANGE_NOUN = {language: re.compile(
    f"(?:{nouns})" if language in UNSPACED else rf"(?<!\w)(?:{nouns})(?!\w)", re.IGNORECASE)
    for language, nouns in CHANGE_NOUNS.items()}


def change_named(label: str, unit: str, counting: Counting) -> set[str]:
    """Return the words of a label's nouns of a change (its content words) that an amount of a
    unit meets, being a change too: none for a level."""
    noun = CHANGE_NOUN.get(counting.language.split("-")[0])
    if noun is None or not unit.startswith(CHANGE):
        return set()
    return counting.content_words(" ".join(match[0] for match in noun.finditer(label)))
