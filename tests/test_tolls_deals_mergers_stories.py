"""Three English stories of hard numbers: a ceasefire's exchanges counted phase by phase, a
wildfire's toll rising day by day, a merger's store sales raised over months. They build with
no warning; slips planted in copies are warned about at their file, line and column; and the
rules that keep the stories quiet still warn where the same shape says something false."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import assert_slip_warned, run_cli, write_project
from .test_checks import FRONT, warnings_of

STORIES = Path(__file__).parent / "fixtures" / "stories"
GAZA, FIRES = "gaza-ceasefire-hostage-deal-2025.md", "los-angeles-wildfires-2025.md"
MERGER = "kroger-albertsons-merger-blocked.md"
CONTAINED = "  - date: 2025-01-31\n"


def test_the_three_stories_build_strictly_with_no_warning(tmp_path: Path) -> None:
    root = write_project(tmp_path, {f"content/{name}": (STORIES / name).read_text(
        encoding="utf-8") for name in (GAZA, FIRES, MERGER)})
    result = run_cli("build", "--root", root, "--output", root / "out", "--strict",
                     "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert (root / "out" / "kroger-albertsons-merger-blocked.html").is_file()


SLIPS = [
    # A takeaway's figure that the figures give otherwise.
    (FIRES, "destroyed 6,837 structures.", "destroyed 6,387 structures.",
     ":28:58: warning: takeaway says '6,387 structures' but the key figure 'structures "
     "destroyed by the Palisades fire'"),
    (GAZA, "freed 25 living", "freed 26 living",
     ":27:27: warning: takeaway says '26 living Israeli hostages' but the key figure"),
    (MERGER, "sell 579 stores to C&S", "sell 597 stores to C&S",
     ":28:49: warning: takeaway says '597 stores' but the key figure 'stores the chains offered "
     "to sell to C&S Wholesale Grocers'"),
    (MERGER, "Kroger had offered $24.6 billion", "Kroger had offered $26.4 billion",
     ":27:24: warning: takeaway says '$26.4 billion' but the key figure 'value of Kroger"),
    # A day the timeline gives otherwise.
    (FIRES, CONTAINED, "  - date: 2025-01-30\n",
     ":67:34: warning: section 'prose' gives 31 January, but the timeline dates 'Both fires are "
     "declared fully contained' 2025-01-30"),
    (GAZA, "  - date: 2025-01-25\n", "  - date: 2025-01-26\n",
     ":56:4: warning: section 'prose' gives 25 January, but the timeline dates 'Four women "
     "soldiers are freed' 2025-01-26"),
    (MERGER, "  - date: 2024-12-11\n", "  - date: 2024-12-12\n",
     (":30:36: warning: a takeaway gives 11 December, but the timeline dates 'Albertsons ends "
      "the deal and sues Kroger' 2024-12-12",
      ":64:4: warning: section 'prose' gives 11 December, but the timeline dates 'Albertsons "
      "ends the deal and sues Kroger' 2024-12-12")),
    # A death toll lower a day later, with no word of a revision: in a sentence, in a timeline.
    (FIRES, "16 on 11 January and 24 by the evening", "16 on 11 January and 14 by the evening",
     ":60:70: warning: section 'prose' gives a toll of 14, lower than the 16 of an earlier day, "
     "with no word of a revision"),
    (FIRES, CONTAINED, f"  - date: 2025-01-13\n    title: The death toll stands at 16\n{CONTAINED}",
     ":88:37: warning: timeline event gives a toll of 16, lower than the 24 of an earlier day, "
     "with no word of a revision"),
]


@pytest.mark.parametrize(("story", "written", "slip", "warning"), SLIPS)
def test_a_slip_in_a_story_is_warned_about_at_its_place(
        tmp_path: Path, story: str, written: str, slip: str, warning: str | tuple[str, ...]
) -> None:
    assert_slip_warned(tmp_path, STORIES / story, written, slip, warning)


def test_a_toll_revised_down_is_no_slip(tmp_path: Path) -> None:
    text = (STORIES / FIRES).read_text(encoding="utf-8").replace(
        CONTAINED, f"  - date: 2025-01-13\n    title: The death toll is revised down to 16\n"
                   f"{CONTAINED}")
    root = write_project(tmp_path, {f"content/{FIRES}": text})
    result = run_cli("check", "--root", root)
    assert f"content/{FIRES}" not in result.stderr


HOSTAGES = ('\n--- figures\nfigures:\n  - value: "33"\n'
            '    label: Israeli hostages to be freed in the first phase\n---\n')


@pytest.mark.parametrize(("text", "count"), [
    # The first, the last or the remaining few of a whole are a part of it ...
    ("On 22 February the last six living hostages of the first phase were freed.", 0),
    ("The first three hostages of the first phase were freed on 19 January.", 0),
    # ... but not more than the whole, nor a count that no such word picks out.
    ("On 22 February the last 40 hostages of the first phase were freed.", 1),
    ("Six hostages were freed in the first phase.", 1),
])
def test_the_first_or_last_few_are_a_part_of_the_whole(text: str, count: int) -> None:
    said = [line for line in warnings_of(f"--- summary\n---\n{text}\n{HOSTAGES}", FRONT)
            if "key figure" in line]
    assert len(said) == count, said


STORES = ('\n--- figures\nfigures:\n  - value: "579"\n'
          '    label: stores the chains offered to sell\n---\n'
          '\n--- timeline\nevents:\n  - date: 2023-09-08\n'
          '    title: The chains offer to sell 413 stores\n  - date: 2024-04-22\n'
          '    title: The chains raise the sale to 579 stores\n---\n')
LATER = "---\ntitle: T\ndek: D\npublished: 2024-12-16\n---\n"


@pytest.mark.parametrize(("text", "count"), [
    # A month of a year before a later event's level dates an earlier level ...
    ("The chains first offered, in September 2023, to sell 413 stores.", 0),
    ("In September 2023 the chains offered to sell 413 stores.", 0),
    # ... not a month after every event that gives one, nor a month without its year.
    ("The chains offered, in May 2024, to sell 413 stores.", 1),
    ("The chains first offered, in September, to sell 413 stores.", 1),
])
def test_a_level_of_a_month_before_a_later_event_is_an_earlier_one(text: str, count: int
                                                                   ) -> None:
    said = [line for line in warnings_of(f"--- summary\n---\n{text}\n{STORES}", LATER)
            if "key figure" in line]
    assert len(said) == count, said


DEAD = '\n--- figures\nfigures:\n  - value: "31"\n    label: people killed in all\n---\n'


@pytest.mark.parametrize(("text", "count"), [
    ("The toll rose: 10 dead on 9 January, 16 on 11 January and 24 on 12 January.", 0),
    ("The toll went from 16 on 11 January to 14 on 12 January.", 1),
    ("The toll was revised from 16 on 11 January to 14 on 12 January.", 0),
    # Deaths of each day are no toll: fewer may die on a later day.
    ("On 11 January 16 people died, and on 12 January 14 more.", 0),
])
def test_a_toll_that_falls_a_day_later_is_warned_about(text: str, count: int) -> None:
    said = [line for line in warnings_of(f"--- summary\n---\n{text}\n{DEAD}", FRONT)
            if "lower than" in line]
    assert len(said) == count, said


TOLLS = """
--- timeline
events:
  - date: 2024-09-08
    title: The toll in Vietnam reaches 299
  - date: 2024-09-10
    title: The toll in Myanmar reaches 226
  - date: 2024-09-12
    title: The toll in Vietnam stands at 200
---
"""


def test_a_timeline_toll_is_held_against_the_earlier_toll_of_the_same_place() -> None:
    said = [line for line in warnings_of(TOLLS, "---\ntitle: T\ndek: D\npublished: 2024-10-01"
                                                "\n---\n") if "lower than" in line]
    assert said == ["content/x.md:14:42: warning: timeline event gives a toll of 200, lower "
                    "than the 299 of an earlier day, with no word of a revision"]
