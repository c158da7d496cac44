"""Less work per text, the same output: the lean Markdown converters and the faster checks."""

from __future__ import annotations

import difflib
import html
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from explainer.content.checks import Comparable
from explainer.content.checks.counting import english, french
from explainer.content.checks.texts import sentences
from explainer.content.text.markup import (
    CODE_SPAN,
    EXTENSIONS,
    LINK_TARGETS,
    SCHEME,
    URL_SCHEMES,
    Markup,
    may_hold_markdown,
    new_markdown,
    unsafe_links,
)
from explainer.content.text.shortcut import LINE_END_BLANK

from .helpers import REPO

SETTINGS = settings(max_examples=300, deadline=None, database=None)
# Pieces of Markdown, so that random texts are full of syntax, valid and broken.
PIECES = ["*", "**", "_", "__", "[", "]", "(", ")", "![", "<", ">", "&", "&amp;", "`", "\\",
          "#", "- ", "1. ", "> ", "\n", "\n\n", "  \n", "    ", " ", "a", "word", "x_y",
          "http://e.com", "<b>", "</b>", "<!--", "-->", "|", "{", "}", ":", ": ", "*[", "[^1]",
          "```", "~~~", "\t", "\r", "\x02", "\x03", "+", "=", "---", "***", "[x]: /u", "[x]",
          "<http://a.b>", "<a@b.c>", "&#123;", "^", "~", ".", "ſ", "é"]
LINE_STARTS = ["A", "word ", "The ", "(", '"', "é", "1", "- ", "> ", "#", "=", "---", "    x"]
markdown_texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.tuples(st.sampled_from(LINE_STARTS), st.lists(st.sampled_from(PIECES),
                                                              max_size=8)),
             min_size=1, max_size=6).map(lambda lines: "\n".join(s + "".join(p)
                                                                 for s, p in lines)))


def full_parser(markup: Markup, text: str) -> str:
    """Convert text the plain way: every extension and every pattern, as before."""
    if not text.strip():
        return ""
    md = new_markdown(EXTENSIONS)
    return markup._clean(md.convert(text))  # the same sanitiser


@SETTINGS
@given(markdown_texts, st.booleans())
def test_lean_converters_give_what_the_full_parser_gives(text: str, trusted: bool) -> None:
    markup = Markup(trusted)
    assert markup.block(text) == full_parser(markup, text)


@SETTINGS
@given(st.lists(st.sampled_from(["1", "2.", "-", " ", "  ", "\t", "\u00a0", "a", "word", "é",
                                 "*", "[", "\n", "&"]), max_size=6).map("".join))
def test_short_texts_skip_the_parser_as_the_single_pattern_had_them(text: str) -> None:
    # One pattern for the three tests tried each of its alternatives at every character.
    plain = not re.search(r"[\\`*_{}\[\]<>#+|!~&\n]|^\s*[-\d]|  ", text)
    assert may_hold_markdown(text) is not plain


def test_the_seed_and_every_fixture_convert_as_with_the_full_parser() -> None:
    markup = Markup()
    sources = [*REPO.glob("content/*.md"), *REPO.glob("tests/fixtures/**/*.md")]
    texts = [part for path in sources
             for part in path.read_bytes().decode("utf-8", "replace").split("\n---")]
    assert len(texts) > 20
    for text in texts:
        assert markup.block(text) == full_parser(markup, text), text


# The claims' regular expressions as first written; the module's are rewritten to run faster.
PLAIN_COUNT = re.compile(rf"(?<![\w$€£.,])(?P<number>{english.NUMBER}){english.SCALE}"
                         r"(?P<words>(?:\s+[^\W\d_][\w'-]*){1,3})")
PLAIN_CLAIM_NOUN = re.compile(r"countries|nations", re.IGNORECASE)
PLAIN_MARKUP = re.compile(r"[*_`]|\]\([^)]*\)")
claim_texts = st.lists(st.sampled_from(
    ["$", "€", "£", "US$", "uſ$", "US", "USD", "usd", "EUR", "gbp", "R$", "NZ", "A", "é", " ",
     "5", "12", "1,000", "3.5", "million", "bn", "k", "people", "officers", "the", '"',
     "\u201c", "\u201d", "*", "_", "`", "](", ")", "[", "]", "\n", ".", ",", "x", "a1",
     "countries", "NATIONS", "nation", "countr\u0130e\u017f", "Count", "«", "»"]),
    max_size=25).map("".join)


