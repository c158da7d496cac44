"""Slips planted in copies of three English wire stories, on health, technology and markets:
a takeaway with another number than the figures, a day the timeline gives otherwise, a count
of countries the list does not hold. Each is a warning at its file, line and column; the
stories as written have none (test_roles.py builds them with --strict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import assert_slip_warned, slip_warnings

STORIES = Path(__file__).parent / "fixtures" / "stories"
MPOX, OUTAGE = "mpox-emergency-2024.md", "crowdstrike-outage-2024.md"
FED = "fed-rate-cut-september-2024.md"
PRICES = ("  - Consumer prices rose 2.5% in the year to August, the smallest rise since "
          "February 2021.")
JOBLESS = "  - Unemployment was 4.2% in August, up from 3.4% in April 2023."

SLIPS = [
    # A takeaway that gives another number than the figures.
    (MPOX, "15,600 cases and 537 deaths in 2024", "15,600 cases and 637 deaths in 2024",
     ":32:47: warning: takeaway says '637 deaths' but the key figure 'mpox deaths reported in "
     "Congo in 2024 before the declaration'"),
    (MPOX, "Japan pledged 3.05 million doses", "Japan pledged 3.5 million doses",
     ":34:19: warning: takeaway says '3.5 million doses' but the key figure 'doses of LC16 "
     "vaccine pledged by Japan'"),
    (OUTAGE, "estimated that 8.5 million Windows", "estimated that 9.5 million Windows",
     ":32:30: warning: takeaway says '9.5 million Windows devices' but the key figure 'Windows "
     "devices crashed, by Microsoft’s estimate'"),
    (OUTAGE, "Airlines cancelled 5,078 flights", "Airlines cancelled 5,978 flights",
     ":33:24: warning: takeaway says '5,978 flights' but the key figure 'flights cancelled "
     "worldwide on 19 July'"),
    # A range's low end, and a level a projection gives.
    (FED, "half a percentage point, to a range of 4.75%-5%.",
     "half a percentage point, to a range of 4.5%-5%.",
     ":29:68: warning: takeaway says '4.5%' but the key figure 'target range for the federal "
     "funds rate after the cut'"),
    (FED, "2025 at 3.4%.", "2025 at 3.9%.",
     ":31:63: warning: takeaway says '3.9%' but the key figure 'median projection for the rate "
     "at the end of 2025'"),
    # A rise the figure gives, beside the record it is, "since" a time long past.
    (FED, PRICES, PRICES.replace("2.5%", "2.7%"),
     ":32:26: warning: takeaway says '2.7%' but the key figure 'rise in consumer prices in the "
     "year to August 2024'"),
    (FED, PRICES, "  - Consumer prices rose 2.7%, the lowest rate since 2021.",
     ":32:26: warning: takeaway says '2.7%' but the key figure 'rise in consumer prices in the "
     "year to August 2024'"),
    # A level, then the one it rose from: the first is the figure's.
    (FED, JOBLESS, JOBLESS.replace("4.2%", "4.3%"),
     ":33:22: warning: takeaway says '4.3%' but the key figure 'unemployment rate in August "
     "2024'"),
    # A count of countries that fits no part of the list.
    (MPOX, "  - Sweden confirmed", "  - Six countries reported clade Ib. Sweden confirmed",
     ":36:5: warning: takeaway says 'Six countries' but the country list has 9 countries"),
    (OUTAGE, "  - CrowdStrike's shares fell",
     "  - The outage hit seven countries.\n  - CrowdStrike's shares fell",
     ":36:20: warning: takeaway says 'seven countries' but the country list has 6 countries"),
    # A day the timeline gives otherwise than the prose.
    (MPOX, "  - date: 2024-08-15\n", "  - date: 2024-08-16\n",
     ":36:67: warning: a takeaway gives 15 August, but the timeline dates 'Sweden confirms the "
     "first case of clade Ib outside Africa' 2024-08-16"),
    (FED, "  - date: 2024-09-18\n", "  - date: 2024-09-19\n",
     (":4:83: warning: the dek gives 18 September 2024, but the timeline dates 'The Fed cuts "
      "its rate by half a point, to 4.75%-5%' 2024-09-19",
      ":15:3: warning: section 'summary' gives 18 September 2024, but the timeline dates 'The "
      "Fed cuts its rate by half a point, to 4.75%-5%' 2024-09-19")),
    # The prose's past of a verb whose past is another word, the title's present.
    (MPOX, "  - date: 2024-10-05\n", "  - date: 2024-10-06\n",
     ":76:55: warning: section 'prose' gives 5 October, but the timeline dates 'Vaccination "
     "begins in Goma' 2024-10-06"),
    (OUTAGE, "  - date: 2024-07-19 05:27 +00:00\n", "  - date: 2024-07-19 05:37 +00:00\n",
     ":62:34: warning: section 'prose' gives 05:27 UTC, but the timeline times 'CrowdStrike "
     "withdraws the update' 2024-07-19 05:37+00:00"),
    (FED, "  - date: 2023-07-26\n", "  - date: 2023-07-27\n",
     ":56:62: warning: section 'prose' gives 26 July 2023, but the timeline dates 'The Fed "
     "raises its rate to a range of 5.25%-5.5%' 2023-07-27"),
]

# Shapes that are no slip: a rise over the years since a time long past is not the rise of
# the year the figure gives, nor is a month's level before the figure's in a series.
NO_SLIPS = [
    (FED, PRICES, "  - Consumer prices have risen 2.7% since February 2021."),
    (FED, JOBLESS, "  - Unemployment was 4.3% in July and 4.2% in August."),
]


def warnings_of(tmp_path: Path, story: str, written: str, slip: str) -> tuple[list[str], str]:
    """Check a copy of a story with one passage replaced; return its warnings, and stderr."""
    return slip_warnings(tmp_path, STORIES / story, written, slip)


@pytest.mark.parametrize(("story", "written", "slip", "warning"), SLIPS)
def test_a_slip_in_a_story_is_warned_about_at_its_place(
        tmp_path: Path, story: str, written: str, slip: str, warning: str | tuple[str, ...]
) -> None:
    assert_slip_warned(tmp_path, STORIES / story, written, slip, warning)


@pytest.mark.parametrize(("story", "written", "other"), NO_SLIPS)
def test_a_level_of_another_time_is_no_slip(tmp_path: Path, story: str, written: str,
                                            other: str) -> None:
    warnings, stderr = warnings_of(tmp_path, story, written, other)
    assert warnings == [], stderr
