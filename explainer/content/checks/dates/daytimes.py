"""The times of day a text gives, as each language writes them in figures.

"8:48 p.m.", "8.48pm", "9 p.m." and "20:48" in English; "20.48 Uhr", "20:48 Uhr" or "20 Uhr" in
German; "20 h 48", "20h48" or "20h" in French; "a las 20:48"; "20時48分", "午後8時48分",
"20点48分", "下午8点", "오후 8시 48분"; "20.48 น." or "20 นาฬิกา" in Thai; and in any language
"HH:MM", or "HH.MM" where CLDR writes a time so ("20.48" in Finnish, Danish, Indonesian) or
after the words of an hour ("a las 20.48", "alle 20.48", "às 20.48"). A
zone may follow: "8:48 p.m. EST", "01:48 GMT", "20:48 (UTC+2)". Where CLDR's clock of the
language is the 12-hour one (English's), a time of 12 or less without "a.m." or "p.m." may be
either: "at 8:48" is 8:48 or 20:48.

What is no time of day is left alone: a range ("between 8 and 9 p.m.", "20:00–21:00", "de 20 h
à 21 h", "8時から9時"), a duration ("for 2:30 minutes", "a 2:30 marathon", "en 2 h 30",
"2時間30分") and a score ("won 2:1", whose second number has one figure, as a minute never has).
Digits of any script are read as ASCII's. Swahili counts the hours after "saa" from dawn and
from dusk, six from the 24-hour clock's: "saa 2:48 usiku" is 20:48, "saa 1:30 asubuhi" 7:30,
and without the word of the part of the day, "saa 2:48" is 8:48 or 20:48.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from babel.dates import get_time_format
from babel.numbers import get_decimal_symbol

from ...languages import cldr_locale
from ...numerals import latin_digits
from .dayperiods import in_part_of_day
from .zonenames import GIVEN, zone_names

# Not a number's part ("1,20:48", "2.20"), nor a word's, though a letter of a script written
# without spaces may come just before it ("は20:48に").
NOT_IN_NUMBER = r"(?<![\d.,:/\-])(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
LATIN = re.compile(
    NOT_IN_NUMBER + r"(?P<h>[0-2]?\d)"
    r"(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?(?!\d|[.,:]\d)"
    r"|\s?h(?:\s?(?P<hm>[0-5]\d))?(?!\w))?"
    r"(?:\s?(?P<mark>(?P<half>[ap])(?:\.\s?m\.?|m(?!\w))|Uhr(?!\w)|o['\u2019]clock(?!\w)"
    r"|น\.|นาฬิกา))?",
    re.IGNORECASE)
# The words before an hour where newsrooms part its minutes with a point though CLDR writes a
# colon, in languages of a decimal comma, where "8.36" is no number: "a las 20.11", "desde las
# 8.30", "alle 14.30", "alle ore 18.07", "dalle 9.30", "às 20.11", "pelas 8.30" (not
# Portuguese "das", German's article too).
HOUR_WORDS = re.compile(r"(?<!\w)(?:(?:a|desde|hasta|hacia|sobre)\s+las?|(?:alle|dalle|verso\s+le"
                        r"|entro\s+le)(?:\s+ore)?|às|pelas)\s+\Z", re.IGNORECASE)
# Chinese, Japanese and Korean: the hour, then its word, the minutes, then theirs, the time of
# day first if said ("午後", afternoon); not a count of hours ("2時間", "2시간").
EVENING = "午後|下午|晚上|傍晚|오후|저녁|밤"
MORNING = "午前|上午|凌晨|早上|오전|새벽"
CJK = re.compile(rf"(?:(?P<evening>{EVENING})|(?P<morning>{MORNING}))?\s?" + NOT_IN_NUMBER +
                 r"(?P<h>[0-2]?\d)\s?[時时点點시](?![間间간])"
                 r"(?:\s?(?P<m>[0-5]?\d)\s?[分분](?![钟鐘間间]))?")
ZONE = re.compile(r"\s?\(?(?P<zone>(?:UTC|GMT)(?:\s?[+\-\u2212]\d{1,2}(?::?\d{2})?)?"
                  r"|[A-Z]{2,5})\)?(?![\w+\-\u2212])")
# What joins the two ends of a range, in the languages whose newsrooms write times so: a dash,
# "and", "to", "bis", "à", "a", "y", "tot", "から", "到".
JOINS = (r"[-\u2013\u2014~\uff5e\u301c]|から|至|到|(?<!\w)(?:and|to|till|until|through|und"
         r"|bis|et|à|au|a|al|y|e|hasta|tot|en)(?:\s+(?:las|les|the))?(?!\w)")
RANGE_AFTER = re.compile(rf"\s*(?:{JOINS})\s*\d")
# A range's first end is an hour or its minutes, not a year: "8 septembre 2023 à 23 h 11" is a
# time.
RANGE_BEFORE = re.compile(rf"(?<!\d{{3}})\d\s?(?:[ap]\.?\s?m\.?|h|Uhr|[時时点點시])?\s*"
                          rf"(?:{JOINS})\s*\Z", re.IGNORECASE)
# A duration: after an article or "for", "in" ("a 2:30 marathon", "for 8:48", "en 2 h 30"), or
# before a unit of time ("8:48 minutes", "2:30 Stunden").
DURATION_BEFORE = re.compile(r"(?<!\w)(?:a|an|for|in|un|une|una|uno|ein|eine|einer|einem"
                             r"|einen|een|uma|für|pendant|durante|en|per)\s+\Z", re.IGNORECASE)
DURATION_AFTER = re.compile(r"\s*(?:(?:mins?|minut\w*|hours?|hrs?|secs?|seconds?|stunden?"
                            r"|sekunden?|heures?|horas?|segundos?|ore|uur)(?!\w)"
                            r"|時間|小时|小時|分钟|分鐘|시간)", re.IGNORECASE)

# What says that a time is rounded: "about 8:48", "gegen 20.48 Uhr", "vers 20 h 48", "hacia las
# 20:48", "20時48分頃", "约20点48分", "8시 48분쯤", "1시께", "ประมาณ 20.48 น.".
ABOUT_BEFORE = re.compile(r"(?:(?<!\w)(?:about|around|approximately|roughly|some|circa|c\.|ca\."
                          r"|gegen|etwa|ungefähr|rund|vers|environ|hacia|sobre|alrededor\s+de"
                          r"|cerca\s+de|aproximadamente|verso|intorno\s+alle|por\s+volta\s+d[ae]"
                          r"|omstreeks|rond|ongeveer)(?:\s+(?:las|les|the|alle|às|à))?\s+"
                          r"|~\s?|[約约]|大约|大約|약\s?|(?:ประมาณ|ราว\s?ๆ?)\s*)\Z", re.IGNORECASE)
ABOUT_AFTER = re.compile(r"\s?(?:頃|ごろ|左右|前後|쯤|경|께)")
# Swahili's hours, after "saa", counted from 6:00 and 18:00 (saa moja, the first hour, is
# 7:00 or 19:00); the word after the time says which part of the day, whose hours each holds.
FROM_DAWN = ("sw",)
SAA = re.compile(r"(?<!\w)saa\s+\Z", re.IGNORECASE)
PART_OF_DAY = re.compile(r"\s+(?:za\s+|ya\s+)?(?P<part>alfajiri|asubuhi|mchana|jioni|usiku)"
                         r"(?!\w)", re.IGNORECASE)
PARTS = {"alfajiri": frozenset(range(3, 7)), "asubuhi": frozenset(range(5, 13)),
         "mchana": frozenset(range(11, 17)), "jioni": frozenset(range(15, 20)),
         "usiku": frozenset((*range(19, 24), *range(0, 6)))}


class StatedTime(NamedTuple):
    """A time of day a text gives: the hours it may be on the 24-hour clock (two where a
    12-hour clock does not say which half of the day), its minutes, whether it gives them, the
    zone named after it if any, where it is, and whether it is said to be rounded ("about")."""

    hours: tuple[int, ...]
    minute: int
    to_the_minute: bool
    zone: str | None
    start: int
    end: int
    about: bool = False


class Clockface(NamedTuple):
    """How a language writes a time, as CLDR says: on the 12-hour clock or not, and whether a
    point parts its hours from its minutes ("20.48") where no decimal point may."""

    twelve_hours: bool
    point: bool


@functools.cache
def clockface(language: str) -> Clockface:
    """Return how a language writes a time of day, from CLDR."""
    locale = cldr_locale(language)
    if locale is None:
        return Clockface(False, False)
    pattern = get_time_format("short", locale).pattern
    return Clockface("h" in pattern or "K" in pattern,
                     re.search(r"[Hhk]\.m", pattern) is not None
                     and get_decimal_symbol(locale) != ".")


def stated_times(text: str, language: str) -> Iterator[StatedTime]:
    """Yield each time of day a text gives, in the digits of any script, in its order."""
    text = latin_digits(text)  # one for one: every place stays where it is
    face = clockface(language)
    found = [one for match in LATIN.finditer(text) if (one := latin_time(match, face))] + \
        [one for match in CJK.finditer(text) if (one := cjk_time(match))]
    for one in sorted(found, key=lambda one: one.start):
        if not (RANGE_AFTER.match(text, one.end)
                or RANGE_BEFORE.search(text, max(0, one.start - 24), one.start)
                or DURATION_BEFORE.search(text, max(0, one.start - 12), one.start)
                or DURATION_AFTER.match(text, one.end)):
            if language.split("-")[0].lower() in FROM_DAWN:
                one = from_dawn(text, one)
            elif (part := in_part_of_day(text, one.end, one.hours, language)) is not None:
                one = one._replace(hours=part[0], end=part[1])  # "8.21 de la noche"
            yield zoned(text, one, language)._replace(about=rounded(text, one))


def latin_time(match: re.Match[str], face: Clockface) -> StatedTime | None:
    """Return the time of day a match of LATIN gives, None if it is none: a number alone, a
    point between figures where the language writes none in a time ("2.50") and no word of
    the hour comes before it (see HOUR_WORDS), 25:00."""
    hour, mark, half = int(match["h"]), (match["mark"] or "").lower(), match["half"]
    minute = match["m"] or match["hm"]
    pointed = face.point or HOUR_WORDS.search(match.string, max(0, match.start() - 16),
                                              match.start()) is not None
    if match["sep"] == "." and not mark and not pointed or \
            minute is None and not mark and "h" not in match[0].lower():
        return None
    if half is not None and (not 1 <= hour <= 12 or "." not in mark and not face.twelve_hours):
        return None  # "8 am" of a German "um 8 am Flughafen" is no time
    if half is None and hour > 23:
        return None
    if half is not None:
        hours: tuple[int, ...] = (hour % 12 + (12 if half.lower() == "p" else 0),)
    elif face.twelve_hours and 1 <= hour <= 12 and not mark:
        hours = (hour % 12, hour % 12 + 12)
    else:
        hours = (hour,)
    return StatedTime(hours, int(minute or 0), minute is not None, None, match.start(),
                      match.end())


def from_dawn(text: str, one: StatedTime) -> StatedTime:
    """Return a Swahili time after "saa" on the 24-hour clock: six hours on, in the half of
    the day the word after it names ("saa 2:48 usiku", 20:48), else in either."""
    if SAA.search(text, max(0, one.start - 8), one.start) is None or \
            len(one.hours) != 1 or not 1 <= one.hours[0] <= 12:
        return one
    hour = (one.hours[0] + 6) % 12
    part = PART_OF_DAY.match(text, one.end)
    both = (hour, hour + 12)
    named = tuple(h for h in both if part is not None and h in PARTS[part["part"].lower()])
    return one._replace(hours=named or both)


def cjk_time(match: re.Match[str]) -> StatedTime | None:
    """Return the time of day a match of CJK gives, with its half of the day if said."""
    hour = int(match["h"])
    if hour > (12 if match["evening"] or match["morning"] else 23):
        return None
    if match["evening"]:
        hour = hour % 12 + 12
    elif match["morning"]:
        hour %= 12
    return StatedTime((hour,), int(match["m"] or 0), match["m"] is not None, None,
                      match.start(), match.end())


def rounded(text: str, one: StatedTime) -> bool:
    """Tell whether a time is said to be rounded: "about 8:48", "20時48分頃"."""
    return ABOUT_BEFORE.search(text, max(0, one.start - 24), one.start) is not None or \
        ABOUT_AFTER.match(text, one.end) is not None


def zoned(text: str, one: StatedTime, language: str) -> StatedTime:
    """Return a time with the zone named right after it, if one is: by its offset from UTC,
    or by a name of CLDR's in the language or in English ("UN" after a time is none)."""
    zone = ZONE.match(text, one.end)
    if zone is None or not (GIVEN.fullmatch(zone["zone"]) or zone["zone"] in zone_names(language)):
        return one
    return one._replace(zone=zone["zone"], end=zone.end())
