"""The editorial checks of numbers read Arabic as Arabic newsrooms write it: Arabic-Indic digits
("٤٠٠", "٩٫٦", "١٬٥٠٠") or Western ones ("400", "9.6", "1,500"), a scale after the number ("9.6
مليار دولار"), "%", "٪" or "في المئة", the noun after the number, plural after three to ten ("6
أيام") and singular after eleven and more ("400 سفينة"), letters joined to a number ("و15",
"بـ5"), and days in both systems of month names ("23 مارس 2021", "23 آذار 2021") counting
nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_clause_days import warnings_for
from .test_economy_claims import said_beside as said_of_change

ARABIC = "---\ntitle: T\ndek: D\npublished: 2021-07-08\nlanguage: ar\n---\n"
FIGURES = """
--- figures
figures:
  - value: 400 متر
    label: طول السفينة
  - value: نحو 400
    label: سفينة انتظرت عند طرفي القناة
  - value: 9.6 مليار دولار
    label: قيمة التجارة المتعطلة يومياً
  - value: 916 مليون دولار
    label: التعويض الذي طالبت به هيئة القناة أولاً
  - value: 6 أيام
    label: مدة إغلاق القناة
  - value: نحو 12%
    label: حصة القناة من التجارة العالمية
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Egypt, role: host}
  - {name: Japan, role: other}
  - {name: Panama, role: other}
  - {name: Netherlands, role: supporting}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, ARABIC))


