"""A count of countries followed, in its sentence, by the names of the countries it counts
("Seven countries met in Riyadh: Saudi Arabia, Egypt, ...") counts those names: it is right if
they are as many, whatever the country list holds, and a slip if not."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

# Twelve countries, more than any sentence below names.
NAMES = ("Saudi Arabia", "Egypt", "Jordan", "Qatar", "United Arab Emirates", "Bahrain", "Oman",
         "Kuwait", "Iraq", "Syria", "Lebanon", "Yemen")
COUNTRIES = "--- countries\ncountries:\n" + "".join(
    f"  - {{name: {name}, role: supporting}}\n" for name in NAMES) + "---\n"
HELD = "section 'summary' says '{}' but the country list has 12 countries"


def warned(text: str, language: str = "en") -> list[str]:
    """Return the warnings, with their place, of a summary of one sentence beside the list;
    the sentence is on line 9 of the file."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"
    return warnings_of(f"--- summary\n---\n{text}\n\n" + COUNTRIES, front)


# (language, a count followed by as many names as it counts, the same with three names only,
# the count as quoted, and its column)
LISTS = [
    ("en", "Seven countries met in Riyadh: Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain "
     "and Oman.", "Seven countries met in Riyadh: Saudi Arabia, Egypt and Jordan.",
     "Seven countries", 1),
    ("fr", "Sept pays se sont réunis à Riyad : l'Arabie saoudite, l'Égypte, la Jordanie, le "
     "Qatar, les Émirats arabes unis, Bahreïn et Oman.",
     "Sept pays se sont réunis à Riyad : l'Arabie saoudite, l'Égypte et la Jordanie.",
     "Sept pays", 1),
    ("es", "Siete países se reunieron en Riad: Arabia Saudí, Egipto, Jordania, Catar, los "
     "Emiratos Árabes Unidos, Baréin y Omán.",
     "Siete países se reunieron en Riad: Arabia Saudí, Egipto y Jordania.", "Siete países", 1),
    ("de", "Sieben Länder trafen sich in Riad: Saudi-Arabien, Ägypten, Jordanien, Katar, die "
     "VAE, Bahrain und Oman.",
     "Sieben Länder trafen sich in Riad: Saudi-Arabien, Ägypten und Jordanien.",
     "Sieben Länder", 1),
    ("ru", "В Эр-Рияде собрались семь стран — Саудовская Аравия, Египет, Иордания, Катар, ОАЭ, "
     "Бахрейн и Оман.", "В Эр-Рияде собрались семь стран — Саудовская Аравия, Египет и "
     "Иордания.", "семь стран", 22),
    ("ar", "عُقدت قمة مصغرة في الرياض بمشاركة قادة سبع دول هي السعودية ومصر والأردن وقطر "
     "والإمارات والكويت والبحرين.",
     "عُقدت قمة مصغرة في الرياض بمشاركة قادة سبع دول هي السعودية ومصر والأردن.", "سبع دول", 40),
    ("it", "Sette paesi si sono riuniti a Riad: Arabia Saudita, Egitto, Giordania, Qatar, "
     "Emirati Arabi Uniti, Bahrein e Oman.",
     "Sette paesi si sono riuniti a Riad: Arabia Saudita, Egitto e Giordania.", "Sette paesi", 1),
]


@pytest.mark.parametrize(("language", "right", "wrong", "count", "column"), LISTS)
def test_a_count_followed_by_its_names_counts_them(language: str, right: str, wrong: str,
                                                   count: str, column: int) -> None:
    # Seven of the list's twelve: right, for the sentence names seven.
    assert warned(right, language) == []
    # The twin: the same count before three names is a slip, told at the count.
    assert warned(wrong, language) == [
        f"content/x.md:9:{column}: warning: section 'summary' says '{count}' but its sentence "
        "then names 3 countries"]


@pytest.mark.parametrize(("text", "named"), [
    ("Seven countries met: Saudi Arabia, Egypt and Jordan.", 3),  # too few
    ("Three countries met: Saudi Arabia, Egypt, Jordan, Qatar and Oman.", 5),  # too many
    ("Seven countries, namely Saudi Arabia, Egypt, Jordan and Qatar, met in Riyadh.", 4),
    ("Seven countries (Saudi Arabia, Egypt, Jordan and Qatar) met in Riyadh.", 4),
    ("Seven countries — Saudi Arabia, Egypt, and Jordan — met in Riyadh.", 3),
    ("More than five countries met: Saudi Arabia, Egypt, Jordan and Qatar.", 4),
])
def test_names_as_many_as_the_count_does_not_say_are_a_slip(text: str, named: int) -> None:
    [warning] = warned(text)
    assert warning.startswith("content/x.md:9:1: warning: section 'summary' says '")
    assert warning.endswith(f"' but its sentence then names {named} countries")


