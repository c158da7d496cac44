"""The signs of amounts below zero: "−$15bn", "-15 billion dollars", "minus $15 billion".

A level below zero is written with a minus sign right before the amount, or a word saying so
in the explainer's language: "minus" (English, German, Polish), "moins", "menos", "meno".
Neither is a change: "down 15%" or "a 15% fall" is read as a change or a level as before,
never as a sign.
An amount a noun of falling follows, as English puts it ("a 15% fall", "a $2bn loss"), gives
the size of a fall, which a figure may give below zero or not. A word of the table is no sign
in the phrases it ends ("au moins 15", at least; "más o menos 15", about), nor is a hyphen
between numbers or words ("10-15%", "pre-$15bn").
"""

from __future__ import annotations

import functools
import re

# A minus sign, or a hyphen standing for one: not one that joins ("10-15%") or a spaced dash.
SIGN = r"(?<![\w.,%)\]\-\u2212])[-\u2212]"
# Each language's word for a sign, and the words before it that make it another word.
WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("minus", ()),
    "fr": ("moins", ("au", "du", "ou")),  # "au moins 15", "plus ou moins 15"
    "es": ("menos", ("al", "lo", "o")),  # "al menos 15", "por lo menos", "más o menos"
    "de": ("minus", ()),
    "it": ("meno", ("lo", "o", "al")),  # "per lo meno 15", "più o meno 15"
    "pt": ("menos", ("ao", "pelo", "ou")),  # "ao menos 15", "pelo menos", "mais ou menos"
    "pl": ("minus", ()),
    "ru": ("минус", ()),
    "uk": ("мінус", ()),
}


def sign_pattern(language: str) -> str:
    """Return the pattern of a sign or a word that says an amount right after it is below zero:
    the language's ranges allow one before either end ("−3% to −2%", "entre moins 3 et moins
    2 %")."""
    word, unless = WORDS.get(language, ("", ()))
    said = "".join(rf"(?<!\b{other}\s)" for other in unless) + rf"(?<!\w){word}\s+" \
        if word else "(?!)"
    return rf"(?:{SIGN}|{said})"


@functools.cache
def sign_before(language: str) -> re.Pattern[str]:
    """Return what says, at the end of a text, that an amount right after it is below zero."""
    return re.compile(rf"{sign_pattern(language)}\Z", re.IGNORECASE)


def sign_at(text: str, start: int, language: str) -> int | None:
    """Return where the sign or the word that puts the amount at start below zero begins, or
    None if nothing before it does."""
    sign = sign_before(language).search(text, max(start - 12, 0), start)
    return None if sign is None else sign.start()


# What says, right after an amount, that it is the size of a fall: "a 15% fall", "a $2bn loss".
FALLS = {"en": re.compile(r"\s+(?:fall|drop|decline|decrease|contraction|loss|slump|cut|"
                          r"reduction|shortfall|slide|plunge)s?(?!\w)", re.IGNORECASE)}


def a_fall(text: str, end: int, language: str) -> bool:
    """Tell whether the amount that ends at end is the size of a fall ("a 15% fall")."""
    falls = FALLS.get(language)
    return falls is not None and falls.match(text, end) is not None