@pytest.mark.parametrize(("text", "warned"), [
    # A length, in Western digits or Arabic-Indic ones.
    ("يبلغ طول السفينة 440 متر.", ["'440 متر'"]),
    ("يبلغ طول السفينة ٤٤٠ متر.", ["'٤٤٠ متر'"]),
    ("يبلغ طول السفينة ٤٠٠ متر.", []),
    ("يبلغ طول السفينة ١٬٤٠٠ متر.", ["'١٬٤٠٠ متر'"]),
    # Ships waiting, with a qualifier or without; a letter joined to the number.
    ("انتظرت 500 سفينة عند طرفي القناة.", ["'500 سفينة'"]),
    ("وانتظرت و٥٠٠ سفينة عند طرفي القناة.", ["'٥٠٠ سفينة'"]),
    ("انتظرت قرابة 400 سفينة عند طرفي القناة.", []),
    ("انتظرت أكثر من 390 سفينة عند طرفي القناة.", []),
    ("انتظرت 422 سفينة عند طرفي القناة حتى أعيد فتحها.", []),
    # Money named after its number and scale, in either digits and decimal point.
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ12 مليار دولار.", ["'12 مليار دولار'"]),
    ("قُدّرت قيمة التجارة المتعطلة يومياً بنحو ٩٫٦ مليار دولار.", []),
    ("قُدّرت قيمة التجارة المتعطلة يومياً بنحو 9600 مليون دولار أمريكي.", []),
    ("طالبت هيئة القناة أولاً بتعويض قدره 900 مليون دولار.", ["'900 مليون دولار'"]),
    ("طالبت هيئة القناة أولاً بتعويض قدره ٩١٦ مليون دولار.", []),
    # Days: the plural after three to ten, in figures or in words.
    ("استمر إغلاق القناة 7 أيام.", ["'7 أيام'"]),
    ("استمر إغلاق القناة سبعة أيام.", ["'سبعة أيام'"]),
    ("استمر إغلاق القناة ستة أيام.", []),
    # Percentages by sign or in words.
    ("يمر عبر القناة نحو 30 في المئة من التجارة العالمية.", ["'30 في المئة'"]),
    ("يمر عبر القناة ٢٠٪ من التجارة العالمية.", ["'٢٠٪'"]),
    ("يمر عبر القناة حوالي 12 بالمئة من التجارة العالمية.", []),
    ("يمر عبر القناة ما يقارب ١٢٪ من التجارة العالمية.", []),
    # A change is no level, past its subject or a letter joined to it; a level it reached is.
    ("ارتفعت حصة القناة بنسبة 3%.", []),
    ("زادت حصة القناة بـ3%.", []),
    ("ارتفعت حصة القناة من التجارة العالمية إلى 30%.", ["'30%'"]),
    ("عند طرفي القناة، ارتفع عدد السفن من 300 إلى 500 سفينة.", ["'500 سفينة'"]),
    ("عند طرفي القناة، ارتفع عدد السفن من 300 إلى 400 سفينة.", []),
    # A sign before the number, a letter joined to it.
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ$12 مليار.", ["'$12 مليار'"]),
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ$9.6 مليار.", []),
])
def test_amounts_in_arabic(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("شاركت تسع دول في التحقيق.", ["'تسع دول'"]),
    ("شاركت 9 دول أخرى في التحقيق.", ["'9 دول أخرى'"]),
    ("شاركت أكثر من 30 دولة في التحقيق.", ["'أكثر من 30 دولة'"]),
    ("وشاركت و15 دولة في التحقيق.", ["'15 دولة'"]),
    ("شاركت خمس عشرة دولة في التحقيق.", ["'خمس عشرة دولة'"]),
    ("شاركت ٧ بلدان في التحقيق.", ["'٧ بلدان'"]),
    ("شاركت أربع دول في التحقيق.", []),
    ("شاركت ٤ دول في التحقيق.", []),
    ("شاركت دولتان أخريان في التحقيق إلى جانب مصر.", []),
    ("إلى جانب مصر، شاركت ثلاث دول في التحقيق.", []),
    ("شاركت ثلاث دول باستثناء مصر في التحقيق.", []),
    ("شاركت ما لا يقل عن ثلاث دول في التحقيق.", []),
    # Another whole's countries, a fraction, and countries the text points back at.
    ("دعت 27 دولة في الاتحاد الأوروبي إلى التهدئة.", []),
    ("أكدت 22 دولة عربية دعمها لمصر.", []),  # the Arab countries, not the list's
    ("أكدت 22 دولة دعمها لمصر.", ["'22 دولة'"]),
    # The members of a body named before the count that gives their number ("whose number").
    ("شارك قادة الدول الأعضاء في جامعة الدول العربية، البالغ عددها 22 دولة.", []),
    ("أيدت الدول الأعضاء في الاتحاد الأوروبي وعددها 27 دولة القرار.", []),
    ("شارك قادة الدول المعنية، البالغ عددها 22 دولة.", ["'22 دولة'"]),
    ("يمر خمس التجارة العالمية عبر القناة.", []),
    ("اتفقت الدولتان على التعويض.", []),
])
def test_counts_of_countries_in_arabic(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize("text", [
    # Days in either month names, in either digits, and years: none is a count.
    "في 23 مارس 2021، جنحت السفينة التي يبلغ طولها 400 متر في قناة السويس.",
    "في 23 آذار 2021، جنحت السفينة، وأعيد تعويمها في 29 آذار بعد ستة أيام.",
    "في ٢٣ مارس ٢٠٢١ جنحت السفينة، وفي ٢٩ مارس أعيد تعويمها.",
    "احتجزت مصر السفينة حتى 7 تموز 2021، أي أكثر من 3 أشهر.",
    "في عام 2021 انتظرت نحو 400 سفينة عند طرفي القناة.",
    # Ranges, and a level an earlier demand gave.
    "انتظرت بين 300 و400 سفينة عند طرفي القناة في الأيام الأولى.",
    "تراوحت قيمة التجارة المتعطلة يومياً بين 9 و10 مليارات دولار.",
    "طالبت الهيئة أولاً بـ916 مليون دولار، ثم خفضت طلبها إلى 550 مليون دولار.",
    # Other ships, other sums and other shares, each its own.
    "يبلغ طول السفينة 400 متر وعرضها 59 متراً، وتحمل أكثر من 18 ألف حاوية.",
    "تعمل في القناة 24 سفينة قطر، ونحو 800 موظف.",
    "ارتفعت أسعار الشحن بنسبة 5% خلال أيام الإغلاق.",
])
def test_a_careful_arabic_story_gives_no_false_warning(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "warned"), [
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ9,6 مليار دولار.", []),
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ٩٫٦ مليار دولار.", []),
    ("قُدّرت قيمة التجارة المتعطلة يومياً بـ12,5 مليار دولار.", ["'12,5 مليار دولار'"]),
])
def test_a_region_that_writes_a_decimal_comma(text: str, warned: list[str]) -> None:
    figures = FIGURES.replace("9.6 مليار دولار", "9,6 مليار دولار")
    front = ARABIC.replace("language: ar", "language: ar-MA")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == warned


def test_a_currency_named_alone_is_the_region_s_own() -> None:
    figures = "\n--- figures\nfigures:\n  - value: 2,5 مليار درهم مغربي\n" \
        "    label: كلفة إصلاح الطريق السريع\n---\n"
    text = "--- summary\n---\nبلغت كلفة إصلاح الطريق السريع 3 مليارات درهم.\n"
    front = ARABIC.replace("language: ar", "language: ar-MA")
    assert stated(warnings_of(text + figures, front)) == ["'3 مليارات درهم'"]
    assert stated(warnings_of(text.replace("3 مليارات", "2,5 مليار") + figures, front)) == []


