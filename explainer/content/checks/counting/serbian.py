"""How Serbian writes counts and amounts (see southslavic.py), in Cyrillic (`sr`) and in Latin
letters (`sr-Latn`) alike: "двадесет земаља" is "dvadeset zemalja". Its words are Croatian's
with its own: "dve", "hiljadu", "milion", "milijardi dinara", "odsto", "procenata"; "porasla je
za 2 odsto" is a change, "od 3 do 4 odsto" a range."""

from __future__ import annotations

import dataclasses

from . import croatian
from .southslavic import counting, with_cyrillic

SCALES = croatian.SCALES | {"hilj.": 1e3, "hiljada": 1e3, "hiljade": 1e3, "hiljadu": 1e3,
                            "milion": 1e6, "miliona": 1e6, "milioni": 1e6}
SCALE_WORDS = croatian.SCALE_WORDS + r"|hilj\.|hiljad[aeu]|milion(?:a|i)?"
PERCENT = r"odsto(?!\w)|procen(?:at|ta|ata)(?!\w|\s+poen)|" + croatian.PERCENT

WORDS = with_cyrillic(dataclasses.replace(
    croatian.WORDS, language="sr", locales=("sr", "sr_Latn"), scales=SCALES,
    scale_words=SCALE_WORDS, percent_words=PERCENT,
    change=croatian.CHANGE + r"|poskup|pojeftin|uveća|umanj",
    earlier=croatian.EARLIER + r"|prvobitno|pre\s+toga|procen\w*",
    foreseen=croatian.FORESEEN + r"|verovatno|verovatnije|preti",
    pointing_back=(*croatian.WORDS.pointing_back, "obe", "poslednje"),
    stop_words=croatian.STOP_WORDS | frozenset("gde kada pre posle njen odsto".split())))

COUNTING = counting(WORDS)
