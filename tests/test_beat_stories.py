"""Slips planted in copies of three English stories on beats of their own: an election's
seats, a bridge struck by a ship, a president's martial law and removal. A takeaway with
another number than the figures, a day the timeline gives otherwise, a count of countries the
list does not hold, a court's tally given otherwise: each is a warning at its file, line and
column; the stories as written have none (test_roles.py builds them with --strict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import assert_slip_warned, run_cli, write_project
from .test_checks import warnings_of

STORIES = Path(__file__).parent / "fixtures" / "stories"
INDIA, BRIDGE = "india-general-election-2024.md", "key-bridge-collapse-2024.md"
KOREA = "south-korea-martial-law-2024.md"

SLIPS = [
    # A takeaway that gives another number than the figures.
    (INDIA, "  - The BJP won 240 seats, 32 short", "  - The BJP won 244 seats, 32 short",
     ":28:17: warning: takeaway says '244 seats' but the key figure 'seats won by the BJP' "
     "(line 37) says '240'"),
    (INDIA, "alliance won 293 seats", "alliance won 295 seats",
     ":29:26: warning: takeaway says '295 seats' but the key figure 'seats won by the NDA "
     "alliance' (line 43) says '293'"),
    (INDIA, "The Congress party won 99 seats", "The Congress party won 101 seats",
     ":30:28: warning: takeaway says '101 seats' but the key figure 'seats won by Congress' "
     "(line 45) says '99'"),
    (INDIA, "  - About 642 million people voted", "  - 624 million people voted",
     ":32:5: warning: takeaway says '624 million people' but the key figure 'people who voted' "
     "(line 49) says '642 million'"),
    (BRIDGE, "  - Six road workers on the bridge died", "  - Seven road workers on the bridge died",
     ":29:5: warning: takeaway says 'Seven road workers' but the key figure 'road workers "
     "killed' (line 36) says '6'"),
    (BRIDGE, "was 2.6 kilometres (1.6 miles) long", "was 2.9 kilometres (1.6 miles) long",
     ":30:37: warning: takeaway says '2.9 kilometres' but the key figure 'length of the bridge' "
     "(line 40) says '2.6\u00a0km'"),
    # A ship's crew counted as newsrooms count it, "22 crew".
    (BRIDGE, "the 22 crew aboard the ship survived", "the 23 crew aboard the Dali survived",
     ":29:46: warning: takeaway says '23 crew' but the key figure 'crew aboard the Dali' "
     "(line 38) says '22'"),
    (KOREA, "  - All 190 lawmakers present", "  - All 191 lawmakers present",
     ":27:9: warning: takeaway says '191 lawmakers' but the key figure 'lawmakers who voted to "
     "lift martial law' (line 35) says '190'"),
    # A court's tally spelled out as British newsrooms write it, beside the figure's 8-0.
    (KOREA, "by 8 votes to 0.", "by 7 votes to 1.",
     ":30:72: warning: takeaway says 'by 7 votes to 1' but the key figure 'the vote of the "
     "Constitutional Court to remove Yoon' (line 41) says '8-0'"),
    # A count of countries that fits no part of the list.
    (INDIA, "  - The opposition INDIA bloc won 234 seats.", "  - Two countries held the vote.",
     ":31:5: warning: takeaway says 'Two countries' but the country list has 1 country"),
    (BRIDGE, "  - The bridge, opened in 1977",
     "  - Three countries were involved.\n  - The bridge, opened in 1977",
     ":30:5: warning: takeaway says 'Three countries' but the country list has 2 countries"),
    (KOREA, "  - Yoon lifted martial law about six hours",
     "  - Two countries were involved. Yoon lifted martial law about six hours",
     ":28:5: warning: takeaway says 'Two countries' but the country list has 1 country"),
    # A day the timeline gives otherwise than the prose.
    (INDIA, "  - date: 2024-06-09\n", "  - date: 2024-06-10\n",
     ":18:15: warning: section 'summary' gives 9 June, but the timeline dates 'Modi is sworn in "
     "for a third term as prime minister' 2024-06-10"),
    (INDIA, "  - date: 2024-06-04\n", "  - date: 2024-06-05\n",
     (":4:22: warning: the dek gives 4 June 2024, but the timeline dates 'The votes are "
      "counted, and the BJP falls short of a majority' 2024-06-05",
      # The count's own clause, after a span of days in the same sentence.
      ":14:46: warning: section 'summary' gives 4 June, but the timeline dates 'The votes are "
      "counted, and the BJP falls short of a majority' 2024-06-05")),
    (BRIDGE, "struck a pier of the Francis Scott Key Bridge on 26 March 2024",
     "struck a pier of the Francis Scott Key Bridge on 27 March 2024",
     ":4:76: warning: the dek gives 27 March 2024, but the timeline dates 'The Dali strikes a "
     "pier and the bridge collapses' 2024-03-26"),
    # A time of one of the two happenings an event's title joins.
    (BRIDGE, "  - date: 2024-03-26 01:28 -04:00\n", "  - date: 2024-03-26 01:38 -04:00\n",
     ":13:10: warning: section 'summary' gives 1:28 a.m., but the timeline times 'The Dali "
     "strikes a pier and the bridge collapses' 2024-03-26 01:38-04:00"),
    (BRIDGE, "  - date: 2024-06-10\n", "  - date: 2024-06-11\n",
     (":31:47: warning: a takeaway gives 10 June, but the timeline dates 'The channel to the "
      "port fully reopens' 2024-06-11",
      ":65:68: warning: section 'prose' gives 10 June, but the timeline dates 'The channel to "
      "the port fully reopens' 2024-06-11")),
    (KOREA, "  - date: 2024-12-14\n", "  - date: 2024-12-15\n",
     (":16:72: warning: section 'summary' gives 14 December, but the timeline dates 'The "
      "National Assembly impeaches Yoon' 2024-12-15",  # its clause, before the court's
      ":29:45: warning: a takeaway gives 14 December, but the timeline dates 'The National "
      "Assembly impeaches Yoon' 2024-12-15",
      ":61:35: warning: section 'prose' gives 14 December, but the timeline dates 'The "
      "National Assembly impeaches Yoon' 2024-12-15")),
    (KOREA, "  - date: 2025-04-04\n", "  - date: 2025-04-05\n",
     (":17:3: warning: section 'summary' gives 4 April 2025, but the timeline dates 'The "
      "Constitutional Court removes Yoon from office' 2025-04-05",
      ":30:58: warning: a takeaway gives 4 April 2025, but the timeline dates 'The "
      "Constitutional Court removes Yoon from office' 2025-04-05",
      ":62:35: warning: section 'prose' gives 4 April 2025, but the timeline dates 'The "
      "Constitutional Court removes Yoon from office' 2025-04-05")),
]


@pytest.mark.parametrize(("story", "written", "slip", "warning"), SLIPS)
def test_a_slip_in_a_story_is_warned_about_at_its_place(
        tmp_path: Path, story: str, written: str, slip: str, warning: str | tuple[str, ...]
) -> None:
    assert_slip_warned(tmp_path, STORIES / story, written, slip, warning)


@pytest.mark.parametrize("story", [INDIA, BRIDGE, KOREA])
def test_a_story_as_written_is_checked_with_no_warning(tmp_path: Path, story: str) -> None:
    text = (STORIES / story).read_text(encoding="utf-8")
    root = write_project(tmp_path, {f"content/{story}": text})
    result = run_cli("check", "--strict", "--base-url", "https://example.org/", "--root", root)
    assert result.returncode == 0, result.stderr
    assert ": warning: " not in result.stderr


@pytest.mark.parametrize(("crew", "warned"), [
    ("The ship had 23 crew aboard.", True),
    ("The ship had 22 crew aboard.", False),
    ("The ship had 23 crew members aboard.", True),
])
def test_a_crew_counted_without_members_is_a_count_of_the_crew(crew: str, warned: bool) -> None:
    body = (f"--- takeaways\ntakeaways:\n  - {crew}\n---\n\n--- figures\nfigures:\n"
            '  - value: "22"\n    label: crew aboard the ship\n---\n')
    found = [line for line in warnings_of(body, "---\ntitle: T\ndek: D\n"
                                           "published: 2024-06-20\n---\n\n")
             if "the key figure" in line]
    assert found == (["content/x.md:9:18: warning: takeaway says '23 crew' but "
                      "the key figure 'crew aboard the ship' (line 14) says '22'"]
                     if warned else [])


@pytest.mark.parametrize(("grounded", "warned"), [
    ("The regulator grounded 117 aircraft the next day.", True),
    ("The regulator grounded 171 aircraft the next day.", False),
    ("The regulator grounded 171 aircraft and checked 40 aircraft doors.", False),
])
def test_a_noun_the_same_in_the_plural_is_a_count(grounded: str, warned: bool) -> None:
    body = (f"--- takeaways\ntakeaways:\n  - {grounded}\n---\n\n--- figures\nfigures:\n"
            '  - value: "171"\n    label: aircraft grounded by the regulator\n---\n')
    found = [line for line in warnings_of(body, "---\ntitle: T\ndek: D\n"
                                           "published: 2024-06-20\n---\n\n")
             if "the key figure" in line]
    assert found == (["content/x.md:9:28: warning: takeaway says '117 aircraft' but the key "
                      "figure 'aircraft grounded by the regulator' (line 14) says '171'"]
                     if warned else [])
