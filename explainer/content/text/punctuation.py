"""How each language punctuates: its quotation marks, outer and inner, and its dashes, as its
own typographers set them, or as CLDR gives its quotation marks (typography.py sets them)."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from dataclasses import dataclass
from importlib.resources import files

from babel.units import format_unit

from ..languages import cldr_locale, words_tags

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French puts it inside « » and before ; ! ?
# Words English shortens at their start, whose apostrophe comes first: rock 'n' roll, 'em.
ENGLISH_ELISIONS = re.compile(r"(?:n|em|tis|twas|til|bout|cause|cos|nuff)\b", re.IGNORECASE)
# Dutch's: 's (des: 's-Hertogenbosch, 's avonds), 't (het), 'n (een), 'k (ik), 'm (hem), 'ns;
# Afrikaans keeps 'n (its "a", in nearly every sentence) and 's ('s middags).
DUTCH_ELISIONS = re.compile(r"(?:s|t|n|k|m|r|ns)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Style:
    """How a language punctuates: its quotation marks, outer and inner, and its dash."""

    quotes: tuple[str, str]
    inner: tuple[str, str]
    dash: str  # what two hyphens between words become; between digits they make a range, –
    between: str = "\u2013"  # what a hyphen between blanks becomes: " - "
    spaced: str = ""  # marks that take a narrow no-break space before them, in place of a blank
    colon_space: bool = False  # a no-break space before a colon, in place of a blank
    elisions: re.Pattern[str] | None = None  # words that open with an apostrophe


ENGLISH = Style(("\u201c", "\u201d"), ("\u2018", "\u2019"), "\u2014")
GUILLEMETS = Style(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), "\u2014")
# The languages explainer sets as their own typographers do; another takes CLDR's quotation
# marks (cldr_style()), and keeps straight ones if CLDR does not know it.
STYLES = {
    "en": Style(ENGLISH.quotes, ENGLISH.inner, ENGLISH.dash, elisions=ENGLISH_ELISIONS),
    "fr": Style((f"\u00ab{NNBSP}", f"{NNBSP}\u00bb"), ("\u201c", "\u201d"), "\u2013",
                spaced=";!?\u00bb", colon_space=True),
    "fr-CA": Style((f"\u00ab{NNBSP}", f"{NNBSP}\u00bb"), ("\u201c", "\u201d"), "\u2013",
                   spaced="\u00bb", colon_space=True),
    "es": GUILLEMETS,
    "pt": ENGLISH,
    "pt-PT": GUILLEMETS,
    "ar": GUILLEMETS,
    "it": GUILLEMETS,
    "de": Style(("\u201e", "\u201c"), ("\u201a", "\u2018"), "\u2013"),
    "cs": Style(("\u201e", "\u201c"), ("\u201a", "\u2018"), "\u2013"),
    "nl": Style(ENGLISH.quotes, ENGLISH.inner, ENGLISH.dash, elisions=DUTCH_ELISIONS),
    "af": Style(ENGLISH.quotes, ENGLISH.inner, ENGLISH.dash, elisions=DUTCH_ELISIONS),
    "tr": ENGLISH,
    "zh": ENGLISH,
    # Taiwan's and Hong Kong's Chinese, in Traditional characters, quotes in corner brackets.
    "zh-Hant": Style(("\u300c", "\u300d"), ("\u300e", "\u300f"), "\u2014"),
    "hi": ENGLISH,
    "ja": Style(("\u300c", "\u300d"), ("\u300e", "\u300f"), "\u2014"),
    "ru": Style(("\u00ab", "\u00bb"), ("\u201e", "\u201c"), "\u2014"),
    "uk": Style(("\u00ab", "\u00bb"), ("\u201e", "\u201c"), "\u2014"),
    "pl": Style(("\u201e", "\u201d"), ("\u00ab", "\u00bb"), "\u2013"),
    "sv": Style(("\u201d", "\u201d"), ("\u2019", "\u2019"), "\u2013"),
    "fi": Style(("\u201d", "\u201d"), ("\u2019", "\u2019"), "\u2013"),
    "da": Style(("\u00bb", "\u00ab"), ("\u203a", "\u2039"), "\u2013"),
    "nb": Style(("\u00ab", "\u00bb"), ("\u2018", "\u2019"), "\u2013"),
    "nn": Style(("\u00ab", "\u00bb"), ("\u2018", "\u2019"), "\u2013"),
    "no": Style(("\u00ab", "\u00bb"), ("\u2018", "\u2019"), "\u2013"),
}
PLAIN = Style(('"', '"'), ("'", "'"), "\u2014")
# The languages whose typographers set an em dash between blanks, where others set an en dash:
# Russian, Ukrainian, Belarusian and Bulgarian (тире), Portuguese (travessão), Spanish (raya).
EM_DASHED = frozenset({"ru", "uk", "be", "bg", "pt", "es"})
QUOTES = files("explainer") / "data" / "cldr_quotes.json"  # scripts/update_quotes.py


@functools.cache  # a site has few languages
def language_style(language: str) -> Style:
    """Return how a language punctuates: its own style, or CLDR's marks (cldr_style()); a
    language written in two scripts, its script's (zh-TW: zh-Hant's, not zh's)."""
    style = next((STYLES[tag] for tag in words_tags(language) if tag in STYLES), None) \
        or cldr_style(language)
    if language.split("-")[0] in EM_DASHED:
        style = dataclasses.replace(style, between="\u2014")
    return style


def opening_mark(language: str) -> str:
    """Return the mark a language opens a quotation with, as its text is set ("«" in French,
    "”" in Hebrew): the large mark a quote section opens with; English's for a language whose
    marks CLDR does not know."""
    style = language_style(language)
    return (ENGLISH if style is PLAIN else style).quotes[0].strip()


def cldr_style(language: str) -> Style:
    """Return the style of a language explainer has none of its own for: CLDR's quotation
    marks, and the em dash; straight quotes for a language CLDR does not know."""
    marks = cldr_quotes().get(language.split("-")[0])
    return Style((marks[0], marks[1]), (marks[2], marks[3]), "\u2014") if marks else PLAIN


@functools.cache  # read once, however many languages a site has
def cldr_quotes() -> dict[str, list[str]]:
    """Return CLDR's quotation marks of each language: outer, then inner."""
    return json.loads(QUOTES.read_text(encoding="utf-8"))["quotes"]  # type: ignore[no-any-return]


@functools.cache
def group_blank(language: str) -> str:
    """Return the blank that parts groups of digits in a language: CLDR's when it is a blank
    (French, Russian, Polish...), else a no-break space."""
    locale = cldr_locale(language)
    group = locale.number_symbols["latn"]["group"] if locale is not None else ""
    return group if group.isspace() else NBSP


@functools.cache
def percent_blank(language: str) -> str:
    """Return the blank between a number and its percent sign in a language: the one CLDR's
    percent format has (a no-break space in French, German, Spanish...), else a no-break space."""
    locale = cldr_locale(language)
    pattern = locale.percent_formats[None].pattern if locale is not None else ""
    blank = re.search(r"0(\s)%", pattern)
    return blank[1] if blank is not None else NBSP


@functools.cache
def unit_blank(language: str) -> str:
    """Return the blank between a number and its unit's symbol in a language: the no-break
    space CLDR's units have (a narrow one in French: "40,3 °C"), else a no-break space."""
    locale = cldr_locale(language)
    kilometre = format_unit(1, "length-kilometer", "short", locale=locale) if locale else ""
    return NNBSP if NNBSP in kilometre else NBSP