FIXTURE = Path(__file__).parent / "fixtures" / "arabic" / "ever-given.md"


def check(make_site: Callable[..., Path], text: str) -> list[str]:
    """Return the warnings of `check` for a site of one explainer, and that no note says the
    numbers were skipped."""
    root = make_site({"content/ever-given.md": text})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_the_ever_given_explainer_in_arabic_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert check(make_site, FIXTURE.read_text(encoding="utf-8")) == []


def test_contradictions_in_the_ever_given_explainer_are_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = FIXTURE.read_text(encoding="utf-8") \
        .replace("يبلغ طولها 400 متر", "يبلغ طولها ٤٤٠ متراً") \
        .replace("نحو 12 في المئة", "نحو 15 في المئة") \
        .replace("ترفع علم بنما،", "ترفع علم بنما، وتضررت تجارة تسع دول أخرى،")
    assert check(make_site, wrong) == [
        "content/ever-given.md:14:69: warning: section 'summary' says '٤٤٠ متراً' but the key "
        "figure 'طول السفينة' (line 33) says '400 متر'",
        "content/ever-given.md:20:25: warning: section 'why-it-matters' says '15 في المئة' but "
        "the key figure 'حصة القناة من التجارة العالمية' (line 37) says 'نحو 12%'",
        "content/ever-given.md:60:107: warning: section 'prose' says 'تسع دول أخرى' but the "
        "country list has 1 contributing or supporting country"]


