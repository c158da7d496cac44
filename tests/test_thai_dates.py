"""Thai prose, written without spaces between words, is held to its timeline's days: its
sentences are matched with the events' titles by their pairs of syllables, and a year of the
Buddhist era (2566) is the Gregorian year 543 years before it (2023), never a wrong year."""

from __future__ import annotations

import pytest

from explainer.content.checks.texts.ideographs import written_words

from .test_date_claims import day_warnings

TIMELINE = ("\n\n--- timeline\nsource: https://example.org/\nevents:\n"
            "  - date: 2023-05-14\n    title: วันเลือกตั้งทั่วไป\n"
            "  - date: 2023-08-22\n    title: รัฐสภาเลือกนายเศรษฐา ทวีสิน เป็นนายกรัฐมนตรี\n---\n")
FRONT = "---\ntitle: T\ndek: D\npublished: 2023-08-23\nlanguage: th\n---\n\n--- summary\n---\n"
# The parliament's vote, told in other words than the title's and with no space between them.
VOTE = "แต่เมื่อวันที่ {day} รัฐสภาลงมติเลือกนายเศรษฐา ทวีสิน จากพรรคเพื่อไทยเป็นนายกรัฐมนตรีคนที่ 30"


@pytest.mark.parametrize("day", ["22 สิงหาคม พ.ศ. 2566", "22 ส.ค. 2566", "๒๒ สิงหาคม ๒๕๖๖",
                                 "22 สิงหาคม 2023", "22 สิงหาคม ค.ศ. 2023"])
def test_a_thai_day_that_agrees_in_either_era_is_no_warning(day: str) -> None:
    assert day_warnings(FRONT + VOTE.format(day=day) + TIMELINE) == []


@pytest.mark.parametrize("day", ["21 สิงหาคม พ.ศ. 2566", "๒๑ สิงหาคม ๒๕๖๖", "21 ส.ค. 2023"])
def test_a_thai_day_the_timeline_gives_otherwise_is_warned_of(day: str) -> None:
    assert day_warnings(FRONT + VOTE.format(day=day) + TIMELINE) == [
        f"content/x.md:10:16: warning: section 'summary' gives {day}, but the timeline dates "
        "'รัฐสภาเลือกนายเศรษฐา ทวีสิน เป็นนายกรัฐมนตรี' 2023-08-22 (line 17)"]


def test_a_thai_run_s_words_are_its_pairs_of_syllables() -> None:
    assert written_words("เลือกนายเศรษฐา") == {"lueaknai", "naiset", "settha"}
