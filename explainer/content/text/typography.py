"""Typographer's punctuation in the text's language: curly quotes and apostrophes, dashes, ellipses.

Authors type on keyboards: a straight quote for every quotation mark and apostrophe, two hyphens
for a dash, three points for an ellipsis, a hyphen for a minus sign. The reader should see
“quotes” in English, « guillemets » in French (with narrow no-break spaces inside), an
apostrophe that curls, – or —, and − before a negative number. Marks an
author typed curly stay as typed; nothing changes inside code, tags, attributes or addresses.

A straight double quote becomes the language's quotation marks, a single one its inner marks
when it opens a quotation, and an apostrophe otherwise. Whether a mark opens or closes is told by
the character before it, as typesetters have always done it by eye; after a letter or a mark of a
script written without spaces (Japanese, Chinese, Thai), where a quotation opens as often as it
closes, by whether a quotation is open.
"""

from __future__ import annotations

import functools
import re

from .punctuation import NBSP, NNBSP, Style, group_blank, language_style, percent_blank, unit_blank

APOSTROPHE = "\u2019"
# Before a quotation mark, these make it open: nothing, a blank, or an opening bracket or mark.
OPENING_CONTEXT = frozenset(" \t\n\r\u00a0\u202f([{<\u00ab\u2018\u201c\u201e\u2014\u2013-/")
BLANKS = frozenset(" \t\n\r\u00a0\u202f")
# Letters and marks of the scripts written without spaces, before which nothing tells an opening
# quotation mark from a closing one ("地震は"想定外"だった"): Thai and Lao, Myanmar, Khmer, CJK
# punctuation (、。), kana, Hangul, CJK ideographs and full-width forms.
UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3000-\u31ff"
                      "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uffdc"
                      "\U00020000-\U000323af]")