LIVES = [
    ('ar', 'الملكة إليزابيث الثانية، 1926–2022',
     ('ولادة إليزابيث في لندن', 'وفاة الملكة'),
     'توفيت الملكة في 8 سبتمبر 2022 عن عمر 97 عاماً.', 1),
    ('ar', 'الملكة إليزابيث الثانية، 1926–2022',
     ('ولادة إليزابيث في لندن', 'وفاة الملكة'),
     'توفيت الملكة في 8 سبتمبر 2022 عن عمر 96 عاماً.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_arabic(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


@pytest.mark.parametrize(("prose", "warned"), [
    ("توفي والدها الملك جورج السادس في 6 فبراير 1952 عن عمر 56 عاماً.", 0),
    ("اعتلت العرش في 6 فبراير 1952 عن عمر 56 عاماً.", 1),
])
def test_an_age_after_a_kin_word_of_another_is_theirs(prose: str, warned: int) -> None:
    timeline = [("1926-04-21", "ولادة إليزابيث في لندن"), ("1952-02-06", "اعتلاء العرش")]
    assert len(life_warnings(prose, "ar", "الملكة إليزابيث الثانية، 1926–2022", timeline)) \
        == warned


FALLS = [
    ('ar', '−64%', 'انخفاض الربح التشغيلي في الربع الثالث',
     'انخفض الربح التشغيلي بنسبة 46% في الربع الثالث.', ["'46%'"]),
    ('ar', '−64%', 'انخفاض الربح التشغيلي في الربع الثالث',
     'انخفض الربح التشغيلي بنسبة 64% في الربع الثالث.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_arabic(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


LEVELS_ON = [
    ('ar', 'الرسوم الجمركية الأمريكية على السلع الصينية',
     'بلغت الرسوم الجمركية الأمريكية على السلع الصينية 10%، ثم رفعت إلى 125%.',
     ["'125%'"]),
    ('ar', 'الرسوم الجمركية الأمريكية على السلع الصينية',
     'بلغت الرسوم الجمركية الأمريكية على السلع الصينية 10%، ثم رفعت إلى 145%.',
     []),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_arabic(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned


SUMMIT = Path(__file__).parent / "fixtures" / "arabic" / "cairo-summit.md"


def test_a_summit_explainer_in_arabic_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "summit", SUMMIT.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ('  - رفضت إسرائيل والولايات المتحدة الخطة.',
     '  - رفضت خمس دول الخطة.',
     "content/summit.md:33:10: warning: takeaway says 'خمس دول' but the country list has 10 "
     "countries"),
    # A phase's cost given otherwise: its clause alone, not the other phases' of its sentence.
    ('بتكلفة 3 مليارات دولار', 'بتكلفة 5 مليارات دولار',
     "content/summit.md:18:72: warning: section 'summary' says '5 مليارات دولار' but the key "
     "figure 'تكلفة مرحلة التعافي المبكر' (line 42) says '3 مليارات دولار'"),
])
def test_a_slip_in_the_summit_explainer_in_arabic_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = SUMMIT.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "summit", story.replace(right, wrong, 1)) == [message]


COST = "\n--- figures\nfigures:\n  - value: 53 مليار دولار\n" \
    "    label: التكلفة الإجمالية لخطة إعادة الإعمار\n---\n"


@pytest.mark.parametrize(("text", "warned"), [
    # A preposition joined to a word without the article ("بتكلفة", "لإعادة") hides it not.
    ("اعتمدت القمة خطة مصرية لإعادة إعمار غزة بتكلفة 35 مليار دولار.", ["'35 مليار دولار'"]),
    ("اعتمدت القمة خطة مصرية لإعادة إعمار غزة بتكلفة 53 مليار دولار.", []),
    # A word whose own first letter is one of them stays whole: Lebanon's plan is another.
    ("اعتمدت القمة خطة لبنانية لبناء المدارس بكلفة 35 مليار دولار.", []),
])
def test_a_preposition_joined_to_a_word_hides_it_not(text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + COST, ARABIC)) == warned


# A ceasefire's start and its end, whose titles share all their words but the act's: "بدء"
# (start), the verbal noun of "بدأ" (began), which writes its final hamza on another seat.
TRUCE = [("2025-01-19", "بدء سريان وقف إطلاق النار في غزة"),
         ("2025-03-18", "انتهاء سريان وقف إطلاق النار في غزة")]


@pytest.mark.parametrize(("prose", "warned"), [
    ("بدأ سريان وقف إطلاق النار في غزة يوم 20 يناير 2025.", True),
    ("وبدأ سريان وقف إطلاق النار في غزة يوم 20 يناير 2025.", True),
    ("بدأ سريان وقف إطلاق النار في غزة يوم 19 يناير 2025.", False),
    # another act than the start: which event it is of is not clear
    ("تعثر سريان وقف إطلاق النار في غزة يوم 20 يناير 2025.", False),
])
def test_a_verb_and_its_noun_with_a_final_hamza_are_one_act(prose: str, warned: bool) -> None:
    found = warnings_for("ar", prose, TRUCE)
    assert found == ([f"content/x.md:10:{prose.index('20') + 1}: warning: section 'summary' "
                      f"gives 20 يناير 2025, but the timeline dates '{TRUCE[0][1]}' "
                      "2025-01-19 (line 15)"] if warned else [])


QUAKE_AR = "---\ntitle: T\ndek: D\npublished: 2023-10-01\nlanguage: ar\n---\n"


@pytest.mark.parametrize(("label", "text", "warned"), [
    # "عدد" (the number of) opens a label of what it counts: "عدد القتلى" counts the dead.
    ("عدد القتلى", "أسفر الزلزال عن 3960 قتيلا.", ["'3960 قتيلا'"]),
    ("عدد القتلى", "أسفر الزلزال عن 2960 قتيلا.", []),
    ("عدد القتلى", "ارتفع عدد القتلى إلى ٣٩٦٠ قتيلا.", ["'٣٩٦٠ قتيلا'"]),
    ("عدد القتلى", "ارتفع عدد القتلى إلى ٢٩٦٠ قتيلا.", []),
    ("عدد قتلى الزلزال", "أسفر الزلزال عن 3960 قتيلا.", ["'3960 قتيلا'"]),
    ("عدد قتلى الزلزال", "أسفر الزلزال عن 2960 قتيلا.", []),
])
def test_a_count_is_held_against_a_label_of_the_number_of_it(label: str, text: str,
                                                             warned: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: نحو 2960\n    label: {label}\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, QUAKE_AR)) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # The verb first, then its subject, then the number alone: "the number of dead reached".
    ("بلغ عدد القتلى 3960.", ["'3960'"]),
    ("بلغ عدد القتلى 2960.", []),
    ("وارتفع عدد القتلى إلى ٣٩٦٠، بحسب وزارة الداخلية.", ["'٣٩٦٠'"]),
    ("وارتفع عدد القتلى إلى ٢٩٦٠، بحسب وزارة الداخلية.", []),
    # A level of another thing than the label's is not held against it.
    ("وصل عدد المصابين إلى 5600.", []),
])
def test_a_level_given_after_its_verb_and_subject_in_arabic(text: str, warned: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: نحو 2960\n    label: عدد القتلى\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, QUAKE_AR)) == warned