@pytest.mark.parametrize("text", [
    "Seven countries, namely Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain and Oman, met.",
    "Seven countries (Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain and Oman) met.",
    "Seven countries — Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain and Oman — met.",
    "Seven countries met: Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain, and Oman, "
    "which hosted.",
    "Seven countries met: Saudi Arabia, Egypt, Jordan, Qatar, the UAE, Bahrain and Oman on "
    "Tuesday.",
    "Saudi Arabia and six other countries met: Egypt, Jordan, Qatar, the UAE, Bahrain and Oman.",
    "About seven countries met: Saudi Arabia, Egypt, Jordan, Qatar, the UAE and Bahrain.",
])
def test_every_way_of_naming_the_count_s_countries_is_read(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(("text", "count"), [
    # "including" names some only: the count is still held against the list.
    ("Seven countries met, including Saudi Arabia, Egypt and Jordan.", "Seven countries"),
    ("Seven countries met, among them: Saudi Arabia, Egypt and Jordan.", "Seven countries"),
    # The names after another number are that number's, not the count's.
    ("Seven countries signed and two abstained: Egypt and Jordan.", "Seven countries"),
    # What follows the colon is no list of names.
    ("Seven countries met: the talks ran late.", "Seven countries"),
    ("Seven countries met: Saudi Arabia, Egypt, the Gulf states and Oman.", "Seven countries"),
    ("Seven countries met: Saudi Arabia hosted.", "Seven countries"),
])
def test_a_count_whose_sentence_does_not_name_its_countries_is_held_against_the_list(
        text: str, count: str) -> None:
    assert warned(text) == [f"content/x.md:9:1: warning: {HELD.format(count)}"]


def test_a_name_of_two_words_joined_by_and_is_one_name() -> None:
    # Names are read as names of any country, not only of the list's.
    assert warned("Three countries met: Bosnia and Herzegovina, Serbia and Croatia.") == []
    assert warned("Four countries met: Bosnia and Herzegovina, Serbia and Croatia.") == [
        "content/x.md:9:1: warning: section 'summary' says 'Four countries' but its sentence "
        "then names 3 countries"]


@pytest.mark.parametrize(("text", "language"), [
    # A word of some only right after the colon, the dash or the bracket: some of the twelve.
    ("Twelve countries (including Egypt and Jordan) signed the pact.", "en"),
    ("Twelve countries signed the pact: among them Egypt and Jordan.", "en"),
    ("Twelve countries — notably Egypt and Jordan — signed the pact.", "en"),
    ("Douze pays ont signé le pacte (dont l'Égypte et la Jordanie).", "fr"),
    # Two names and a verb after the mark: a clause of their own, not the twelve's names.
    ("Twelve countries took part: Egypt and Jordan led the talks.", "en"),
    ("Twelve countries sent troops – Egypt and Jordan sent the most.", "en"),
    ("Douze pays ont participé : l'Égypte et la Jordanie ont mené les discussions.", "fr"),
])
def test_names_of_some_of_the_count_s_countries_leave_it_to_the_list(text: str,
                                                                       language: str) -> None:
    assert warned(text, language) == []


@pytest.mark.parametrize(("text", "language", "count", "held"), [
    # The twins: some only, with a count the list does not hold, is held against the list...
    ("Seven countries (including Egypt and Jordan) signed the pact.", "en", "Seven countries",
     True),
    ("Seven countries — notably Egypt and Jordan — signed the pact.", "en", "Seven countries",
     True),
    # ... and the same marks before the names alone, or names then a time or a place, count.
    ("Twelve countries (Egypt and Jordan) signed the pact.", "en", "Twelve countries", False),
    ("Twelve countries sent troops – Egypt and Jordan.", "en", "Twelve countries", False),
    ("Twelve countries met: Egypt and Jordan on Tuesday.", "en", "Twelve countries", False),
    ("Twelve countries met: Egypt and Jordan in Riyadh.", "en", "Twelve countries", False),
    ("Douze pays se sont réunis : l'Égypte et la Jordanie mardi.", "fr", "Douze pays", False),
])
def test_a_list_of_some_or_of_all_still_warns_when_it_disagrees(text: str, language: str,
                                                                 count: str, held: bool) -> None:
    said = HELD.format(count) if held else (
        f"section 'summary' says '{count}' but its sentence then names 2 countries")
    assert warned(text, language) == [f"content/x.md:9:1: warning: {said}"]


@pytest.mark.parametrize(("text", "language", "count", "column"), [
    # A bare number right before a colon that opens a list of country names counts them.
    ("Morocco accepted teams from only five: Spain, the United Kingdom, Qatar and the United "
     "Arab Emirates.", "en", "five", 34),
    ("Teams came from 5: Spain, Qatar and Oman.", "en", "5", 17),
    ("Only five: Spain, the United Kingdom, Qatar and the United Arab Emirates.", "en", "five", 6),
    ("Le Maroc n'a accepté que des équipes de cinq : l'Espagne, le Royaume-Uni, le Qatar et "
     "les Émirats arabes unis.", "fr", "cinq", 41),
])
def test_a_bare_count_before_a_colon_of_names_counts_them(text: str, language: str,
                                                         count: str, column: int) -> None:
    names = text.count(",") + 2
    assert warned(text, language) == [
        f"content/x.md:9:{column}: warning: section 'summary' says '{count}' but its sentence "
        f"then names {names} countries"]


@pytest.mark.parametrize(("text", "language"), [
    # The twins: as many names as the bare count, or a qualifier that leaves room, are right;
    ("Morocco accepted teams from only four: Spain, the United Kingdom, Qatar and the United "
     "Arab Emirates.", "en"),
    ("Teams came from 3: Spain, Qatar and Oman.", "en"),
    ("About five: Spain, the United Kingdom, Qatar and Oman.", "en"),
    ("Le Maroc n'a accepté que des équipes de quatre : l'Espagne, le Royaume-Uni, le Qatar et "
     "les Émirats arabes unis.", "fr"),
    # a number that a capitalised word labels is no count, nor is a clause after the colon;
    ("The draw put them in Group 5: Spain, Italy and Croatia.", "en"),
    ("Day 2: Spain, Qatar and Oman.", "en"),
    ("The talks ran until 10: Spain and Qatar left first.", "en"),
])
def test_a_bare_number_before_a_colon_that_fits_or_counts_nothing_is_silent(
        text: str, language: str) -> None:
    assert warned(text, language) == []