# Hebrew and Yiddish letters. A double quote between the last two of a word's is the
# gershayim of an abbreviation (מנכ"ל, ש"ח, צה"ל), not a quotation (ב"הארץ" opens one); a
# single one after the letters a geresh makes sounds of other languages with is that geresh
# (ג'ורג', צ'יפס). Hebrew typesetters set both upright, not as curly marks.
HEBREW_LETTER = re.compile("[\u05d0-\u05ea\u05f0-\u05f2]")
GERESH_LETTERS = frozenset("\u05d2\u05d6\u05e6\u05e5\u05ea")  # ג ז צ ץ ת
GERSHAYIM, GERESH = "\u05f4", "\u05f3"
# An abbreviation takes the endings of a plural or of the feminine after its last letter
# (כטב"מים, drones; ח"כים, members of the Knesset; דו"חות): the gershayim stays before that
# letter. After prefixes alone (ה"בית", ו"מים") the quote opens a quotation.
INFLECTED = re.compile("[\u05d0-\u05ea](?:ים|ות|יות|ית)(?![\u05d0-\u05ea\u05f0-\u05f2])")
PREFIXES_ONLY = re.compile("(?<![\u05d0-\u05ea])[והבכלמש]+\\Z")
# A single quote before a year or a decade is an apostrophe: '90s, the class of '24.
ELIDED_YEAR = re.compile(r"\d\d(?:s\b|\b)")
# What follows an apostrophe that ends a name in another script in English: 東京's, 李's.
LATIN_ENDING = re.compile(r"(?:s|re|ve|ll|d|m|t)\b")
# A hyphen between blanks, with the characters either side of it.
SPACED_HYPHEN = re.compile(r"(.?) - (.?)", re.DOTALL)
EN_DASH = "\u2013"
MINUS_SIGN = "\u2212"
AFTER_REACH = 8  # how far after a mark its context is read: enough for the words above
# What a text may hold to change: a quote, two or three hyphens, three points (and a hyphen
# between blanks, which str.replace() makes a dash: no address or code holds a blank). Most
# texts hold none: `in` tells that several times quicker than a search.
# A hyphen typed at a text's start, or after a blank or a bracket, just before a digit, is
# a minus sign ("-173 °C", "fell to -0.5%"); not one between figures ("2020-21") or words.
MINUS = r"(?<![^\s(\[])-(?=\d)"
MARKS = r"""["']|---?|\.\.\.|""" + MINUS
MAY_BE_MINUS = re.compile(r"-\d")  # in HTML, a tag may come before it: "<td>-5"
# A tag (its closing slash and name in groups) or a comment, for splitting HTML into its text
# and its markup: tags are stepped over, and code elements skipped whole.
TAG = re.compile(r"""(<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)"""
                 r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>)""", re.DOTALL)
CODE_TAGS = frozenset({"code", "pre", "kbd", "samp", "var", "script", "style", "textarea",
                       "math", "svg"})
HAS_CODE = re.compile(r"<(?:" + "|".join(CODE_TAGS) + r")\b", re.IGNORECASE)
# Tags that do not end a run of text: a quotation goes on through them.
INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em",
                         "i", "ins", "mark", "q", "s", "small", "span", "strong", "sub",
                         "sup", "time", "u"})
# What marks a word as an address, in which nothing may change.
ADDRESS = ("://", "www.", "mailto:")
ADDRESS_REACH = 200
# A number whose groups of digits an author parted with blanks ("1 000", "15 000 000"): the
# blanks become the language's own (CLDR's, in French a narrow no-break space) or else no-break
# spaces, so that a number never breaks across lines.
DIGIT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
DIGIT_BLANK = re.compile(r"\d \d")
# A blank typed between a number and its percent or per mille sign ("70 %", as French, German
# and Spanish write it): it becomes the language's own blank (CLDR's) or else a no-break
# space, so that no line starts with the sign.
PERCENT_BLANK = re.compile(r"(?<=\d) (?=[%\u2030])")
# So does one, or a line break, between a number and the symbol of its unit ("40,3 °C", "195
# km/h", "3 m"): the reader sees "40,3" at a line's end and "°C" at the next line's start.
# The ordinal indicator typed for a degree sign, as a Spanish or Portuguese keyboard offers it
# ("40 ºC"): before C or F, after a number, it is the degree sign ("1º de julio" stays).
ORDINAL_DEGREE = re.compile(r"(?<=\d)([ \u00a0\u202f]?)º(?=[CF]\b)")
UNIT_BLANK = re.compile(r"(?<=\d)[ \n](?=[°º℃℉]|(?:km/h|km²|km|m²|m³|cm|mm|m|mph|kph|kg)"
                        r"(?![\w/]))")


@functools.cache  # a site has few languages
def style_of(language: str) -> tuple[Style, re.Pattern[str]]:
    """Return a language's style (see punctuation.py), and the pattern that finds what may
    change in its texts."""
    style = language_style(language)
    marks = MARKS
    if style.spaced or style.colon_space:
        spaced = re.escape(style.spaced + (":" if style.colon_space else ""))
        marks += rf"|[ {NBSP}](?=[{spaced}])|(?<=\u00ab)[ {NBSP}]"
    return style, re.compile(marks)


def typeset_text(text: str, language: str) -> str:
    """Return a plain text (a title, a label) with typographer's punctuation."""
    style, pattern = style_of(language)
    setter = Typesetter(style, pattern, language)
    return setter.run(text) if setter.wants(text) else text


