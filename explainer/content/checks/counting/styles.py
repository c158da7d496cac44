"""How a region writes its numbers, as CLDR says: what parts its thousands, what marks its
decimals, and how large its groups are.

Each language's Counting reads numbers as its language's own locale writes them: Spanish
"1.250" and "2,5". A region may write them otherwise: Mexico "1,250" and "2.5", Switzerland
"1'250" and "2.5", India "12,50,000" (lakhs). For such a region, a text's numbers written its
way are rewritten its language's way before the Counting reads them, each as long as it was
(padded with zeros in front: "12,50,000" is "001250000"), so every offset holds and a warning
quotes the text as written. A number the region's way that its language writes otherwise
("1.250" is 1.25 in Mexico, 1250 in Spain) is read by neither: it is blanked out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from babel.numbers import get_decimal_symbol, get_group_symbol

from ...languages import cldr_locale

# Symbols that write one separator: a space of any width, an apostrophe of either form.
SPACES = " \u00a0\u202f"
APOSTROPHES = "'\u2019"


def symbol_class(symbol: str) -> str:
    """Return the characters that write a separator as CLDR gives it: a no-break space stands
    for every space, an apostrophe for both its forms."""
    for kind in (SPACES, APOSTROPHES):
        if symbol in kind:
            return kind
    return symbol


@dataclass(frozen=True)
class NumberStyle:
    """How a locale writes a number: the characters of its group and decimal separators, and
    the sizes of its groups (the last, then those before it: 3 and 3, or 3 and 2 in India)."""

    group: str
    decimal: str
    primary: int
    secondary: int

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the pattern of a whole number written this way ('1,250.5', '12,50,000')."""
        group, decimal = f"[{re.escape(self.group)}]", f"[{re.escape(self.decimal)}]"
        grouped = rf"\d{{1,{self.secondary}}}(?:{group}\d{{{self.secondary}}})*" \
            rf"{group}\d{{{self.primary}}}"
        return re.compile(rf"(?P<whole>{grouped}|\d+)(?:{decimal}(?P<fraction>\d+))?")


@functools.cache
def style_of(tag: str) -> NumberStyle | None:
    """Return how a language tag's locale writes numbers, or None if CLDR does not know it."""
    locale = cldr_locale(tag)
    if locale is None:
        return None
    primary, secondary = locale.decimal_formats[None].grouping
    return NumberStyle(symbol_class(get_group_symbol(locale)),
                       symbol_class(get_decimal_symbol(locale)), primary, secondary)


@functools.cache
def localiser(tag: str, base: str | None = None) -> Callable[[str], str] | None:
    """Return what rewrites a text's numbers from a regional tag's way into its language's
    (es-MX into es), or into another tag's, base, whose way a Counting reads them (ms into
    id), or None where the two write numbers alike."""
    own, language = style_of(tag), style_of(base or tag.split("-")[0])
    if own is None or language is None or own == language:
        return None
    joined = "".join(dict.fromkeys(own.group + own.decimal + language.group + language.decimal))
    # A number with every separator either way: read whole, never a part of one.
    run = re.compile(rf"\d+(?:[{re.escape(joined)}]\d+)*")
    return functools.partial(rewrite, run=run, own=own, language=language)


def rewrite(text: str, run: re.Pattern[str], own: NumberStyle, language: NumberStyle) -> str:
    """Return a text whose numbers written one way (own) are written another (language's)."""
    return run.sub(lambda match: rewritten(match[0], own, language), text) \
        if any(separator in text for separator in own.group + own.decimal) else text


def rewritten(number: str, own: NumberStyle, language: NumberStyle) -> str:
    """Return a number written one way, written another way in as many characters; blanked
    where the two ways read it differently; as it is where it is not written the first way."""
    found = own.pattern.fullmatch(number)
    if found is None:
        return number  # written another way ("1.250.000" in Mexico): read as the language's
    fraction = found["fraction"]
    if fraction is not None and len(fraction) == 3 and found["whole"].isdigit() \
            and number[len(found["whole"])] in language.group:
        return " " * len(number)  # 1.25 in Mexico, 1250 in Spain: neither reading is safe
    digits = "".join(char for char in found["whole"] if char.isdigit())
    if fraction is not None:
        digits += language.decimal[0] + fraction
    return digits.rjust(len(number), "0")
