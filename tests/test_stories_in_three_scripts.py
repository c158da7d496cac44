"""Three explainers as Hebrew, Persian and Thai newsrooms write them (the exchange of strikes
between Iran and Israel in April 2024, Iran's presidential election of 2024, the ruling that
removed Thailand's prime minister) check and build with no warning, read right to left where
the language does, with CLDR's dates and digits (the Solar Hijri calendar for Persian, the
Buddhist era for Thai); and a day planted in a takeaway that the timeline gives otherwise is
warned about, with its file, line and column, a Persian one given in the Solar Hijri calendar
("۱۴ تیر ۱۴۰۳") too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, run_cli, soup, write_project

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
STORIES = {"hebrew-iran.md": "he", "persian-election.md": "fa", "thai-srettha.md": "th"}


@pytest.mark.parametrize("name", STORIES)
def test_a_careful_explainer_gives_no_warning(make_site: Callable[..., Path], name: str) -> None:
    assert explainer_warnings(make_site, name, (FIXTURES / name).read_text(encoding="utf-8")) == []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the three explainers in one site with --strict, and return its output folder."""
    root = write_project(tmp_path_factory.mktemp("scripts") / "site", {
        f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8") for name in STORIES})
    result = run_cli("build", "--root", root, "--strict", "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert ": warning: " not in result.stderr, result.stderr
    return root / "public"


PAGES = [
    ("hebrew-iran.md", "rtl", "חילופי המהלומות בין ישראל לאיראן: מה קרה באפריל 2024",
     [("2024-04-14", "14 באפריל 2024"), ("2024-04-19", "19 באפריל 2024")],
     "כטב\u05f4מים ששוגרו מאיראן"),
    ("persian-election.md", "rtl", "انتخابات ریاست جمهوری ۱۴۰۳: پزشکیان چگونه رئیس جمهور شد",
     [("2024-05-19", "۳۰ اردیبهشت ۱۴۰۳"), ("2024-07-05", "۱۵ تیر ۱۴۰۳")], "۱۶٬۳۸۴٬۴۰۳"),
    ("thai-srettha.md", "ltr", "ศาลรัฐธรรมนูญสั่งเศรษฐาพ้นตำแหน่งนายกรัฐมนตรี",
     [("2023-08-22", "22 สิงหาคม 2566"), ("2024-08-14", "14 สิงหาคม 2567")], "319"),
]


@pytest.mark.parametrize(("name", "direction", "title", "days", "figure"), PAGES)
def test_the_page_reads_in_its_script(built: Path, name: str, direction: str, title: str,
                                      days: list[tuple[str, str]], figure: str) -> None:
    language = STORIES[name]
    page = soup(built / language / name.replace(".md", ".html"))
    html = page.find("html")
    assert html is not None and html["lang"] == language and html["dir"] == direction
    assert page.h1 is not None and page.h1.get_text(strip=True) == title
    assert page.title is not None and page.title.get_text().startswith(title)
    shown = {(time.get("datetime"), time.get_text(" ", strip=True)) for time in page("time")}
    assert set(days) <= shown, shown
    assert figure in page.get_text(), figure


SLIPS = [
    ("hebrew-iran.md", "ב-19 באפריל נשמעו", "ב-18 באפריל נשמעו",
     "30:7: warning: a takeaway gives 18 באפריל, but the timeline dates 'פיצוצים ליד אספהאן' "
     "2024-04-19"),
    # The day in the Solar Hijri calendar, as Iranian newsrooms give it: 5 July 2024 is 15 Tir.
    ("persian-election.md", "دور دوم، ۱۵ تیر ۱۴۰۳،", "دور دوم، ۱۴ تیر ۱۴۰۳،",
     "30:25: warning: a takeaway gives ۱۴ تیر ۱۴۰۳, but the timeline dates 'دور دوم؛ پزشکیان "
     "پیروز شد' 2024-07-05"),
    ("persian-election.md", "دور دوم، ۱۵ تیر ۱۴۰۳،", "دور دوم، ۴ ژوئیه ۲۰۲۴،",
     "30:25: warning: a takeaway gives ۴ ژوئیه ۲۰۲۴, but the timeline dates 'دور دوم؛ پزشکیان "
     "پیروز شد' 2024-07-05"),
    ("thai-srettha.md", "เมื่อวันที่ 14 สิงหาคม ศาล", "เมื่อวันที่ 15 สิงหาคม ศาล",
     "27:17: warning: a takeaway gives 15 สิงหาคม, but the timeline dates "
     "'ศาลรัฐธรรมนูญสั่งให้นายเศรษฐาพ้นจากตำแหน่ง' 2024-08-14"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_the_explainer_is_warned_about(make_site: Callable[..., Path], name: str,
                                                 right: str, wrong: str, warned: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert right in text
    found = explainer_warnings(make_site, name, text.replace(right, wrong, 1))
    assert len(found) == 1 and found[0].startswith(f"content/{name}:{warned}"), found


@pytest.mark.parametrize(("said", "warned"), [
    ("۳۰ اردیبهشت ۱۴۰۳", False),  # 19 May 2024, the crash's day
    ("۳۱ اردیبهشت ۱۴۰۳", True),
    ("۳۰ اردیبهشت‌ماه ۱۴۰۳", False),
    ("۳۱ اردیبهشت‌ماه ۱۴۰۳", True),
    # without its year, in the Solar Hijri year that puts it nearest the timeline's days
    ("۳۰ اردیبهشت", False),
    ("۳۱ اردیبهشت", True),
    ("۳۱ اردیبهشت‌ماه", True),
    ("۲۰ فروردین", False),  # more than a month away: another day
])
def test_a_solar_hijri_day_is_held_against_the_timeline(make_site: Callable[..., Path],
                                                        said: str, warned: bool) -> None:
    text = (FIXTURES / "persian-election.md").read_text(encoding="utf-8")
    right = "  - شورای نگهبان صلاحیت شش نامزد"
    line = f"  - رئیسی روز {said} در سقوط بالگرد در ورزقان کشته شد.\n"
    assert right in text
    found = explainer_warnings(make_site, "persian-election.md",
                               text.replace(right, line + right, 1))
    assert bool(found) == warned, found