def typeset_html(html: str, language: str) -> str:
    """Return an HTML fragment with typographer's punctuation in its text, not in its code."""
    style, pattern = style_of(language)
    setter = Typesetter(style, pattern, language)
    if not setter.wants(html):
        return html  # nothing to change, in its text or its tags
    if "<" not in html:
        return setter.run(html)
    pieces = TAG.split(html)  # text, then a tag, its slash and its name, then text...
    tracks_code = HAS_CODE.search(html) is not None
    code = 0
    shown = False  # inside a link that shows its address (autolink.py), broken by <wbr>s
    for index in range(0, len(pieces), 4):
        if index:
            slash, name = pieces[index - 2], pieces[index - 1]
            pieces[index - 2] = pieces[index - 1] = ""  # only the tag itself is output
            lowered = name.lower() if name else ""
            if tracks_code and lowered in CODE_TAGS and not pieces[index - 3].endswith("/>"):
                code = max(0, code - 1 if slash else code + 1)
            if lowered == "a":
                shown = not slash and 'class="bare-url"' in pieces[index - 3]
            if name and lowered not in INLINE_TAGS:
                setter.before = " "  # a new block, or a break: a new run of text
                setter.open_outer = 0
        text = pieces[index]
        if text:
            if not code and not shown and setter.wants(text):
                pieces[index] = setter.run(text, following(pieces, index))
            setter.before = pieces[index][-1]
    return "".join(pieces)


def following(pieces: list[str], index: int) -> str:
    """Return the character after a text of split HTML: a blank unless inline markup follows."""
    if index + 4 >= len(pieces) or (pieces[index + 3] or "").lower() not in INLINE_TAGS:
        return " "
    return pieces[index + 4][:1] or "x"


