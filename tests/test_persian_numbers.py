"""The checks read Persian numbers: Persian digits with "٬" between thousands and "٫" or "/"
as the decimal mark, "درصد", numbers in words ("بیست و یک"), counts of countries with the noun
singular ("سه کشور", "۹ کشور دیگر"). A slip planted in a Persian explainer, a figure a
takeaway or a section gives otherwise or a count the country list contradicts, is warned about
with its file, line and column; a Persian explainer that agrees builds with --strict and no
warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import explainer_warnings, planted_warnings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
ELECTION, DEAL = "persian-election.md", "persian-tavafoq.md"


SLIPS = [
    (ELECTION, "با **۱۶٬۳۸۴٬۴۰۳ رأی**", "با **۱۶٬۴۸۴٬۴۰۳ رأی**",
     "19:6: warning: section 'summary' says '۱۶٬۴۸۴٬۴۰۳ رأی' but the key figure 'آرای مسعود "
     "پزشکیان در دور دوم' (line 36) says '۱۶٬۳۸۴٬۴۰۳'"),
    # The round is named before a date set off by commas: "در دور دوم، ۱۵ تیر ۱۴۰۳، ..."
    (ELECTION, "۱۶٬۳۸۴٬۴۰۳ رأی آورد", "۱۶٬۳۸۴٬۵۰۳ رأی آورد",
     "30:38: warning: takeaway says '۱۶٬۳۸۴٬۵۰۳ رأی' but the key figure 'آرای مسعود پزشکیان در "
     "دور دوم' (line 36) says '۱۶٬۳۸۴٬۴۰۳'"),
    (ELECTION, "به ۴۹٫۸ درصد در دور دوم", "به ۴۸٫۹ درصد در دور دوم",
     "31:40: warning: takeaway says '۴۸٫۹ درصد' but the key figure 'مشارکت در دور دوم' "
     "(line 42) says '۴۹٫۸٪'"),
    (ELECTION, "مشارکت در دور نخست ۳۹٫۹ درصد", "مشارکت در دور نخست ۳۹٫۵ درصد",
     "23:20: warning: section 'why-it-matters' says '۳۹٫۵ درصد' but the key figure 'مشارکت در "
     "دور نخست' (line 40) says '۳۹٫۹٪'"),
    (DEAL, "به هفت سال قطع رابطه", "به هشت سال قطع رابطه",
     "24:18: warning: takeaway says 'هشت سال' but the key figure 'سال قطع رابطه دیپلماتیک' "
     "(line 31) says '۷'"),
    (DEAL, "در پنج دور در بغداد", "در شش دور در بغداد",
     "26:25: warning: takeaway says 'شش دور' but the key figure 'دور گفت‌وگو در بغداد پیش از "
     "توافق' (line 33) says '۵'"),
    (DEAL, "بیانیه مشترک سه کشور", "بیانیه مشترک چهار کشور",
     "15:29: warning: section 'summary' says 'چهار کشور' but the country list has 3 countries"),
]


@pytest.mark.parametrize(("name", "right", "wrong", "warned"), SLIPS)
def test_a_slip_in_a_persian_explainer_is_warned_about(make_site: Callable[..., Path], name: str,
                                                       right: str, wrong: str,
                                                       warned: str) -> None:
    found = planted_warnings(make_site, FIXTURES / name, right, wrong)
    assert found == [f"content/{name}:{warned}"], found


def test_the_persian_explainers_build_strictly(make_site: Callable[..., Path],
                                               tmp_path: Path) -> None:
    root = make_site({f"content/{name}": (FIXTURES / name).read_text(encoding="utf-8")
                      for name in (ELECTION, DEAL)})
    out = tmp_path / "public"
    result = run_cli("build", "--root", root, "--output", out, "--base-url",
                     "https://example.org/", "--strict")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr
    assert (out / "fa" / DEAL.replace(".md", ".html")).is_file()


def persian(summary: str, value: str = "۳٫۵٪", label: str = "نرخ سود سپرده") -> str:
    """Return a Persian explainer with a summary, a key figure and a country list of three."""
    return ("---\ntitle: ت\ndek: د.\npublished: 2024-06-06\nlanguage: fa\n---\n\n--- summary\n"
            f"---\n{summary}\n\n--- figures\nfigures:\n  - value: \"{value}\"\n"
            f"    label: {label}\n---\n\n--- countries\ncountries:\n  - {{name: Iran}}\n"
            "  - {name: Iraq}\n  - {name: Oman}\n---\n")


@pytest.mark.parametrize(("summary", "warned"), [
    ("در این نشست سه کشور شرکت کردند.", None),
    ("در این نشست پنج کشور شرکت کردند.", "10:13: warning: section 'summary' says 'پنج کشور' "
     "but the country list has 3 countries"),
    ("در این نشست ۱۲ کشور شرکت کردند.", "10:13: warning: section 'summary' says '۱۲ کشور' "
     "but the country list has 3 countries"),
    ("در این نشست بیست و یک کشور شرکت کردند.", "10:13: warning: section 'summary' says 'بیست "
     "و یک کشور' but the country list has 3 countries"),
    # One left out: Iran and two other countries.
    ("ایران و دو کشور دیگر شرکت کردند.", None),
    ("ایران و چهار کشور دیگر شرکت کردند.", "10:9: warning: section 'summary' says 'چهار کشور "
     "دیگر' but the country list has 3 countries"),
    # Persian has no article: "دو کشور" in words is the story's pair, "the two countries";
    # a demonstrative points back; in figures it counts.
    ("ایران و عراق توافق کردند و دو کشور سفیر فرستادند.", None),
    ("ایران، عراق و عمان و نیز هر دو کشور همسایه.", None),
    ("ایران و عراق توافق کردند و ۲ کشور سفیر فرستادند.", "10:28: warning: section 'summary' "
     "says '۲ کشور' but the country list has 3 countries"),
    # Nine ("نه", also "no") before a noun of countries counts them.
    ("نه کشور شرکت کردند.", "10:1: warning: section 'summary' says 'نه کشور' but the country "
     "list has 3 countries"),
    ("۲۷ کشور عضو اتحادیه اروپا حمایت کردند.", None),
    # The zero-width non-joiner of the plural, and another whole's countries.
    ("پنج کشور‌ عضو اتحادیه اروپا از این توافق حمایت کردند.", None),
])
def test_counts_of_countries_in_persian(make_site: Callable[..., Path], summary: str,
                                        warned: str | None) -> None:
    found = explainer_warnings(make_site, "a.md", persian(summary))
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found


@pytest.mark.parametrize(("summary", "value", "label", "warned"), [
    # "٫" or "/" as the decimal mark; "درصد" or "٪".
    ("نرخ سود سپرده ۳٫۵ درصد است.", "۳٫۵٪", "نرخ سود سپرده", None),
    ("نرخ سود سپرده ۳/۵ درصد است.", "۳٫۵٪", "نرخ سود سپرده", None),
    ("نرخ سود سپرده ۳/۷۵ درصد است.", "۳٫۵٪", "نرخ سود سپرده", "10:15: warning: section "
     "'summary' says '۳/۷۵ درصد' but the key figure 'نرخ سود سپرده' (line 14) says '۳٫۵٪'"),
    # A qualifier: about 3.4% may be 3.5%.
    ("نرخ سود سپرده حدود ۳٫۴ درصد است.", "۳٫۵٪", "نرخ سود سپرده", None),
    # "At least 12,000" is not 15,000's contradiction; "at least 18,000" is.
    ("دست‌کم ۱۲ هزار نیروی پلیس اعزام شدند.", "۱۵ هزار", "نیروی پلیس اعزام‌شده", None),
    ("دست‌کم ۱۸ هزار نیروی پلیس اعزام شدند.", "۱۵ هزار", "نیروی پلیس اعزام‌شده", "10:8: "
     "warning: section 'summary' says '۱۸ هزار نیروی' but the key figure 'نیروی پلیس "
     "اعزام\u200cشده' (line 14) says '۱۵ هزار'"),
    ("یک میلیون نفر آواره شدند.", "۲ میلیون", "نفر آواره", "10:1: warning: section 'summary' "
     "says 'یک میلیون نفر' but the key figure 'نفر آواره' (line 14) says '۲ میلیون'"),
    # A change, not a level: "rose by 2%".
    ("نرخ سود سپرده ۲ درصد افزایش یافت.", "۳٫۵٪", "نرخ سود سپرده", None),
    ("نرخ سود سپرده به ۲ درصد رسید.", "۳٫۵٪", "نرخ سود سپرده", "10:18: warning: section "
     "'summary' says '۲ درصد' but the key figure 'نرخ سود سپرده' (line 14) says '۳٫۵٪'"),
    # Money: a scale and a currency after the number.
    ("بودجه طرح ۲ میلیارد دلار است.", "۲ میلیارد دلار", "بودجه طرح", None),
    ("بودجه طرح ۳ میلیارد دلار است.", "۲ میلیارد دلار", "بودجه طرح", "10:11: warning: "
     "section 'summary' says '۳ میلیارد دلار' but the key figure 'بودجه طرح' (line 14) says "
     "'۲ میلیارد دلار'"),
    ("بودجه طرح ۵۰۰ هزار تومان است.", "۶۰۰ هزار تومان", "بودجه طرح", "10:11: warning: "
     "section 'summary' says '۵۰۰ هزار تومان' but the key figure 'بودجه طرح' (line 14) says "
     "'۶۰۰ هزار تومان'"),
    # A label's round against a sentence's: another round is another level; the same warns.
    ("در دور نخست، پزشکیان با ۱۰ میلیون رأی اول شد و جلیلی دوم.", "۱۶ میلیون",
     "آرای پزشکیان در دور دوم", None),
    ("در دور دوم، پزشکیان با ۱۰ میلیون رأی اول شد و جلیلی دوم.", "۱۶ میلیون",
     "آرای پزشکیان در دور دوم", "10:24: warning: section 'summary' says '۱۰ میلیون رأی' but "
     "the key figure 'آرای پزشکیان در دور دوم' (line 14) says '۱۶ میلیون'"),
])
def test_figures_in_persian(make_site: Callable[..., Path], summary: str, value: str,
                            label: str, warned: str | None) -> None:
    found = explainer_warnings(make_site, "a.md", persian(summary, value, label))
    assert found == ([] if warned is None else [f"content/a.md:{warned}"]), found
