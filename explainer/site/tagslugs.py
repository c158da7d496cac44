"""The name of each tag's page, among the tags of one language's pages.

A tag's page is named by its words in lowercase ASCII: tags that differ only in case, accents,
spacing or punctuation ("Politica", "Política") are one tag, with one page. Symbols drop out of
that name, yet some tell tags apart: "C", "C++" and "C#" are three languages. Such tags keep
pages of their own; only when two of them would meet on one name is it spelt out: "C" (all its
slug spells) keeps tags/c.html, C++ gets tags/c-plus-plus.html and C# tags/c-sharp.html. A tag
that meets none keeps the name it always had, so that published addresses stay put.

An emoji, a pictograph or a mark such as ™ tells no tag apart: "music 🎸" is the tag
"music", whose page it shares (and is warned of, as any other spelling), rather than a page
"music-guitar" listing a part of the same explainers.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable

from ..content.spelling.latin import slugify, spelt_out

TAGS_INDEX = "tags/index.html"

# The symbols that make a tag another (C++, C#, AT&T, 100%), with the words that spell them in a
# page's name. '#' after a letter or digit is read as a sharp (C#, F#); before a word it marks
# a hashtag, the same subject as the word (#MeToo is MeToo), and tells no tag apart.
SYMBOL_WORDS = {"+": "plus", "&": "and", "@": "at", "%": "percent", "$": "dollar",
                "*": "star", "=": "equals", "<": "less-than", ">": "greater-than",
                "~": "tilde", "^": "caret", "|": "bar"}
# Besides those, mathematical symbols (≠, ±) and currency signs (€, £): words by their names.
NAMED_SYMBOLS = ("Sm", "Sc")


@functools.cache  # a site has few tags, each on many explainers
def plain_slug(tag: str, language: str = "") -> str:
    """Return the name a tag's page has while no other tag shares it: lowercase ASCII words
    joined by hyphens, other scripts written in Latin letters (Выборы 2024 gives vybory-2024),
    India's as the language of the tag's pages says them if it is written in one.

    A tag in a script that Latin letters do not spell one for one gets a short hash of its text
    after them (سد gives sd-…), and so does a tag with no letter or digit at all ("tag-…"):
    every tag has a page of its own, and a tag "Index" a name that is not the list of tags'.
    """
    slug = slugify(tag, language)
    if not slug or not spelt_out(tag):
        slug = f"{slug or 'tag'}-{short_hash(tag)}"
    return not_the_index(slug)


def short_hash(tag: str) -> str:
    """Return eight hex digits of a hash of a tag's text, alike in any case."""
    return hashlib.sha256(unicodedata.normalize("NFC", tag.casefold().strip())
                          .encode("utf-8")).hexdigest()[:8]


def not_the_index(slug: str) -> str:
    """Return a tag's slug, moved aside if it would name the list of tags."""
    return f"{slug}-tag" if f"tags/{slug}.html" == TAGS_INDEX else slug


def symbol_word(text: str, index: int) -> str | None:
    """Return the words that spell the character at `index` of a tag, if it is a symbol that
    tells tags apart."""
    char = text[index]
    if char == "#":
        return "sharp" if index and text[index - 1].isalnum() else None
    if char in SYMBOL_WORDS:
        return SYMBOL_WORDS[char]
    if char.isascii() or unicodedata.category(char) not in NAMED_SYMBOLS:
        return None
    return unicodedata.name(char, f"u{ord(char):04x}").lower().removesuffix(" sign")


def spelt(tag: str) -> str:
    """Return a tag's text with its symbols written as words: "C++" gives "C plus plus "."""
    text = unicodedata.normalize("NFKC", tag)
    return "".join(f" {word} " if (word := symbol_word(text, index)) else char
                   for index, char in enumerate(text))


@functools.cache
def tag_key(tag: str, language: str = "") -> str:
    """Return what tells a tag apart from others: spellings of one tag have the same key.

    The key is the tag's page name, then, if it holds symbols, those symbols among its words
    (lowercase ASCII, as tag slugs are: related.py holds them apart from country codes). The
    language changes how the name spells a tag of India's scripts, never which tags are one:
    such a name is followed by a hash of the tag."""
    plain = plain_slug(tag, language)
    words = slugify(spelt(tag), language)
    return plain if words == slugify(tag, language) else f"{plain} {words}"


def tag_slugs(tags: Iterable[str], language: str = "") -> dict[str, str]:
    """Return the name of each tag's page, by spelling, among the tags of one language's
    pages: its plain slug, unless another tag shares it (see the module's docstring).

    The names depend on the set of tags alone, not on their order: each build names them
    alike."""
    keys = {tag: tag_key(tag, language) for tag in tags}
    sharing: dict[str, dict[str, list[str]]] = {}  # spellings by key, by plain slug
    for tag, key in keys.items():
        sharing.setdefault(plain_slug(tag, language), {}).setdefault(key, []).append(tag)
    taken = set(sharing)
    named: dict[str, str] = {}
    for plain, shared in sorted(sharing.items()):
        for key, spellings in sorted(shared.items()):
            if len(shared) == 1 or key == plain:
                named[key] = plain
                continue
            slug = not_the_index(min(slugify(spelt(tag), language) for tag in spellings))
            if slug in taken:  # spelt alike by another tag: "C sharp", say, beside C#
                slug = f"{plain}-{short_hash(min(spellings))}"
            taken.add(slug)
            named[key] = slug
    return {tag: named[key] for tag, key in keys.items()}
