"""The world's currencies as CLDR writes them, for the languages that read amounts of money.

A currency is read by its ISO 4217 code ("CHF 1.4 billion", "3,000 INR"), by its sign where
CLDR gives it one character in the language ("₹5,900 crore", "₩3 trillion"), or by its name
in the plural ("1.2 billion Swiss francs", "1,4 milliard de francs suisses"). The codes are
those some territory pays in today, so that a word in capitals ("BEF", once the Belgian franc)
is seldom taken for one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_name, get_territory_currencies

from ...languages import cldr_locale

# A currency sign after one to three capitals, which say whose it is: "R$", "NZ$", "E£". A
# bare "$" is the US dollar, as "US$" is; a prefix not in the table ("B$") is a currency of its
# own (see Counting.currency()).
PREFIXED = re.compile(r"[A-Z]{1,3}[$£¥]")
PREFIXES = {"us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD",
            "mx$": "MXN", "nt$": "TWD", "nz$": "NZD", "r$": "BRL", "s$": "SGD", "sg$": "SGD",
            "e£": "EGP", "cn¥": "CNY", "jp¥": "JPY"}

# Signs that more than one currency writes, which each language reads its own way ("$").
SHARED_SIGNS = frozenset("$¤")


@functools.cache
def current_codes() -> frozenset[str]:
    """Return the ISO 4217 codes of the currencies some territory pays in."""
    return frozenset(code for territory in get_global("territory_currencies")
                     for code in get_territory_currencies(territory))


@functools.cache
def signs(language: str) -> dict[str, str]:
    """Return the currencies that a language's CLDR writes with a sign of one character of
    their own ('₹', '₩'), by sign; and those its regions write so for their own currency
    ('₦' of en-NG), where no other currency has the sign."""
    own = {sign: code for code, sign in Locale.parse(language).currency_symbols.items()
           if len(sign) == 1 and sign not in SHARED_SIGNS and code in current_codes()}
    regional: dict[str, set[str]] = {}
    for ident in locale_identifiers():
        if ident.startswith(f"{language}_") and (code := region_pays_in(ident)) is not None:
            sign = Locale.parse(ident).currency_symbols.get(code, "")
            if len(sign) == 1 and unicodedata.category(sign) == "Sc" and sign not in SHARED_SIGNS:
                regional.setdefault(sign, set()).add(code)
    return {sign: codes.pop() for sign, codes in regional.items()
            if len(codes) == 1 and sign not in own} | own


@functools.cache
def plural_names(language: str) -> dict[str, str]:
    """Return each current currency's name in the plural, lowercased ('swiss francs'), with
    its code."""
    return {get_currency_name(code, 2, language).lower(): code
            for code in sorted(current_codes())}


@functools.cache
def names_in(*locales: str, counts: tuple[float, ...] = (1, 2)) -> dict[str, str]:
    """Return every current currency as the CLDR of a language's locales writes it,
    lowercased, with its ISO 4217 code: its code ('chf') and its names, singular and plural
    ('franc suisse', 'francs suisses', 'us-dollar'), in the plural forms of the given counts
    where a language has more than one ('dolary' of 2, 'dolarów' of 5 in Polish). A name of
    one word is left out, as it may name people ('bolivianos'), and so is a name two
    currencies share."""
    found: dict[str, set[str]] = {}
    for locale in map(Locale.parse, locales):  # parsed once, not for every name
        for code in sorted(current_codes()):
            for count in counts:
                name = " ".join(get_currency_name(code, count, locale).lower().split())
                if " " in name or "-" in name:
                    found.setdefault(name, set()).add(code)
    return {code.lower(): code for code in sorted(current_codes())} | {
        name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def alternatives(names: Iterable[str]) -> str:
    """Return a pattern that finds any of some names, the longest first ('francs suisses'
    before 'francs'), their spaces any spacing. It is written as a tree of their letters
    ('franc(?:s(?:\\s+suisses)?)?'): at a number that no name follows, the search tries a
    few letters, not each name in turn."""
    tree: dict[str, dict] = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return branches(tree)


def branches(node: dict[str, dict]) -> str:
    """Return the pattern of a tree of letters (see alternatives()): its branches, optional
    where a name ends."""
    parts = [(r"\s+" if char == " " else re.escape(char)) + branches(child)
             for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + (")?" if "" in node else ")")


@functools.cache
def codes_pattern() -> str:
    """Return a pattern that finds a current currency's code, in capitals whatever the flags."""
    return "(?-i:" + alternatives(current_codes()) + r")\b"


