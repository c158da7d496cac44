"""A figure whose label names its peak, the highest (or lowest) level a thing reached ("中方反制
关税的最高税率", "highest", "ピーク"), is not the level now: a sentence that names no peak gives
another level of the thing ("中方反制关税降至10%") and is not held against it, while one that
names a peak is ("反制关税最高升至120%"). In English, where a level a thing reached is the
peak as often as not ("Temperatures reached 47.2C" of the "highest temperature"), a sentence
that names no peak gives another level only if it says the thing moved away from it: down
from the highest ("fell to 10%"), up from the lowest.
"""

from __future__ import annotations

import re

# By language: the words that name the highest or the lowest level a thing reached, or a level
# it reached once ("一度"); not a record, which a thing may still hold, nor the words of a
# supreme body ("最高裁", "最高法院", "최고위원").
PEAKS = {
    "en": r"(?<!\w)(?:peak(?:ed|s)?|highest|lowest|at\s+its\s+height)(?!\w)",
    "zh": r"最高(?!法院|人民|检察|檢察|领导|領導|国务|國務)|最低|峰值|高峰|顶峰|頂峰|一度",
    "ja": r"最高(?!裁|検|責任|経営|顧問)|最低|ピーク|一時",
    "ko": r"최고(?!위|경영|재판|의결|지도|책임|기관)|최저|정점|한때",
}
PEAK = {language: re.compile(words, re.IGNORECASE) for language, words in PEAKS.items()}
# By language: the words of a move away from the highest level, then from the lowest, to or by
# an amount ("fell to 10%"), which a sentence must say to give another level; a language
# without them needs none.
AWAY = {
    "en": (r"(?<!\w)(?:fell|falls?|falling|dropped|drops?|lowered|eased|reduced|declined|"
           r"slashed)(?:\s+\w+){0,3}?\s+(?:to|by)(?!\w)",
           r"(?<!\w)(?:rose|rises?|rising|climbed|increased|raised|recovered)"
           r"(?:\s+\w+){0,3}?\s+(?:to|by)(?!\w)"),
}
LOWEST = {"en": re.compile(r"(?<!\w)lowest(?!\w)", re.IGNORECASE)}


def only_peak(label: str, sentence: str, language: str) -> bool:
    """Tell whether a label names a peak and a sentence names none (see the module's
    docstring)."""
    pattern = PEAK.get(language)
    if pattern is None or pattern.search(label) is None or pattern.search(sentence):
        return False
    if language not in AWAY:
        return True
    down, up = AWAY[language]
    return re.search(up if LOWEST[language].search(label) else down, sentence,
                     re.IGNORECASE) is not None
