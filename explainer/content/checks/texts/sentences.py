"""Where a number's sentence and clause are, and which of a text's words are the author's.

The editorial checks (claims.py, countclaims.py, dateclaims.py) read the numbers and days a text
gives in their sentence: quoted words are the source's, not the explainer's, and Markdown's
markup is no word, so both are blanked out first, every offset and line kept.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from babel.dates import get_month_names

from ....errors import spaces
from ..amounts.partwords import NAME

if TYPE_CHECKING:
    from ..counting import Counting

# A quotation, straight or as typographers set it: “…”, ‘…’, «…», „…“ or „…”, »…«, ”…”, 「…」; in
# straight single quotes ('…', as British copy has it) only between word breaks, where an
# apostrophe (Haiti's, countries') cannot open or close one. A quotation in straight double
# quotes may run over a line break of its paragraph, not over a blank line. A straight double
# quote between two Hebrew letters is no quotation mark but the gershayim of an abbreviation
# or an acronym (צה"ל, כטב"מים, ש"ח), part of its word.
HEBREW = "\u05d0-\u05ea"
STRAIGHT = rf"(?:(?<![{HEBREW}])\"|\"(?![{HEBREW}]))"  # a quotation mark, not a gershayim
INSIDE = rf"(?:[^\"\n]|(?<=[{HEBREW}])\"(?=[{HEBREW}]))*"  # what a quotation holds on a line
QUOTED = re.compile(rf"{STRAIGHT}{INSIDE}(?:\n(?![ \t]*\n){INSIDE})*{STRAIGHT}"
                    r"|\u201c[^\u201d]*\u201d|\u2018[^\u2019\n]*\u2019"
                    r"|\u00ab[^\u00bb]*\u00bb|\u201e[^\u201c\u201d]*[\u201c\u201d]"
                    r"|\u00bb[^\u00ab]*\u00ab|\u201d[^\u201d\n]*\u201d"
                    r"|(?<!\w)'(?=\w)[^'\n]*(?<=[\w.,!?])'(?!\w)"
                    r"|\u300c[^\u300d]*\u300d|\u300e[^\u300f]*\u300f")
QUOTE_OPENINGS = ('"', "'", "\u201c", "\u2018", "\u00ab", "\u201e", "\u00bb", "\u201d",
                  "\u300c", "\u300e")
# What is left of a quotation a line break parts (checks read a text line by line): an
# opening mark with the rest of its line, or a closing one with the line before it.
QUOTE_TO_END = re.compile("(?:^|(?<=[\\s(\\[:\u2014\u2013]))[\"\u201c\u00ab\u201e]"
                          "[ \u00a0\u202f]?(?=\\S).*")
QUOTE_FROM_START = re.compile("^[^\"\u201c\u201d\u00ab\u00bb\u201e]*?"
                              "[\"\u201d\u00bb\u201c](?=[\\s.,;:!?)]|$)")
# A name in guillemets, as Russian and Ukrainian set the names of firms, venues, ships and
# papers («Крокус Сити Холл», «Азовсталь»): these languages capitalise only a sentence's first
# word, so guillemets around capitalised words alone, with no digit or stop, hold a name, whose
# words are the author's; a quotation («Погибли 143 человека», — сообщил он) stays the source's.
NAME_IN_GUILLEMETS = re.compile(r"\u00ab(?P<name>[А-ЯЁЄІЇҐ](?:[^\W\d_]|['\u2019\u02bc-])*"
                                r"(?:[ \u00a0][А-ЯЁЄІЇҐ](?:[^\W\d_]|['\u2019\u02bc-])*){0,4})"
                                r"\u00bb")
MARKUP_CHARS = "*_`"
LINK_TARGET = re.compile(r"\]\([^)]*\)")
LINE_BREAK = re.compile(r"[ \t]*\n\s*")  # in a quoted amount, one space: "82\nseats"
# The stops that end a sentence, those of other scripts too: the Greek question mark (";",
# or its own code point), the Arabic question mark and semicolon, the Urdu full stop, the
# danda of Bengali and Hindi, Myanmar's, Ethiopic's; and those of Chinese and Japanese, which
# no space follows ("到着した。第二陣は").
SENTENCE_END = re.compile(r"[.;!?\u037e\u061b\u061f\u06d4\u0964\u0965\u104b\u1362\u1367\u1368]"
                          r"(?:\s|$)|[\u3002\uff01\uff1f\uff1b\uff61]")
# What a point ends that is no sentence's end, though a capital follows: an initial ("John F.
# Kennedy", "M. Macron"), an initialism ("the U.S. Supreme Court"), a title before a name ("Dr.
# Tedros", "Atty. Gen. Lynn Fitch"), a case's "v." ("Chevron v. Natural Resources Defense
# Council"); and before a number, a number's "No." ("No. 10") and a month's abbreviation, as
# American newsrooms write a day ("on Nov. 22, six days later").
ABBREVIATED = re.compile(r"(?<![\w.])(?:(?P<letters>(?:[A-Z]\.)*[A-Z])|Mr|Mrs|Ms|Dr|Prof|Gen|Sen"
                         r"|Rep|Gov|Lt|Col|Maj|Brig|Adm|Cmdr|Capt|Sgt|Cpl|Det|Insp|Supt|Atty"
                         r"|Amb|Rev|Hon|Pres|St|Jr|Sr|Mme|Mlle|Sra?|Srta|vs?|(?P<number>No|Nos|Nr"
                         r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\Z")
# A day's number before its point, as German writes a day ("am 16. Dezember"): the point is
# the ordinal's, though the month's capital follows (see capital_month()).
DAY_NUMBER = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])\Z")
# The nouns a letter names one of, whose letter ends a sentence as a word does: "Group B.",
# "Plan B.", "vitamin D.".
LETTERED = frozenset({"group", "plan", "phase", "type", "grade", "class", "category", "pool",
                      "vitamin", "hepatitis", "section", "article", "annex", "part", "zone",
                      "level", "model", "series", "block", "gate", "wing", "ward", "tier"})
# What ends a clause: those stops, a comma or a colon (the Arabic and the ideographic comma
# too), a spaced dash, a bracket, a blank line.
CLAUSE_BREAK = re.compile(r"[.,;:!?\u060c\u061b\u061f\u06d4\u0964\u0965\u104b\u1362\u1363"
                          r"\u1367\u1368](?:\s|$)|[\u3001\uff0c]|\s[\u2013\u2014-]\s|[()]|\n\n")
COMMAS = ",\u060c\u3001\uff0c"
# A date set off by commas, in any script: a year, perhaps after a day and a month, or a
# word such as "on" ("15 July 2024", "le 5 juillet 2024", "۱۵ تیر ۱۴۰۳", "in 2024"); a year in
# ASCII digits of the last century or this one, or of the Solar Hijri calendar's (13xx, 14xx,
# as the checks read Persian digits), not a count ("rose to 2100, from 1800, on Monday").
DATE_ASIDE = re.compile(r"\s*(?:[^\W\d_][\w.]*\s+){0,2}(?:\d{1,2}\.?\s+(?:[^\W\d_][\w.]*\s+)?)?"
                        r"(?:(?:1[349]|20)[0-9]{2}|(?![0-9])\d{4})\s*")


def blank_out(text: str) -> str:
    """Replace quotations and Markdown markup by spaces, keeping every offset and line."""
    # Markup characters become blanks one by one, then link targets as a whole (whatever
    # markup they hold): the same as one pass over both, in a fraction of the time. Each
    # pattern begins with a character that the text must hold for it to match.
    if "\u00ab" in text:  # «Крокус Сити Холл» is a name, not a quotation
        text = NAME_IN_GUILLEMETS.sub(lambda name: f" {name['name']} ", text)
    if any(opening in text for opening in QUOTE_OPENINGS):
        text = QUOTED.sub(spaces, text)
        if "\n" not in text and any(mark in text for mark in "\"\u201c\u201d\u00ab\u00bb\u201e"):
            text = QUOTE_FROM_START.sub(spaces, QUOTE_TO_END.sub(spaces, text))
    for char in MARKUP_CHARS:
        text = text.replace(char, " ")
    return LINK_TARGET.sub(spaces, text) if "](" in text else text


def as_read(text: str, shown: str, start: int, end: int) -> str:
    """Return text[start:end] as the reader sees it, for a warning to quote: the markup that
    blank_out() turned into blanks is left out ("9.5 million** Windows devices" reads "9.5
    million Windows devices"), and a line break with the blanks around it is one space."""
    kept = "".join(c for c, s in zip(text[start:end], shown[start:end], strict=True)
                   if c == s or c.isspace())
    return LINE_BREAK.sub(" ", kept)


def sentence_at(text: str, offset: int, last: int | None = None) -> str:
    """Return the sentence (or paragraph part) around an offset, or around the span from it to
    last, whole where a point inside the span seems to end a sentence ("am 5. März"); a point
    before a word in small letters ends none ("június 24. az a nap", "approx. two")."""
    start = sentence_start(text, offset)
    last = offset if last is None else last
    after = next(sentence_ends(text, last), None)
    paragraph_end = text.find("\n\n", last)
    end = min(x for x in (after.end() if after else len(text),
                          paragraph_end if paragraph_end >= 0 else len(text)))
    return text[start:end]


def paragraph_at(text: str, offset: int) -> tuple[int, str]:
    """Return where the paragraph around an offset starts, and the paragraph."""
    start = text.rfind("\n\n", 0, offset) + 1
    stop = text.find("\n\n", offset)
    return start, text[start:stop if stop >= 0 else len(text)]


def sentence_start(text: str, offset: int) -> int:
    """Return where the sentence (or paragraph part) around an offset starts: after the last
    stop before it, looked for in a widening stretch back to its paragraph's start, so that a
    long text costs no more per sentence than a short one."""
    paragraph = text.rfind("\n\n", 0, offset) + 1
    width = 512
    while True:
        reach = max(paragraph, offset - width)
        start = max((m.end() for m in sentence_ends(text, reach, offset)), default=None)
        if start is not None or reach == paragraph:
            return max(start or 0, paragraph)
        width *= 8


def sentence_ends(text: str, start: int, end: int | None = None) -> Iterator[re.Match[str]]:
    """Yield the stops that end a sentence between start and end: not a point that a word in
    small letters follows, which ends an abbreviation or a date's number, nor one after an
    initial, an initialism or a title before a name (see ABBREVIATED), nor a day's ordinal
    point before a German month ("16. Dezember")."""
    for stop in SENTENCE_END.finditer(text, start, len(text) if end is None else end):
        if stop[0][0] != "." or not (text[stop.end():stop.end() + 1].islower()
                                     or abbreviated(text, stop.start(), stop.end())
                                     or day_point(text, stop.start())):
            yield stop


def day_point(text: str, point: int) -> bool:
    """Tell whether the point at `point` is a day's ordinal point before its month's name in
    capitals ("am 16. Dezember"; see DAY_NUMBER)."""
    return DAY_NUMBER.search(text, max(point - 3, 0), point) is not None and \
        capital_month().match(text, point + 1) is not None


@functools.cache  # once, when a day's point is first met: CLDR's months are read then
def capital_month() -> re.Pattern[str]:
    """Return the pattern of a month's name that German writes, and Austria's, with a capital,
    after the day's ordinal point; the months of the other languages that write a day so
    (Danish, Norwegian, Czech, Polish...) are in small letters."""
    names = {name for locale in ("de", "de_AT")
             for name in get_month_names("wide", locale=locale).values()}
    return re.compile(rf"\s+(?:{'|'.join(sorted(names, key=len, reverse=True))})\b")


def abbreviated(text: str, point: int, after: int) -> bool:
    """Tell whether the point at `point` ends an abbreviation (see ABBREVIATED), the text
    going on at `after`: "No." before a number only, and a letter not after a noun it
    names one of ("Group B.")."""
    found = ABBREVIATED.search(text, max(point - 6, 0), point)
    if found is None:
        return False
    if found["number"]:
        return text[after:after + 1].isdigit()
    if found["letters"] and len(found["letters"]) == 1:
        before = text[max(point - 20, 0):found.start()].split()
        return not before or before[-1].lower() not in LETTERED
    return True


def clause_at(text: str, offset: int) -> str:
    """Return the clause around an offset: its sentence's part between commas, semicolons,
    colons, spaced dashes or brackets ("down from 3.9% in FY2026"), reaching past a date set
    off by commas ("in the second round, on 5 July 2024, 16 million votes") or a bracketed
    aside before the offset ("the reformist (then a deputy) won 53.7%"): one clause still."""
    reach = max(offset - 200, 0)
    before = list(CLAUSE_BREAK.finditer(text, reach, offset))
    while len(before) > 1 and aside(text, before[-2], before[-1]):
        before = before[:-2]
    after = list(itertools.islice(CLAUSE_BREAK.finditer(text, offset, offset + 200), 3))
    while len(after) > 1 and aside(text, after[0], after[1]) and after[1][0][0] != ")":
        after = list(itertools.islice(CLAUSE_BREAK.finditer(text, after[1].end(),
                                                            offset + 200), 3))
    return text[before[-1].end() if before else reach:after[0].start() if after
                else offset + 200]


def aside(text: str, opening: re.Match[str], closing: re.Match[str]) -> bool:
    """Tell whether two clause breaks set off an aside within a clause: a date between commas
    ("، ۱۵ تیر ۱۴۰۳،", ", 1 ianuarie 2025,"), or a bracket's words."""
    if opening[0] == "(" and closing[0] == ")":
        return True
    return opening[0][0] in COMMAS and closing[0][0] in COMMAS and \
        DATE_ASIDE.fullmatch(text, opening.end(), closing.start()) is not None


# A list's first names, each a name and a comma, that a clause starting with a name goes on.
LIST_ITEM = re.compile(rf"(?:^|(?<=[.;:!?,(]))\s*(?P<name>{NAME})\s*,\s*\Z")


def list_head(text: str, start: int, counting: Counting) -> int:
    """Return where a list of names that the clause at start goes on begins ("Labour, Reform
    and the Greens", "KO, Trzecia Droga i Lewica": a list's commas part no clauses), or start
    when the clause opens no list."""
    if re.match(rf"\s*{NAME}", text[start:]) is None:
        return start
    while (item := LIST_ITEM.search(text[:start])) is not None and \
            item["name"].split()[0].lower() not in counting.stop_words:
        start = item.start("name")
    return start
