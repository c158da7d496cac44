"""A text in capitals as its language writes them, for the words the build draws in capitals
itself (the site's name on the social cards and the logo), as a browser's `text-transform:
uppercase` sets those of a page: Turkish and Azerbaijani i as İ (Bilgi gives BİLGİ), and Greek
without the accents that Greek capitals do not carry (Επεξηγήσεις gives ΕΠΕΞΗΓΗΣΕΙΣ, not
ΕΠΕΞΗΓΉΣΕΙΣ), but with a diaeresis where the accent parted two vowels (Μάιος gives ΜΑΪΟΣ, not
the one sound of ΜΑΙΟΣ); ή alone, the word "or", keeps its accent (Ή)."""

from __future__ import annotations

import re
import unicodedata

# The languages whose capital of 'i' is the dotted 'İ': Turkish and Azerbaijani.
DOTTED_I = ("tr", "az")
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Of a decomposed text: a Greek letter's accents and breathings (oxia, varia, perispomeni,
# psili, dasia), after its diaeresis if it has one; its iota subscript stays, a capital's Ι.
ACCENTS = re.compile("([\u0391-\u03a9\u03b1-\u03c9]\u0308?)[\u0300\u0301\u0313\u0314\u0342]+")
# A vowel whose accent parts it from the ι or υ after it: ά-ι is two sounds, αι one.
PARTED = re.compile("([αεηουΑΕΗΟΥ][\u0300\u0301\u0342])([ιυΙΥ])(?![\u0300-\u036f]*\u0308)")
ALONE_ETA = re.compile(r"(?<![^\W\d_])[ηΗ]\u0301(?![^\W\d_]|[\u0300-\u036f])")


def base_language(language: str) -> str:
    """Return the language of a tag, without its script or region: 'sv' for 'sv-FI'."""
    return re.split(r"[-_]", language.lower(), maxsplit=1)[0]


def capitals(text: str, language: str) -> str:
    """Return a text in capitals, as the language it is written in writes them."""
    if base_language(language) in DOTTED_I:
        text = text.replace("i", "\u0130")
    if GREEK.search(text):
        text = unicodedata.normalize("NFC", unaccented(unicodedata.normalize("NFD", text)))
    return text.upper()


def unaccented(text: str) -> str:
    """Return a decomposed Greek text without its accents, a diaeresis on the vowel an accent
    parted from the one before it, and the lone ή, a word of its own, as Ή."""
    text = ALONE_ETA.sub("\u0389", text)  # precomposed: no letter ACCENTS looks for
    text = PARTED.sub(lambda pair: pair[1] + pair[2] + "\u0308", text)
    return ACCENTS.sub(lambda accented: accented[1], text)
