"""Hebrew words as readers type them: initials and borrowed sounds with the geresh or the
gershayim (צה״ל, ג׳ו) typed as a quotation mark or an apostrophe (צה"ל, ג'ו) or without, and
a word with the letters Hebrew joins before it (בלבנון, 'in Lebanon') found by the word."""

from __future__ import annotations

import pytest

from explainer.site.terms import joined_words, query_words, words_of

from .searchindex import built_site, found, site_files

# Titles by file name, the newest first (explainer 0).
TITLES = {
    "ceasefire": ("הפסקת האש בלבנון", "2024-11-28"),
    "withdrawal": ("צה״ל נסוג מדרום לבנון", "2024-11-27"),
    "biden": ("ג׳ו ביידן על ההסכם", "2024-11-26"),
    "visit": ("ביקור בארה״ב", "2024-11-25"),
    "monitor": ("ארה״ב תפקח", "2024-11-24"),
}


@pytest.fixture(scope="module")
def hebrew_index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    story = ("---\ntitle: {}\ndek: טקסט.\npublished: {}\nlanguage: he\n---\n\n"
             "--- summary\n---\nטקסט.\n")
    out = built_site(tmp_path_factory.mktemp("hebrew"), {
        f"content/{name}.md": story.format(*texts) for name, texts in TITLES.items()})
    return site_files(out, "he/")


@pytest.mark.parametrize(("query", "expected"), [
    ('צה"ל', {1}), ("צה״ל", {1}), ("צהל", {1}), ("צה”ל", {1}),
    ("ג'ו", {2}), ("ג׳ו ביידן", {2}), ("גו", {2}),
    ('ארה"ב', {3, 4}), ('בארה"ב', {3}),
    ("לבנון", {0, 1}), ("בלבנון", {0}),
    # A letter of the word itself: no text says בנון, nor ידן, alone.
    ("בנון", set()), ("ידן", set())])
def test_a_hebrew_word_is_found_as_readers_type_it(hebrew_index: dict[str, bytes], query: str,
                                                   expected: set[int]) -> None:
    assert found(hebrew_index, query, "he/") == expected


def test_initials_keep_their_letters_together() -> None:
    assert words_of("לצה״ל ג׳ו ארה״ב") == ["לצהל", "גו", "ארהב"]
    assert query_words("צה\"ל ג'ו") == ["צהל", "גו"]
    # Quotation marks around Hebrew words, and apostrophes of other scripts, stay apart.
    assert query_words("”שלום” don't") == ["שלום", "don"]


def test_only_a_word_the_texts_say_alone_is_taken_out_of_a_longer_one() -> None:
    terms = set(words_of("ולבנון לבנון ומהבית בית הסכם"))
    assert joined_words(terms) == {"לבנון": ["ולבנון"], "בית": ["ומהבית"]}
