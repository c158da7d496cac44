"""Language tags (BCP 47, as in <html lang>): how they are written and where their pages go."""

from __future__ import annotations

import functools
import re

from babel import Locale, UnknownLocaleError

LANGUAGE = re.compile(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")  # to fullmatch: "$" lets "\n" end it
ENGLISH = "en"
# CLDR's 'en' is American English ("June 26, 2024"); a bare 'en' means international English,
# "26 June 2024", as most English-language newsrooms outside the United States write it.
CLDR_LOCALES = {"en": "en_001"}
# A macrolanguage's tag, for the written standard its pages are almost always in: a page in 'no'
# (Norwegian) is in Bokmål, which is what CLDR's own data for 'no' is; Nynorsk is tagged 'nn'.
WRITTEN_AS = {"no": "nb"}


def canonical_tag(tag: str) -> str:
    """Return a language tag in its usual case: fr, fr-CA, zh-Hant-TW, es-419."""
    first, *rest = tag.split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 4 and part.isalpha():
            parts.append(part.title())  # a script
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            parts.append(part.upper())  # a region
        else:
            parts.append(part.lower())
    return "-".join(parts)


def tag_named(name: str) -> str | None:
    """Return the tag of a language written by its name, in English or in itself ('French',
    'français' give fr), or None (only when a name is given for a tag: it reads CLDR widely)."""
    wanted = " ".join(name.casefold().split())
    english = Locale.parse("en").languages
    for tag in sorted(english, key=lambda tag: (len(tag), tag)):  # fr before fr_CA, frc
        if english[tag].casefold() == wanted:
            return canonical_tag(tag.replace("_", "-"))
    for tag in sorted(tag for tag in english if len(tag) == 2):
        locale = cldr_locale(tag)
        own = locale.get_display_name(tag) if locale is not None else None
        if own and own.casefold() == wanted:
            return tag
    return None


def tag_meant(text: str) -> tuple[str, str] | None:
    """Return the tag a language written otherwise than by its tag stands for, and why it is
    not that tag where it looks like one: a locale's name (fr_FR, "en US": fr-FR, en-US), a
    language's name (French, français: fr), a country's code ("gr": el, Greece's code, not a
    language's) or a language's three-letter code where a tag has two letters ("deu": de);
    None if it stands for none, or is the tag."""
    hyphened = "-".join(text.replace("_", "-").split())
    if not LANGUAGE.fullmatch(hyphened):
        named = tag_named(text)
        return (named, "") if named else None
    first, *rest = hyphened.split("-")
    shorter = two_letter_code(first)
    if shorter is not None:
        meant = canonical_tag("-".join([shorter, *rest]))
        return meant, f"'{first}' is the three-letter code of {english_name(meant)}, whose " \
            f"tag has two letters"
    if cldr_locale(hyphened) is not None:
        return (canonical_tag(hyphened), "") if hyphened != text else None
    english = cldr_locale(ENGLISH)
    country = english.territories.get(first.upper()) if english and len(first) == 2 else None
    from babel.core import get_global  # only a tag CLDR does not know needs it

    likely = get_global("likely_subtags").get(f"und_{first.upper()}", "")
    if country is None or not likely:
        return None
    return canonical_tag("-".join([likely.split("_")[0], *rest])), \
        f"'{first}' is the code of the country {country}, not of a language"


def two_letter_code(code: str) -> str | None:
    """Return ISO 639-1's code of a language given by ISO 639-2's (deu, ger: de), or None."""
    if len(code) != 3:
        return None
    import pycountry  # only a three-letter tag needs it

    found = pycountry.languages.get(alpha_3=code.lower()) or \
        pycountry.languages.get(bibliographic=code.lower())
    return getattr(found, "alpha_2", None)


def tag_slip(tag: str) -> tuple[str, str] | None:
    """Return the message and the hint of a warning about a language tag that is written as
    one but stands for another language or for none CLDR knows, or None."""
    meant = tag_meant(tag)
    if meant is not None and meant[1]:
        return meant[1], f"write the tag of its language: {meant[0]} ({english_name(meant[0])})"
    if cldr_locale(tag) is None:
        return (f"CLDR has no data for '{tag}': its dates and numbers are written as in "
                "English", "check the language tag")
    return None


def english_name(tag: str) -> str:
    """Return the English name of a tag's language, as CLDR gives it ('pt-PT': Portuguese), or
    the tag."""
    return cldr_locale(ENGLISH).languages.get(tag.split("-")[0], tag)  # type: ignore[union-attr]


def broader_tags(tag: str) -> list[str]:
    """Return a tag and the broader tags it falls back on: fr-CA, then fr."""
    parts = tag.split("-")
    return ["-".join(parts[:end]) for end in range(len(parts), 0, -1)]


@functools.cache  # asked for every page's masthead and every name: CLDR is read once a tag
def words_tags(tag: str) -> tuple[str, ...]:
    """Return the tags a language's words are looked up under: its own and the broader ones in
    its script, then those of the written standard a macrolanguage's tag stands for (no-NO, no,
    nb). A language written in two scripts keeps to the tag's: sr-ME, sr-Latn (Montenegro's
    Serbian is in Latin letters), never sr's Cyrillic words; zh-TW, zh-Hant."""
    *narrower, language = broader_tags(tag)
    script = script_of(tag)
    if script is not None and script != script_of(language):
        narrower.append(f"{language}-{script}")
    tags = [part for part in dict.fromkeys([*narrower, language])
            if script is None or script_of(part) in (script, None)]
    return (*tags, *(WRITTEN_AS[part] for part in tags if part in WRITTEN_AS))


def script_of(tag: str) -> str | None:
    """Return the script a tag's language is written in: the one it names (sr-Latn), else the
    one CLDR takes its language and region to be written in (sr: Cyrl, sr-ME: Latn), or None."""
    from babel.core import get_global  # Babel reads its global data once, when first asked

    language, *rest = tag.split("-")
    named = [part for part in rest if len(part) == 4 and part.isalpha()]
    if named:
        return named[0].title()
    likely = get_global("likely_subtags")
    regions = [part.upper() for part in rest if len(part) == 2 and part.isalpha()]
    found = likely.get(f"{language.lower()}_{regions[0]}" if regions else "") \
        or likely.get(language.lower(), "")
    script = found.split("_")[1] if found.count("_") == 2 else ""
    return script or None


def is_english(tag: str) -> bool:
    """Tell whether a tag names English, of any region."""
    return tag.split("-")[0] == ENGLISH


def language_folder(tag: str, site_language: str) -> str:
    """Return the folder of a language's pages: the top for the site's language, else 'fr/'."""
    return "" if tag == site_language else tag.lower() + "/"


@functools.cache  # Babel reads a locale's data from disk: once per language and process
def cldr_locale(language: str) -> Locale | None:
    """Return the CLDR locale of a language tag, or of the broadest tag CLDR knows."""
    for tag in broader_tags(language):
        try:
            return Locale.parse(CLDR_LOCALES.get(tag, tag.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            continue
    return None


def language_locale(locale: Locale) -> str:
    """Return the tag of the CLDR locale of a locale's language in its script, whose regions'
    locales are of that language as well: en for en_GB and en_001, de for de_AT, zh_Hant for
    zh_Hant_TW, sr_Latn for sr_Latn_ME."""
    return f"{locale.language}_{locale.script}" if locale.script else locale.language


def cldr_lineage(tag: str) -> list[str]:
    """Return a CLDR locale's tag and the tags of those it inherits its data from, as Babel
    reads them: pt-AO, pt-PT, pt; es-MX, es-419, es; zh-Hant-HK, zh-Hant (whose parent is
    CLDR's root, not zh, which is written in another script)."""
    from babel.core import get_global  # only pages in other languages than English need it

    parents = get_global("parent_exceptions")
    chain = [tag]
    while True:
        parent = parents.get(chain[-1].replace("-", "_"), "").replace("_", "-")
        parent = parent or ("" if in_other_script(chain[-1]) else chain[-1].rpartition("-")[0])
        if parent in ("", "root"):
            return chain
        chain.append(parent)


def in_other_script(tag: str) -> bool:
    """Tell whether a tag is a language in a script other than its usual one, which CLDR
    makes inherit from no locale of that language: zh-Hant (zh is Simplified), sr-Latn."""
    from babel.core import get_global

    parts = tag.split("-")
    if len(parts) != 2 or len(parts[1]) != 4 or not parts[1].isalpha():
        return False
    likely = get_global("likely_subtags").get(parts[0], "").split("_")
    return len(likely) > 1 and likely[1].casefold() != parts[1].casefold()