@SETTINGS
@given(claim_texts)
def test_the_faster_claim_patterns_find_what_the_plain_ones_find(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert spans(english.COUNT) == spans(PLAIN_COUNT)
    assert spans(english.CLAIM_NOUN) == spans(PLAIN_CLAIM_NOUN)
    assert english.names_countries(text) is bool(PLAIN_CLAIM_NOUN.search(text))

    def spaces(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match[0])

    unquoted = sentences.QUOTED.sub(spaces, text)
    if "\n" not in text:  # a line: what is left of a quotation a line break parts, too
        unquoted = sentences.QUOTE_TO_END.sub(spaces, unquoted)
        unquoted = sentences.QUOTE_FROM_START.sub(spaces, unquoted)
    assert sentences.blank_out(text) == PLAIN_MARKUP.sub(spaces, unquoted)
    money = [(m.span(), m.groupdict()) for m in english.MONEY.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in english.money_matches(text)] == money


# Counts of countries, made of a lead, a number in figures or words, "other" or not, a noun.
count_texts = st.tuples(*(st.sampled_from(choices) for choices in (
    ["", "x ", '"', "\u201c", "The ", "x\n"], ["9", "12", "nine", "Ten", "twenty", "one", "x"],
    [" ", "  ", "\n", ""], ["", "other ", "OTHER ", "Other\n", "othe ", "\u0130ther "],
    ["countries", "Nations", "nation", "countr\u0130es", "NATIONS"], ["", ".", "x"]))).map("".join)


@SETTINGS
@given(count_texts)
def test_a_count_of_countries_has_a_digit_or_other(text: str) -> None:
    # The country-count check passes over texts without either.
    if english.COUNTRY_CLAIM.search(text):
        assert english.COUNTING.may_count(text) and english.names_countries(text)


french_count_texts = st.tuples(*(st.sampled_from(choices) for choices in (
    ["", "x ", "«", "« ", "«\u00a0", '"', "Les "],
    ["9", "12", "neuf", "Dix-sept", "douze", "un", "x"], [" ", "  ", "\n", "\u00a0", ""],
    ["", "autres ", "AUTRES ", "Autres\n", "autre "], ["pays", "Nations", "PAYS", "nation"],
    ["", ".", "x"]))).map("".join)


@SETTINGS
@given(french_count_texts)
def test_a_french_count_of_countries_passes_the_quick_tests(text: str) -> None:
    if french.COUNTRY_CLAIM.search(text):
        assert french.COUNTING.may_count(text) and french.names_countries(text)


french_money_texts = st.lists(st.sampled_from(
    ["$", "€", "£", "dollars", "Dollar", "euros", "EURO", "livres sterling", "millions", "de",
     "d’", "d'", "360", "1 000", "1\u202f000", "1,5", " ", "\u00a0", "x", "2024"]),
    max_size=12).map("".join)


@SETTINGS
@given(french_money_texts)
def test_french_money_is_looked_for_only_where_a_currency_is_named(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in french.money_matches(text)]
    assert found == [(m.span(), m.groupdict()) for m in french.MONEY.finditer(text)]


takeaway_texts = st.lists(st.sampled_from(
    ["Kenya", "kenya", "leads", "led", "the", "a", "police", "mission", "to", "Haiti", "$360",
     "million", "pledged", "1,000", "officers", "é", " ", ",", "-"]), max_size=12).map(" ".join)


@SETTINGS
@given(takeaway_texts, takeaway_texts)
def test_takeaways_compare_as_the_plain_definition_says(first: str, second: str) -> None:
    words = english.COUNTING.content_words
    a, b = Comparable.of(first, words), Comparable.of(second, words)
    union = a.content | b.content
    plain = difflib.SequenceMatcher(None, a.words, b.words).ratio() >= 0.8 or \
        len(union) >= 3 and len(a.content & b.content) / len(union) >= 0.8
    assert a.similar(b) is plain


PROSE_PIECES = ["word", "The", "é", "’", '"', "'", "$614", "million", "2,206", ".", ",", " ",
                "  ", "\n", "\n\n", "\n\n\n", "*", "**", "***", "(", ")", "-", "1", "1.", ":",
                "=", "\u00a0", "\u2003", "\x0b", "ſ", "[", "]", "](", "[a](", "https://e.com/x",
                "[text of the\nagreement](https://e.com/a-b?c=1#f)", "[a](b)", "[a] (b)", "!",
                "[a](b c)", "[a](<b>)", "_", "&", "[**a**](b)", "[a\n\nb](c)", "[[a]](b)",
                "[x](javascript:alert)", "2019", "1)", "**a\nb**"]
prose_texts = st.lists(st.sampled_from(PROSE_PIECES), max_size=30).map("".join)


@SETTINGS
@given(prose_texts, st.booleans())
def test_plain_prose_converts_as_with_the_full_parser(text: str, trusted: bool) -> None:
    markup = Markup(trusted)
    assert markup.block(text) == full_parser(markup, text)


@SETTINGS
@given(prose_texts)
def test_a_line_ending_in_a_blank_is_found_as_the_plain_pattern_finds_it(text: str) -> None:
    assert bool(LINE_END_BLANK.search(text)) is bool(re.search(r"[^\S\n]\n", text))


def plain_unsafe_links(text: str) -> list[tuple[int, int, str]]:
    """Find unsafe links as first written: every line outside code blocks, every pattern."""
    found, fence = [], None
    for offset, line in enumerate(text.split("\n")):
        marker = line.lstrip()[:3]
        if marker in ("```", "~~~"):
            fence = marker if fence is None else (None if marker == fence else fence)
            continue
        if fence is not None:
            continue
        visible = CODE_SPAN.sub(lambda m: " " * len(m[0]), line)
        for pattern in LINK_TARGETS:
            for match in pattern.finditer(visible):
                url = re.sub(r"[\x00-\x20\\]", "", html.unescape(match["url"])).lower()
                scheme = SCHEME.match(url)
                if scheme and scheme[1] not in URL_SCHEMES:
                    found.append((offset, match.start("url") + 1, match["url"]))
    return found


LINK_PIECES = ["[a](", "](", "]:", "[r]: ", "   [r]:", "[x]", "(", ")", "<", ">", "javascript:",
               "JavaScript:", "java\tscript:", "&#106;avascript:", "data:x", "https://e.com",
               "mailto:a@b.c", "`", "``", "```", "~~~", " ", "\n", "a", "[", "]", ":"]


@SETTINGS
@given(st.lists(st.sampled_from(LINK_PIECES), max_size=25).map("".join))
# A link that starts inside the address of a reference-like ']:' before it.
@example("See ]:https://e.com[a](javascript:alert(1))")
def test_unsafe_links_are_found_as_the_plain_way_finds_them(text: str) -> None:
    assert unsafe_links(text) == plain_unsafe_links(text)
