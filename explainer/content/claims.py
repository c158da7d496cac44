"""Numbers stated in the text, compared with the key figures: one figure, two values.

A figure's *unit* is its currency for money ("$360 million"), else the first plural noun after
its number ("3 days") or in its label ("Kenyan police officers set to deploy"). The text states
a figure when it gives an amount of money, or a number followed within three words by a plural
noun ("About 1,000 Kenyan police officers"). The statement is compared with the figures of the
same unit whose label shares a word with its sentence; when none of them has the same number,
the text and the figures disagree. Countries are left to the country-list check, and quoted
words are the source's, not the explainer's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import Problem
from .model import Explainer, Figure, Figures, Takeaways, Timeline

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "m": 1e6, "bn": 1e9}
SCALE = r"(?:\s?(?P<scale>thousand|million|billion|trillion)\b|(?P<short>k|m|bn)\b)?"
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
              "£": "GBP", "gbp": "GBP"}
MONEY = re.compile(rf"(?P<currency>US\$|\$|€|£|\b(?:USD|EUR|GBP)\s?)(?P<number>{NUMBER}){SCALE}",
                   re.IGNORECASE)
# NUMBER, not preceded by a word character, currency sign, point or comma; written to start
# with \d (the look-behind follows the first digit) so that the regex engine can skip ahead to
# digits instead of trying every position.
COUNTED_NUMBER = r"\d(?<![\w$€£.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
COUNT = re.compile(rf"(?P<number>{COUNTED_NUMBER}){SCALE}"
                   r"(?P<words>(?:\s+[^\W\d_][\w'-]*){1,3})")
STOP_WORDS = frozenset(
    "the a an and or of to in on for by with from at as is are was were be been being has have "
    "had that this these those its it their they than more most other about some which who "
    "will would into after before over under also not but says said such while".split())
IRREGULAR_PLURALS = frozenset("people children men women personnel staff".split())
# A quotation, straight or as typographers set it: “…”, ‘…’, «…», „…“.
QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019\n]*\u2019"
                    r"|\u00ab[^\u00bb]*\u00bb|\u201e[^\u201c]*\u201c")
QUOTE_OPENINGS = ('"', "\u201c", "\u2018", "\u00ab", "\u201e")
MARKUP_CHARS = "*_`"
LINK_TARGET = re.compile(r"\]\([^)]*\)")
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
CURRENCY_SIGN = re.compile(r"[$€£]")
CODE_AMOUNT = re.compile(r"(?:usd|eur|gbp)\s?\d")  # in casefolded text, as MONEY needs
DIGIT = re.compile(r"\d")  # every amount has one, as NUMBER does
YEAR = re.compile(r"1[89]\d\d|20\d\d")
WORD = re.compile(r"[^\W_][\w'\u2019-]*")


@dataclass(frozen=True)
class Amount:
    """A number with its unit, as written."""

    value: float
    unit: str
    written: str


def parse_number(match: re.Match[str]) -> float:
    """Return the value of a NUMBER with its optional scale word."""
    scale = match["scale"] or match["short"]
    return float(match["number"].replace(",", "")) * SCALES.get((scale or "").lower(), 1.0)


@functools.lru_cache(maxsize=1 << 16)  # texts repeat their words; a stem is a pure function
def stem(word: str) -> str:
    """Reduce a word to a rough stem, so 'pledged' meets 'pledges' and 'officer' 'officers'."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


COUNTRY_UNITS = frozenset(stem(word) for word in ("countries", "nations"))


def content_words(text: str) -> set[str]:
    """Return the stems of a text's meaningful words (numbers included)."""
    words = WORD.findall(text.lower().replace("\u2019", "'") if "\u2019" in text
                         else text.lower())
    return {stem(w) for w in words if w not in STOP_WORDS and (len(w) >= 3 or w.isdigit())}


def plural_noun(words: list[str]) -> str | None:
    """Return the first plural-looking noun of a run of words, stopping at a function word."""
    for word in words:
        lowered = word.lower()
        if lowered in STOP_WORDS:
            return None
        if lowered in IRREGULAR_PLURALS or (lowered.endswith("s") and len(lowered) > 3
                                            and not lowered.endswith(("ss", "ous", "us"))):
            return lowered
    return None


def amounts(text: str) -> Iterator[tuple[int, Amount]]:
    """Yield (offset, amount) for every amount of money and counted noun in a text."""
    money = money_matches(text)
    for match in money:
        currency = CURRENCIES[match["currency"].strip().lower()]
        yield match.start(), Amount(parse_number(match), currency, match[0].strip())
    text = blank_spans(text, [match.span() for match in money])
    for match in COUNT.finditer(text):
        number = match["number"]
        if YEAR.fullmatch(number) or number in ("0", "1"):
            continue  # a year, or a number too small to need a plural
        noun = plural_noun(match["words"].split())
        if noun is not None:
            end = match.start("words") + match["words"].lower().index(noun) + len(noun)
            yield match.start(), Amount(parse_number(match), stem(noun), text[match.start():end])


