"""A key figure of an age at an event its label names is held to the person's birth."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of

STORIES = {
    "vi": ("Quốc hội bầu ông Tô Lâm làm Chủ tịch nước",
           "Ông Tô Lâm sinh ngày 10 tháng 7 năm {born} tại Hưng Yên.",
           "tuổi của ông Tô Lâm {when}", "khi được bầu",
           ["Ông Võ Văn Thưởng được bầu làm Chủ tịch nước",
            "Ông Tô Lâm được bầu làm Chủ tịch nước", "Ông Tô Lâm được bầu làm Tổng Bí thư"]),
    "en": ("National Assembly elects To Lam president",
           "To Lam was born on 10 July {born} in Hung Yen.", "To Lam's age {when}",
           "when he was elected",
           ["Vo Van Thuong is elected president", "To Lam is elected president",
            "To Lam is elected general secretary"]),
}
DAYS = ["2023-03-02", "2024-05-22", "2024-08-03"]


def age_warnings(language: str, born: int, age: int, when: bool = True) -> list[str]:
    """Return the warnings about an age for a story of an election in a language: a birth
    in the prose, a key figure of the age (at the election, unless when=False)."""
    title, prose, label, at, events = STORIES[language]
    listed = "".join(f"  - date: {day}\n    title: {event}\n"
                     for day, event in zip(DAYS, events, strict=True))
    front = f"---\ntitle: {title}\ndek: D\npublished: 2024-10-25\nlanguage: {language}\n---\n"
    body = (f"--- summary\n---\n{prose.format(born=born)}\n\n--- figures\nfigures:\n"
            f"  - value: \"{age}\"\n    label: {label.format(when=at if when else '')}\n---\n\n"
            f"--- timeline\nsource: https://example.org/\nevents:\n{listed}---\n")
    return [line for line in warnings_of(body, front) if "gives the age" in line]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_age_figure_the_birth_makes_otherwise_is_a_warning(language: str) -> None:
    found = age_warnings(language, 1960, 66)
    assert len(found) == 1, found
    assert f"gives the age 66 on 2024-05-22 ('{STORIES[language][4][1]}'" in found[0]
    assert found[0].endswith("makes it 63")
    assert age_warnings(language, 1957, 66) == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_age_at_one_of_the_events_its_label_names_alike_is_no_warning(
        language: str) -> None:
    assert age_warnings(language, 1957, 67) == []  # the second election's
    assert len(age_warnings(language, 1957, 68)) == 1


def test_an_age_figure_that_names_no_event_is_not_held_to_one() -> None:
    assert age_warnings("en", 1960, 66, when=False) == []