class Typesetter:
    """Set the marks of a run of texts, each mark decided by what comes before and after it."""

    def __init__(self, style: Style, pattern: re.Pattern[str], language: str) -> None:
        self.style = style
        self.pattern = pattern
        self.language = language
        self.text = ""
        self.before = " "  # the character before the text being set
        self.after = " "  # the character after it
        self.end = 0  # where the last mark found in the text ended
        self.start = 0  # where the mark being set starts
        self.open_inner = 0  # inner quotations opened and not yet closed
        self.open_outer = 0  # quotations opened and not yet closed, in this block
        self.addresses = False  # whether the text may hold a web address

    def wants(self, text: str) -> bool:
        """Tell whether a text may hold something to change."""
        if self.style.spaced or self.style.colon_space:
            return True  # blanks to make no-break: the pattern finds them
        return '"' in text or "'" in text or "--" in text or "..." in text or " - " in text \
            or " " in text and DIGIT_BLANK.search(text) is not None \
            or " %" in text or " \u2030" in text or UNIT_BLANK.search(text) is not None \
            or "º" in text \
            or "-" in text and MAY_BE_MINUS.search(text) is not None

    def run(self, text: str, after: str = " ") -> str:
        """Return a text with every mark set, `after` being the character that follows it."""
        self.text, self.end, self.after = text, 0, after
        self.addresses = "://" in text or "www." in text or "mailto:" in text  # as ADDRESS
        if " " in text and DIGIT_BLANK.search(text):
            blank = group_blank(self.language)
            text = DIGIT_GROUPS.sub(lambda number: number[0].replace(" ", blank), text)
        if " %" in text or " \u2030" in text:
            text = PERCENT_BLANK.sub(percent_blank(self.language), text)
        text = ORDINAL_DEGREE.sub(r"\1°", text) if "º" in text else text
        text = UNIT_BLANK.sub(unit_blank(self.language), text)
        text = self.pattern.sub(self.replace, text)
        return SPACED_HYPHEN.sub(self.spaced_dash, text) if " - " in text else text

    def spaced_dash(self, match: re.Match[str]) -> str:
        """Return the dash of a hyphen typed between blanks: the language's, but an en dash
        between figures (a range, a score: "1990 - 2000", "2 - 1"); it keeps to the word
        before it (a no-break space), so no line starts with it."""
        digits = match.group(1).isdigit() and match.group(2).isdigit()
        return f"{match.group(1)}{NBSP}{EN_DASH if digits else self.style.between} {match.group(2)}"

    def replace(self, match: re.Match[str]) -> str:
        """Return what one mark becomes."""
        found, start = match[0], match.start()
        self.start = start
        before = self.text[start - 1] if start > self.end else self.before
        self.end = match.end()
        if self.addresses and in_address(self.text, start):
            result = found
        else:
            result = self.mark(found, before,
                               self.text[self.end:self.end + AFTER_REACH] or self.after)
        self.before = result[-1]
        return result

    def mark(self, found: str, before: str, after: str) -> str:
        """Return the typographer's form of a mark."""
        style = self.style
        if found == '"':
            return self.double(before, after)
        if found == "'":
            return self.single(before, after)
        if found == "...":
            return "\u2026"
        if found == "-":  # a minus sign where a blank, a bracket or nothing comes before it
            return MINUS_SIGN if before in BLANKS or before in "([" else found
        if found == "---":
            return "\u2014"
        if found == "--":
            return "\u2013" if before.isdigit() and after[:1].isdigit() else style.dash
        # A blank before high punctuation, or after «.
        return NBSP if after[:1] == ":" else NNBSP

    def double(self, before: str, after: str) -> str:
        """Return an opening or closing quotation mark."""
        opening, closing = self.style.quotes
        if HEBREW_LETTER.match(before) and HEBREW_LETTER.match(after[:1]) and (
                not HEBREW_LETTER.match(after[1:2]) or self.inflected(after)):
            return GERSHAYIM
        if before in OPENING_CONTEXT:
            if not after[:1] or after[0] in BLANKS:
                return '"'
        elif self.open_outer or not UNSPACED.match(before) or after[:1] in BLANKS:
            self.open_outer = max(0, self.open_outer - 1)
            return closing
        self.open_outer += 1
        return opening

    def inflected(self, after: str) -> bool:
        """Tell whether a quote between Hebrew letters, the text after it being `after`, is the
        gershayim of an abbreviation with an ending (see INFLECTED)."""
        word = self.text[max(0, self.start - AFTER_REACH):self.start]
        return INFLECTED.match(after) is not None and PREFIXES_ONLY.search(word) is None

    def single(self, before: str, after: str) -> str:
        """Return an apostrophe, a geresh, or an inner quotation mark."""
        if before in GERESH_LETTERS and (HEBREW_LETTER.match(after[:1]) or not self.open_inner):
            return GERESH
        if UNSPACED.match(before):  # no blank ends a word there ('，'真的'): it may open
            return self.unspaced_single(after)
        if before.isalnum() and after[:1].isalnum() \
                and not (self.open_inner and UNSPACED.match(after[:1])):
            return APOSTROPHE  # inside a word: don't, l'accord; not 日本'Japan'です
        if before in OPENING_CONTEXT:
            if not after[:1] or after[0] in BLANKS:
                return "'"
            if ELIDED_YEAR.match(after) or (self.style.elisions
                                             and self.style.elisions.match(after)):
                return APOSTROPHE
            self.open_inner += 1
            return self.style.inner[0]
        if self.open_inner:
            self.open_inner -= 1
            return self.style.inner[1]
        return APOSTROPHE  # after a word: the officers' pay

    def unspaced_single(self, after: str) -> str:
        """Return the mark a single quote after a letter or mark of a script written without
        spaces becomes: an inner quotation closed if one is open, else opened, and an
        apostrophe only where a blank or an English word's ending follows."""
        if self.open_inner:
            self.open_inner -= 1
            return self.style.inner[1]
        if not after[:1] or after[0] in BLANKS or LATIN_ENDING.match(after):
            return APOSTROPHE
        self.open_inner += 1
        return self.style.inner[0]


def in_address(text: str, index: int) -> bool:
    """Tell whether a character is part of a web or mail address written out in the text."""
    word = text[max(0, index - ADDRESS_REACH):index]  # an address is one word: look that far
    start = max(word.rfind(" "), word.rfind(">"), word.rfind("\n"), word.rfind("(")) + 1
    return any(mark in word[start:] for mark in ADDRESS)