def money_matches(text: str) -> list[re.Match[str]]:
    """Return the matches of MONEY in a text, as MONEY.finditer() does, in less time.

    MONEY tries its alternatives at every character; unless a currency code comes before a
    number, a match can only start at a currency sign, or two characters before one ('US$').
    """
    folded = text.casefold()  # as wide as the case-blind match: 'ſ' folds to 's'
    # A code counts only before a number ('EUR 5', not 'Europe'); 'in' tells quicker if none.
    if ("usd" in folded or "eur" in folded or "gbp" in folded) and CODE_AMOUNT.search(folded):
        return list(MONEY.finditer(text))
    if "$" not in text and "€" not in text and "£" not in text:
        return []  # neither a code nor a sign
    found: list[re.Match[str]] = []
    end = 0
    for sign in CURRENCY_SIGN.finditer(text):
        for start in (sign.start() - 2, sign.start()):
            if start >= end and (match := MONEY.match(text, start)):
                found.append(match)
                end = match.end()
                break
    return found


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the given (start, end) spans of a text, in order, by as many spaces."""
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], " " * (end - start)]
        last = end
    return "".join(parts) + text[last:]


def figure_amount(figure: Figure) -> Amount | None:
    """Return a figure's number and unit, or None when its value holds no number."""
    found = next(amounts(figure.value), None)
    if found is not None:
        return found[1]
    number = re.search(rf"(?P<number>{NUMBER}){SCALE}", figure.value)
    words = figure.label.split()
    while words and words[0].lower() in STOP_WORDS:  # "more officers", "other countries"
        words.pop(0)
    noun = plural_noun(words)
    if number is None or noun is None:
        return None
    return Amount(parse_number(number), stem(noun), figure.value)


def passages(explainer: Explainer) -> Iterator[tuple[str, int, bool, str]]:
    """Yield (where, line, spans_lines, text) for the explainer's own words."""
    for section in explainer.sections:
        if section.body_text:
            yield f"section '{section.kind}'", section.body_line, True, section.body_text
        if isinstance(section, Takeaways):
            for item in section.items:
                yield "takeaway", item.line, False, item.text
        if isinstance(section, Timeline):
            for event in section.events:
                yield "timeline event", event.line, False, event.title
                yield "timeline event", event.line, False, event.text


def check_figures(explainer: Explainer) -> Iterator[Problem]:
    """Warn where the text or the figures give one figure two different values."""
    figures = [f for s in explainer.sections if isinstance(s, Figures) for f in s.items]
    yield from figures_given_twice(explainer, figures)
    known = [(f, a, content_words(f.label) - {a.unit}) for f in figures
             if (a := figure_amount(f)) is not None and a.unit not in COUNTRY_UNITS]
    for where, line, spans_lines, text in passages(explainer) if known else ():
        if not DIGIT.search(text):
            continue  # no number, so no amount
        clean = blank_out(text)
        for offset, amount in amounts(clean):
            same_unit = [(f, a, label) for f, a, label in known if a.unit == amount.unit]
            if all(equal(a.value, amount.value) for _, a, _ in same_unit):
                continue  # no figure to compare with, or every one agrees: no related one differs
            sentence = content_words(sentence_at(clean, offset)) - {amount.unit}
            related = [(len(label & sentence), f, a) for f, a, label in same_unit]
            related = [r for r in related if r[0]]
            if not related or any(equal(a.value, amount.value) for _, _, a in related):
                continue
            _, figure, _ = max(related, key=lambda r: r[0])
            row = line + clean.count("\n", 0, offset) if spans_lines else line
            column = offset - clean.rfind("\n", 0, offset) if spans_lines else None
            yield Problem(explainer.display_path, row, column,
                          f"{where} says '{amount.written}' but the key figure "
                          f"'{figure.label}' (line {figure.line}) says '{figure.value}'",
                          "make the text and the figure agree; if they count different "
                          "things, say so in the label", text.split("\n")[row - line],
                          "warning")


def figures_given_twice(explainer: Explainer, figures: list[Figure]) -> Iterator[Problem]:
    """Warn about two figures with the same label and different values."""
    seen: dict[str, Figure] = {}
    for figure in figures:
        label = " ".join(figure.label.lower().split())
        first = seen.setdefault(label, figure)
        if first is not figure and first.value.strip().lower() != figure.value.strip().lower():
            yield Problem(explainer.display_path, figure.line, None,
                          f"section 'figures': '{figure.label}' is given as '{first.value}' "
                          f"(line {first.line}) and as '{figure.value}'",
                          "keep one value, or make the labels say what differs", "",
                          "warning")


def blank_out(text: str) -> str:
    """Replace quotations and Markdown markup by spaces, keeping every offset and line."""
    def spaces(match: re.Match[str]) -> str:
        return "\n".join(" " * len(line) for line in match[0].split("\n"))

    # Markup characters become blanks one by one, then link targets as a whole (whatever
    # markup they hold): the same as one pass over both, in a fraction of the time. Each
    # pattern begins with a character that the text must hold for it to match.
    if any(opening in text for opening in QUOTE_OPENINGS):
        text = QUOTED.sub(spaces, text)
    for char in MARKUP_CHARS:
        text = text.replace(char, " ")
    return LINK_TARGET.sub(spaces, text) if "](" in text else text


def sentence_at(text: str, offset: int) -> str:
    """Return the sentence (or paragraph part) around an offset."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, offset)), default=0)
    start = max(start, text.rfind("\n\n", 0, offset) + 1)
    after = SENTENCE_END.search(text, offset)
    paragraph_end = text.find("\n\n", offset)
    end = min(x for x in (after.end() if after else len(text),
                          paragraph_end if paragraph_end >= 0 else len(text)))
    return text[start:end]


def equal(a: float, b: float) -> bool:
    """Tell whether two stated numbers are the same."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