# A code before a number: "CHF 1,4 milliard" (see may_name()). Written to start with a set of
# characters, and without a repeat, so that the search skips ahead quickly.
CODE_FIRST = re.compile(r"[A-Z][A-Z][A-Z]\s?\d")


@functools.cache
def named_after(openings: frozenset[str]) -> re.Pattern[str]:
    """Return the pattern of a number followed, within four words, by a code or by a word
    that opens a currency's name ("1,4 milliard de francs", "5 millions d'escudos")."""
    return re.compile(r"\d\s+(?:[^\W\d_][\w'’.-]*\s+){0,3}?(?:[dl]['’])?(?:"
                      + alternatives(openings) + "|" + codes_pattern() + r")(?!\w)",
                      re.IGNORECASE)


def may_name(text: str, openings: frozenset[str]) -> bool:
    """Tell whether a text may name a currency by its code, or by a name whose first word,
    lowercased, is one of openings (see openings()): a quick test, for the texts whose
    words and signs say nothing of money."""
    return code_comes_first(text) or named_after(openings).search(text) is not None


def code_comes_first(text: str) -> bool:
    """Tell whether a text has a current code before a number: a quick test."""
    codes = current_codes()
    return any(found[0][:3] in codes for found in CODE_FIRST.finditer(text))


def code_first(number: str, scale: str) -> re.Pattern[str]:
    """Return the pattern of an amount whose code comes first ("CHF 1,4 milliard"), its number
    and scale as a language writes them: groups currency, number and scale."""
    return re.compile(rf"(?<!\w)(?P<currency>{codes_pattern()})[ \u00a0\u202f]?"
                      rf"(?P<number>{number}){scale}", re.IGNORECASE)


def codes_first(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the amounts of a text whose code comes first, as code_first()'s pattern finds
    them; none, quickly, without a code before a number."""
    return list(pattern.finditer(text)) if code_comes_first(text) else []


def openings(names: Iterable[str]) -> frozenset[str]:
    """Return the first words of some names: 'francs' of 'francs suisses'."""
    return frozenset(name.split()[0] for name in names)


def region_pays_in(tag: str) -> str | None:
    """Return the currency of a regional tag's territory ('INR' of 'en-IN'), or None."""
    regions = [part.upper() for part in re.split("[-_]", tag)[1:]
               if len(part) == 2 and part.isalpha()]
    found = get_territory_currencies(regions[0]) if regions else []
    return found[0] if found else None


def region_signs(tag: str) -> dict[str, str]:
    """Return the shared signs that a regional tag writes for its territory's own currency, as
    its CLDR does: "$" as the Argentine peso in es-AR, the Canadian dollar in en-CA; and its
    letters ("R" as the rand in en-ZA), folded; none where the territory's sign is its own
    ("R$" in pt-BR) or the tag names no region."""
    code, locale = region_pays_in(tag), cldr_locale(tag)
    sign = locale.currency_symbols.get(code) if code and locale else None
    if code and sign and sign.isalpha():
        return {sign.lower(): code}
    return {sign: code} if code and sign in SHARED_SIGNS else {}


def money_in(text: str, hints: tuple[str, ...], openings: frozenset[str],
             named: re.Pattern[str], signed: re.Pattern[str] | None,
             first: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the amounts of money in a text, in order: those a currency's name follows
    (`named`: "2,5 milioni di euro"), and those its sign (`signed`: "€ 2,5 milioni") or code
    (`first`: "CHF 1,4 miliardi") comes before, but within a named one; none without a word of
    money (`hints`, lowercased) or a currency's name or code."""
    lowered = text.lower()
    if not any(hint in lowered for hint in hints) and not may_name(text, openings):
        return []
    found = list(named.finditer(text))
    spans = [match.span() for match in found]
    before = [*(signed.finditer(text) if signed is not None else ()), *codes_first(text, first)]
    return sorted([*found, *(match for match in before if not any(
        start < match.end() and match.start() < end for start, end in spans))],
        key=lambda match: match.start())
