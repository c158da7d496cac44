"""A day the prose gives for an event that the timeline dates otherwise is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-10-02
    title: UN Security Council authorises the mission
  - date: 2024-06-25
    title: First Kenyan officers arrive in Port-au-Prince
  - date: 2024-07-16
    title: A second group of officers arrives{approximate}
---
"""


def day_warnings(text: str) -> list[str]:
    """Return the first line of each warning about a day, for an explainer's text."""
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "the timeline dates" in line]


def dated(prose: str, front: str = "", approximate: bool = False) -> list[str]:
    """Return the warnings about days for a summary of prose beside the timeline."""
    front = front or "---\ntitle: T\ndek: D\npublished: 2024-08-01\n---\n"
    body = f"\n--- summary\n---\n{prose}\n" + TIMELINE.format(
        approximate="\n    approximate: true" if approximate else "")
    return day_warnings(front + body)


def test_a_day_the_timeline_gives_otherwise_is_a_warning_at_its_line() -> None:
    assert dated("The mission began a year after the request.\n"
                 "The first Kenyan officers arrived in Port-au-Prince on 26 June 2024.") == [
        "content/x.md:10:56: warning: section 'summary' gives 26 June 2024, but the timeline "
        "dates 'First Kenyan officers arrive in Port-au-Prince' 2024-06-25 (line 17)"]


@pytest.mark.parametrize("written", ["26 June 2024", "June 26, 2024", "the 26th of June",
                                     "2024-06-26", "Jun. 26"])
def test_a_day_is_read_as_the_explainers_language_writes_it(written: str) -> None:
    found = dated(f"The first Kenyan officers arrived in Port-au-Prince on {written}, at dawn.")
    assert len(found) == 1
    assert f" gives {written.removeprefix('the ')}, but " in found[0]


@pytest.mark.parametrize(("language", "written", "prose"), [
    ("en-US", "Sept. 25", "Helene makes landfall near Perry on {}, as a hurricane."),
    ("en-US", "Sept 25, 2024", "Helene makes landfall near Perry on {}, as a hurricane."),
    ("en", "25 Sept. 2024", "Helene makes landfall near Perry on {}, as a hurricane."),
    ("en", "25 Sep 2024", "Helene makes landfall near Perry on {}, as a hurricane."),
    ("de", "25. Jänner 2024", "Helene macht am {} bei Perry Landfall als Hurrikan."),
])
def test_a_month_is_read_as_any_region_of_the_language_abbreviates_it(
        language: str, written: str, prose: str) -> None:
    month = "09" if "S" in written else "01"
    title = prose.replace(" on {},", "").replace(" am {}", "").rstrip(".")
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-10-04\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose.format(written)}\n\n--- timeline\n"
            f"source: https://example.org/\nevents:\n  - date: 2024-{month}-26\n"
            f"    title: {title}\n---\n")
    found = day_warnings(text)
    assert len(found) == 1 and f" gives {written}, but " in found[0], found


@pytest.mark.parametrize(("written", "warned"), [
    # Markdown's emphasis, in underscores as in asterisks, leaves a date a date.
    ("_26 June 2024_", True), ("*26 June 2024*", True), ("__June 26, 2024__", True),
    ("_25 June 2024_", False),
])
def test_a_day_in_emphasis_is_read(written: str, warned: bool) -> None:
    found = dated(f"The first Kenyan officers arrived in Port-au-Prince on {written}, at dawn.")
    assert found == ([f"content/x.md:9:{56 + written.index(written.strip('_*'))}: warning: "
                      f"section 'summary' gives {written.strip('_*')}, but the timeline dates "
                      "'First Kenyan officers arrive in Port-au-Prince' 2024-06-25 (line 16)"]
                     if warned else []), found


def test_a_takeaway_is_read_too() -> None:
    body = ("\n--- takeaways\ntakeaways:\n  - A second group of officers arrived on July 15.\n"
            "---\n" + TIMELINE.format(approximate=""))
    assert day_warnings("---\ntitle: T\ndek: D\npublished: 2024-08-01\n---\n" + body) == [
        "content/x.md:9:43: warning: a takeaway gives July 15, but the timeline dates 'A second "
        "group of officers arrives' 2024-07-16 (line 19)"]


def test_the_dek_is_read_too_at_its_line() -> None:
    # Lists, feeds and shared links give the dek: a day it gets wrong is seen first.
    front = ("---\ntitle: T\npublished: 2024-08-01\n"
             "dek: A second group of officers arrived on July 15.\n---\n")
    assert day_warnings(front + "\n--- summary\n---\nText.\n" + TIMELINE.format(
        approximate="")) == [
        "content/x.md:4:44: warning: the dek gives July 15, but the timeline dates 'A second "
        "group of officers arrives' 2024-07-16 (line 18)"]


@pytest.mark.parametrize("dek", ["A second group of officers arrived on July 16.",
                                 "A second group of officers arrived in July."])
def test_a_dek_with_the_timelines_day_or_none_is_no_warning(dek: str) -> None:
    front = f"---\ntitle: T\npublished: 2024-08-01\ndek: {dek}\n---\n"
    assert day_warnings(front + "\n--- summary\n---\nText.\n" + TIMELINE.format(
        approximate="")) == []


@pytest.mark.parametrize(("prose", "written"), [
    ("The first Kenyan officers arrived in Port-au-Prince on 25 June 2023.", "25 June 2023"),
    ("On 2 October 2022 the UN Security Council authorised the mission.", "2 October 2022"),
    # A span too short to reach another year does not carry the day there.
    ("On 25 June 2023, two weeks after the vote in Nairobi, the first Kenyan officers arrived "
     "in Port-au-Prince.", "25 June 2023"),
])
def test_the_events_day_in_another_year_is_a_slip_of_the_year(prose: str, written: str) -> None:
    # The day and month agree, the year does not: the commonest slip of a date.
    found = dated(prose)
    assert len(found) == 1 and f" gives {written}, but the timeline dates " in found[0]


def test_a_slip_of_the_year_is_read_in_the_explainers_language() -> None:
    assert day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: fr\n---\n\n--- summary\n---\n"
        "Le Conseil de sécurité autorise la mission le 2 octobre 2022.\n\n--- timeline\n"
        "source: https://example.org/\nevents:\n  - date: 2023-10-02\n"
        "    title: Le Conseil de sécurité autorise la mission\n  - date: 2024-06-25\n"
        "    title: Les premiers policiers kényans arrivent\n---\n") == [
        "content/x.md:10:47: warning: section 'summary' gives 2 octobre 2022, but the timeline "
        "dates 'Le Conseil de sécurité autorise la mission' 2023-10-02 (line 15)"]


@pytest.mark.parametrize("prose", [
    # An anniversary, a day a span measures from the event, a day and its anniversary.
    "On 25 June 2025, the anniversary of the first Kenyan officers' arrival in Port-au-Prince,"
    " crowds gathered.",
    "On 25 June 2025, a year after the first Kenyan officers arrived in Port-au-Prince, crowds "
    "gathered.",
    "On 25 June 2025, a year after the vote in Nairobi, the first Kenyan officers arrived in "
    "Port-au-Prince.",
    "The first Kenyan officers arrived in Port-au-Prince on 25 June 2024 and left on 25 June "
    "2025.",
    # A term in years: a mandate renewed on the day it was first given.
    "On 2 October 2024 the UN Security Council authorised the mission for another year.",
    "The UN Security Council authorised the mission on 2 October 2024 for a further year.",
    # A term's end, and a year further than a slip.
    "The UN Security Council authorised the mission until 2 October 2025.",
    "The UN Security Council authorised the mission on 2 October 1993.",
])
def test_the_events_day_in_another_year_that_follows_it_is_no_slip(prose: str) -> None:
    assert dated(prose) == []


@pytest.mark.parametrize("prose", [
    "The first Kenyan officers arrived in Port-au-Prince on 25 June 2024.",
    "The first Kenyan officers arrived on the 25th of June.",
    "A second group of officers arrived on 16 July, three weeks after the first.",
    # The day of another event, or a day given besides the event's own.
    "The first officers arrived in Port-au-Prince on 16 July.",
    "First planned for 1 June, the arrival of Kenyan officers in Port-au-Prince came on 25 June.",
    # A day a year away ends a term, or speaks of another event.
    "The UN Security Council renewed the mission until 2 October 2024.",
    # Words that do not say which event is meant, and a day inside a link's address.
    "Officers from Jamaica arrived on 27 June.",
    "[Officers arrive in Port-au-Prince](https://example.org/2024-06-27/first-officers-arrive)",
])
def test_a_day_that_agrees_or_speaks_of_another_event_is_no_warning(prose: str) -> None:
    assert dated(prose) == []


@pytest.mark.parametrize("prose", [
    "Nhóm cảnh sát thứ hai đã đến nơi ngày 16 tháng 7 năm 2024.",
    "Nhóm cảnh sát thứ hai đã đến nơi vào tháng 7 năm 2024, lúc 17 giờ.",
    "Nhóm cảnh sát thứ hai đã đến nơi: 1/2 số người.",
])
def test_a_vietnamese_day_that_agrees_or_no_day_is_no_warning(prose: str) -> None:
    assert day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: vi\n---\n\n"
        f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
        "events:\n  - date: 2024-07-16\n    title: Nhóm cảnh sát thứ hai đến nơi\n---\n") == []


@pytest.mark.parametrize(("language", "title", "prose"), [
    ("th", "ตำรวจกลุ่มที่สอง เดินทางถึง", "ตำรวจกลุ่มที่สอง เดินทางถึง เมื่อ 16 กรกฎาคม 2567"),
    ("th", "ตำรวจกลุ่มที่สอง เดินทางถึง", "ตำรวจกลุ่มที่สอง เดินทางถึง 16 ก.ค. ค.ศ. 2024"),
    ("hu", "Megérkezik a rendőrök második csoportja",
     "A rendőrök második csoportja 2024. július 16-án érkezett meg."),
    ("hu", "Megérkezik a rendőrök második csoportja",
     "A rendőrök második csoportja 2024. júl. 16-án érkezett meg, 2025. körül jön a harmadik."),
    ("el", "Φτάνει η δεύτερη ομάδα αστυνομικών",
     "Η δεύτερη ομάδα αστυνομικών έφτασε την 16η Ιουλίου 2024."),
    ("el", "Φτάνει η δεύτερη ομάδα αστυνομικών",
     "Από την 17η Ιουλίου η δεύτερη ομάδα αστυνομικών περιπολεί."),
])
def test_a_day_in_the_languages_own_era_or_order_that_agrees_is_no_warning(
        language: str, title: str, prose: str) -> None:
    assert day_warnings(
        f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
        f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
        f"events:\n  - date: 2024-07-16\n    title: {title}\n---\n") == []


def test_an_approximate_event_is_not_held_to_its_day() -> None:
    assert dated("A second group of officers arrived on 18 July.", approximate=True) == []


@pytest.mark.parametrize(("language", "title", "prose", "given"), [
    ("fr", "Arrivée du deuxième groupe de policiers",
     "Le deuxième groupe de policiers est arrivé le 17 juillet 2024.", "17 juillet 2024"),
    ("es", "Llega el segundo grupo de policías",
     "El segundo grupo de policías llegó el 17 de julio de 2024.", "17 de julio de 2024"),
    ("de", "Die zweite Gruppe der Polizisten kommt an",
     "Die zweite Gruppe der Polizisten kam am 17. Juli an.", "17. Juli"),
    # A day in the digits of the language's own script, Arabic-Indic or Persian.
    ("ar", "وصول المجموعة الثانية من الشرطة",
     "وصلت المجموعة الثانية من الشرطة يوم ١٧ يوليو ٢٠٢٤.", "١٧ يوليو ٢٠٢٤"),
    ("ar", "وصول المجموعة الثانية من الشرطة",
     "وصلت المجموعة الثانية من الشرطة يوم ١٧ يوليو 2024.", "١٧ يوليو 2024"),
    ("fa", "ورود گروه دوم پلیس", "گروه دوم پلیس روز ۱۷ ژوئیه ۲۰۲۴ ورود کرد.",
     "۱۷ ژوئیه ۲۰۲۴"),
    # Words whose vowels are marks on their letters, that a word is not cut at.
    ("bn", "পুলিশের দ্বিতীয় দল পৌঁছায়",
     "পুলিশের দ্বিতীয় দল ১৭ জুলাই ২০২৪ তারিখে পৌঁছায়।", "১৭ জুলাই ২০২৪"),
    ("hi", "पुलिस का दूसरा दल पहुँचा", "पुलिस का दूसरा दल 17 जुलाई 2024 को पहुँचा।",
     "17 जुलाई 2024"),
    # A month joined to the letter that Hebrew dates put before it, as CLDR writes them.
    ("he", "הקבוצה השנייה של השוטרים מגיעה",
     "הקבוצה השנייה של השוטרים הגיעה ב-17 ביולי 2024.", "17 ביולי 2024"),
    # Vietnamese names a month by its number ("tháng 7"), and writes the day first in figures.
    ("vi", "Nhóm cảnh sát thứ hai đến nơi",
     "Nhóm cảnh sát thứ hai đã đến nơi ngày 17 tháng 7 năm 2024.", "17 tháng 7 năm 2024"),
    ("vi", "Nhóm cảnh sát thứ hai đến nơi", "Nhóm cảnh sát thứ hai đã đến nơi ngày 17 thg 7.",
     "17 thg 7"),
    ("vi", "Nhóm cảnh sát thứ hai đến nơi", "Nhóm cảnh sát thứ hai đã đến nơi vào 17/7/2024.",
     "17/7/2024"),
    ("vi", "Nhóm cảnh sát thứ hai đến nơi",
     "Nhóm cảnh sát thứ hai đã đến nơi ngày 17 tháng 7, 2024.", "17 tháng 7, 2024"),
    # Thai years of the Buddhist era (2567 is 2024), or of the Gregorian one after its era.
    ("th", "ตำรวจกลุ่มที่สอง เดินทางถึง", "ตำรวจกลุ่มที่สอง เดินทางถึง เมื่อ 17 กรกฎาคม 2567",
     "17 กรกฎาคม 2567"),
    ("th", "ตำรวจกลุ่มที่สอง เดินทางถึง", "ตำรวจกลุ่มที่สอง เดินทางถึง เมื่อ 17 ก.ค. พ.ศ. 2567",
     "17 ก.ค. พ.ศ. 2567"),
    ("th", "ตำรวจกลุ่มที่สอง เดินทางถึง", "ตำรวจกลุ่มที่สอง เดินทางถึง เมื่อ 17 ก.ค. 2024",
     "17 ก.ค. 2024"),
    # A year before its month, whose point ends no sentence.
    ("hu", "Megérkezik a rendőrök második csoportja",
     "A rendőrök második csoportja 2024. július 17-én érkezett meg.", "2024. július 17"),
    ("hu", "Megérkezik a rendőrök második csoportja",
     "A rendőrök második csoportja 2024. júl. 17-én érkezett meg.", "2024. júl. 17"),
    ("fr", "Arrivée du deuxième groupe de policiers",
     "Le deuxième groupe de policiers est arrivé le 17/07/2024.", "17/07/2024"),
    # A title in the present, as timelines write it, and prose in the past: one verb.
    ("pt-BR", "O Guaíba chega a 5,35 metros, o maior nível da história",
     "O Guaíba chegou ao maior nível da história em 17 de julho.", "17 de julho"),
    ("pt-BR", "Os policiais chegam a Porto Alegre e confirmam as buscas",
     "Os policiais chegaram a Porto Alegre e confirmaram as buscas em 17 de julho.",
     "17 de julho"),
    # A title's capital İ is the i of the same word in the prose.
    ("tr", "İmza atıldı", "Anlaşmaya 17 Temmuz 2024'te imza atıldı.", "17 Temmuz 2024"),
    # Greek's day as an ordinal, and as its genitive.
    ("el", "Φτάνει η δεύτερη ομάδα αστυνομικών",
     "Η δεύτερη ομάδα αστυνομικών έφτασε την 17η Ιουλίου 2024.", "17η Ιουλίου 2024"),
    ("el", "Φτάνει η δεύτερη ομάδα αστυνομικών",
     "Το βράδυ της 17ης Ιουλίου έφτασε η δεύτερη ομάδα αστυνομικών.", "17ης Ιουλίου"),
])
def test_days_are_read_with_the_month_names_of_the_explainers_language(
        language: str, title: str, prose: str, given: str) -> None:
    assert day_warnings(
        f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
        f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
        f"events:\n  - date: 2024-07-16\n    title: {title}\n---\n") == [
        f"content/x.md:10:{prose.index(given) + 1}: warning: section 'summary' gives {given}, "
        f"but the timeline dates '{title}' 2024-07-16 (line 15)"]


def test_a_month_whose_whole_name_is_two_letters_is_read() -> None:
    """Persian's May is "مه": "۱۶ مه" beside a timeline's 15 May is a day the timeline gives
    otherwise."""
    title = "امضای توافق کابل"
    assert day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: fa\n---\n\n"
        "--- summary\n---\nتوافق کابل روز ۱۶ مه ۲۰۲۵ امضا شد.\n\n--- timeline\n"
        f"source: https://example.org/\nevents:\n  - date: 2025-05-15\n    title: {title}\n"
        "---\n") == [
        "content/x.md:10:16: warning: section 'summary' gives ۱۶ مه ۲۰۲۵, but the timeline dates "
        f"'{title}' 2025-05-15 (line 15)"]


@pytest.mark.parametrize(("language", "prose"), [
    ("de", "Die zweite Gruppe der Polizisten kam am 17. Juli 2024 an, drei Wochen später."),
    ("es", "El segundo grupo de policías llegó el 17 de jul. de 2024, tres semanas después."),
])
def test_the_warning_quotes_the_whole_sentence_though_the_date_holds_a_point(
        language: str, prose: str) -> None:
    """A German day ('17.') or an abbreviated month ('jul.') ends no sentence."""
    explainer, problems = read_explainer(split_source(
        f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
        f"--- summary\n---\nAntes.\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
        "events:\n  - date: 2024-07-16\n    title: Die zweite Gruppe der Polizisten kommt an\n"
        "  - date: 2024-07-15\n    title: El segundo grupo de policías llega\n---\n",
        Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None, [p.render() for p in problems]
    [warning] = [p.render() for p in check_explainer(explainer) if "timeline dates" in p.message]
    assert warning.split("\n")[1] == f"    {prose}"


@pytest.mark.parametrize(("language", "prose"), [
    # Hungarian writes the month first, the day with a point: "június 24." ends no sentence
    # when the sentence goes on in small letters.
    ("hu", "Június 24. az a nap, amikor megérkeznek az első kenyai rendőrök Port-au-Prince-be."),
    ("en", "The first Kenyan officers arrive in Port-au-Prince approx. two days later, on 24 "
     "June 2024."),
])
def test_a_point_before_small_letters_ends_no_sentence(language: str, prose: str) -> None:
    explainer, problems = read_explainer(split_source(
        f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
        f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
        "  - date: 2024-06-25\n    title: Megérkeznek az első kenyai rendőrök Port-au-Prince-be\n"
        "  - date: 2024-06-26\n    title: First Kenyan officers arrive in Port-au-Prince\n---\n",
        Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None, [p.render() for p in problems]
    [warning] = [p.render() for p in check_explainer(explainer) if "timeline dates" in p.message]
    assert warning.split("\n")[1] == f"    {prose}"


@pytest.mark.parametrize(("language", "words", "hint"), [
    ("en", "late 2025", "say it in the words of 'display_date' ('about late 2025'), or leave "
     "'approximate' out"),
    ("de", "Ende 2025", "say it in the words of 'display_date', or leave 'approximate' out")])
def test_approximate_beside_a_display_date_is_a_warning(language: str, words: str,
                                                        hint: str) -> None:
    explainer, problems = read_explainer(split_source(
        f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
        "--- timeline\nsource: https://example.org/\nevents:\n  - date: 2025-10\n"
        f"    display_date: {words}\n    approximate: true\n    title: The vote\n---\n",
        Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None
    assert [p.render().split("\n")[0] for p in problems] == [
        "content/x.md:13:5: warning: section 'timeline': 'approximate' is not shown beside "
        "'display_date': the page writes the date as its words say"]
    assert [p.hint for p in problems] == [hint]


@pytest.mark.parametrize(("language", "prose", "given"), [
    ("bn", "১৬ অক্টোবর সাগরে গভীর নিম্নচাপ সৃষ্টি হয়। ১৭ অক্টোবর রাতে ঘূর্ণিঝড়টি উপকূল "
           "অতিক্রম করে।", "১৭ অক্টোবর"),
    ("am", "ኦክቶበር 16 በባሕሩ ላይ ዝቅተኛ ግፊት ተፈጠረ። ኦክቶበር 17 አውሎ ነፋሱ የባሕሩን ዳርቻ አቋረጠ።",
     "ኦክቶበር 17")])
def test_a_sentence_ends_at_its_own_script_s_stop(language: str, prose: str,
                                                   given: str) -> None:
    # The danda (।) and the Ethiopic full stop (።) part a paragraph's two events.
    titles = {"bn": ("সাগরে গভীর নিম্নচাপ সৃষ্টি", "ঘূর্ণিঝড়টি উপকূল অতিক্রম করে"),
              "am": ("በባሕሩ ላይ ዝቅተኛ ግፊት ተፈጠረ", "አውሎ ነፋሱ የባሕሩን ዳርቻ አቋረጠ")}[language]
    found = day_warnings(
        f"---\ntitle: T\ndek: D\npublished: 2024-11-01\nlanguage: {language}\n---\n\n"
        f"--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
        f"events:\n  - date: 2024-10-16\n    title: {titles[0]}\n"
        f"  - date: 2024-10-18\n    title: {titles[1]}\n---\n")
    assert found == [f"content/x.md:10:{prose.index(given) + 1}: warning: section 'summary' "
                     f"gives {given}, but the timeline dates '{titles[1]}' 2024-10-18 (line 17)"]


RESIGNATION = ("--- timeline\nsource: https://example.org/\nevents:\n"
               "  - date: 2023-03-01\n    title: Παραίτηση του υπουργού Μεταφορών\n---\n")


@pytest.mark.parametrize("mark", [";", "\u037e"])
def test_a_greek_question_mark_ends_a_sentence(mark: str) -> None:
    """Greek asks with ";" (U+003B, or its own code point U+037E): the day of the sentence
    after a question is not the questioned event's, and a day the next sentence gives it
    otherwise is still warned of, quoting that sentence alone."""
    front = "---\ntitle: T\ndek: D\npublished: 2023-03-20\nlanguage: el\n---\n\n"
    asked = (f"Γιατί ήρθε η παραίτηση του υπουργού Μεταφορών{mark} "
             "Χιλιάδες το ρωτούσαν στις 5 Μαρτίου.")
    assert day_warnings(f"{front}--- summary\n---\n{asked}\n\n{RESIGNATION}") == []
    told = f"Τι έγινε{mark} Η παραίτηση του υπουργού Μεταφορών ήρθε στις 5 Μαρτίου."
    explainer, _ = read_explainer(split_source(
        f"{front}--- summary\n---\n{told}\n\n{RESIGNATION}", Path("x.md"), "content/x.md"),
        Markup())
    assert explainer is not None
    [warned] = [p.render().split("\n") for p in check_explainer(explainer)
                if "the timeline dates" in p.message]
    assert warned[0] == ("content/x.md:10:56: warning: section 'summary' gives 5 Μαρτίου, but the "
                         "timeline dates 'Παραίτηση του υπουργού Μεταφορών' 2023-03-01 (line 15)")
    assert warned[1].strip() == "Η παραίτηση του υπουργού Μεταφορών ήρθε στις 5 Μαρτίου."


@pytest.mark.parametrize(("shown", "warned"), [("1η Μαρτίου, 00:10", True),
                                              ("28ης Φεβρουαρίου, 23:21", False)])
def test_a_greek_display_date_s_ordinal_day_is_held_to_the_date(shown: str,
                                                                 warned: bool) -> None:
    explainer, _ = read_explainer(split_source(
        "---\ntitle: T\ndek: D\npublished: 2023-03-20\nlanguage: el\n---\n\n--- timeline\n"
        "source: https://example.org/\nevents:\n  - date: 2023-02-28\n"
        f"    display_date: {shown}\n    title: Σύγκρουση\n---\n", Path("x.md"), "content/x.md"),
        Markup())
    assert explainer is not None
    assert [p.render().split("\n")[0] for p in check_explainer(explainer)
            if "display_date" in p.message] == ([
                "content/x.md:11: warning: section 'timeline': event 'Σύγκρουση' is dated "
                f"2023-02-28, but its display_date '{shown}' gives another day"] if warned else [])


GRAIN_DEAL = ("--- timeline\nsource: https://example.org/\nevents:\n"
              "  - date: 2023-07-16\n    title: Последнее судно выходит из Одессы\n"
              "  - date: 2023-07-17\n    title: Россия отказывается продлевать соглашение\n---\n")


@pytest.mark.parametrize("prose", [
    "Коридор закрылся. 18 июля 2023 г. Россия отказалась продлевать соглашение.",
    "Коридор закрылся.\n18 июля 2023\u202fг. Россия отказалась продлевать соглашение.",
])
def test_a_date_opening_its_sentence_with_the_years_point_is_read_with_the_sentence(
        prose: str) -> None:
    """Russian writes a year as '2023 г.': the point of 'г.' ends no sentence that the
    date opens, so the day is held against the event the sentence goes on to name."""
    explainer, problems = read_explainer(split_source(
        "---\ntitle: T\ndek: D\npublished: 2023-07-20\nlanguage: ru\n---\n\n"
        f"--- summary\n---\n{prose}\n\n{GRAIN_DEAL}", Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None, [p.render() for p in problems]
    [warning] = [p.render().split("\n")[:2] for p in check_explainer(explainer)
                 if "timeline dates" in p.message]
    assert warning[0].endswith(
        "warning: section 'summary' gives 18 июля 2023, but the timeline dates 'Россия "
        f"отказывается продлевать соглашение' 2023-07-17 (line {17 + prose.count(chr(10))})")
    assert warning[1].strip().startswith("18 июля 2023") and warning[1].endswith("соглашение.")


@pytest.mark.parametrize("prose", [
    # The date ends its sentence: the next one speaks of another day.
    "Об этом объявили 20 июля 2023 г. Последнее судно вышло из Одессы 16 июля.",
    "Россия отказалась продлевать соглашение 17 июля 2023 г. Последнее судно ушло раньше.",
    "17 июля 2023 г. Россия отказалась продлевать соглашение.",
])
def test_a_date_before_the_years_point_that_agrees_or_ends_its_sentence_is_no_warning(
        prose: str) -> None:
    assert day_warnings("---\ntitle: T\ndek: D\npublished: 2023-07-20\nlanguage: ru\n---\n\n"
                        f"--- summary\n---\n{prose}\n\n{GRAIN_DEAL}") == []


@pytest.mark.parametrize("count", ["3,950", "3.950", "3 950"])
def test_a_group_of_a_numbers_digits_names_no_event(count: str) -> None:
    # The "3" of "3,950" is not the "3" of an event's "3 cases": the sentence speaks of the
    # day the explainer was published, not of the event.
    timeline = """
--- timeline
source: https://example.org/
events:
  - date: 2026-08-04
    title: First cases confirmed in a kindergarten in Iasi
  - date: 2026-11-10
    title: Bulgaria confirms its first 3 cases, in the Ruse region
---
"""
    front = "---\ntitle: T\ndek: D\npublished: 2026-11-30\n---\n"
    prose = (f"Confirmed cases in Romania rose to 4,812 from {count} when this explainer was "
             "first published on 2 November.")
    assert day_warnings(f"{front}\n--- summary\n---\n{prose}\n{timeline}") == []


def test_a_day_written_across_two_lines_is_named_on_one() -> None:
    assert dated("The first Kenyan officers arrived in Port-au-Prince on 26\nJune 2024.") == [
        "content/x.md:9:56: warning: section 'summary' gives 26 June 2024, but the timeline "
        "dates 'First Kenyan officers arrive in Port-au-Prince' 2024-06-25 (line 17)"]


@pytest.mark.parametrize("written", ["24-27 June 2024", "24–27 June", "June 24–27, 2024",
                                     "24 June – 2 July 2024", "2024-06-24–2024-06-27"])
def test_a_range_of_days_is_no_warning(written: str) -> None:
    assert dated(f"The first Kenyan officers arrived in Port-au-Prince on {written}.") == []


@pytest.mark.parametrize(("language", "title", "sentence"), [
    ("nl", "Minister presenteert het nieuwe dijkenplan",
     "Van 24-27 juni 2024 presenteert de minister het nieuwe dijkenplan."),
    ("nl", "Minister presenteert het nieuwe dijkenplan",
     "Van 24 juni – 2 juli 2024 presenteert de minister het nieuwe dijkenplan."),
    ("id", "Presiden memimpin upacara kemerdekaan",
     "Pada 24–27 Juni 2024 presiden memimpin upacara kemerdekaan."),
])
def test_a_range_of_days_is_no_warning_in_any_language(language: str, title: str,
                                                       sentence: str) -> None:
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
            f"--- summary\n---\n{sentence}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n  - date: 2024-06-26\n    title: {title}\n---\n")
    assert day_warnings(text) == []
    one_day = sentence.replace("24-27", "27").replace("24–27", "27").replace("24 juni – 2", "2")
    assert len(day_warnings(text.replace(sentence, one_day))) == 1


def test_a_year_after_the_arabic_comma_is_read_with_its_day() -> None:
    """Urdu writes a day as CLDR does, its year after an Arabic comma: '27 جون، 2024'."""
    title = "کینیا کے پہلے پولیس اہلکار پورٹ او پرنس پہنچے"
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: ur\n---\n\n"
            f"--- summary\n---\nکینیا کے پہلے پولیس اہلکار 27 جون، 2024 کو پورٹ او پرنس پہنچے۔\n\n"
            f"--- timeline\nsource: https://example.org/\nevents:\n"
            f"  - date: 2024-06-26\n    title: {title}\n---\n")
    assert day_warnings(text) == [
        "content/x.md:10:28: warning: section 'summary' gives 27 جون، 2024, but the timeline "
        f"dates '{title}' 2024-06-26 (line 15)"]


TOLL = """
--- timeline
source: https://example.org/
events:
  - date: 2023-02-26
    title: {wreck}
  - date: 2023-02-27
    title: {toll}
---
"""


@pytest.mark.parametrize(("language", "wreck", "toll", "prose", "warned"), [
    # A toll told day by day: each day gives another level than the event's.
    ("it", "Il caicco si spezza a Cutro", "I morti salgono a 63",
     "Lunedì i morti erano saliti a 63, il 3 marzo a 70, il 10 marzo a 79.", []),
    ("fr", "Le bateau se brise à Cutro", "Le bilan monte à 63 morts",
     "Le bilan est monté à 63 morts le 27 février, puis à 70 le 3 mars.", []),
    ("de", "Das Boot zerbricht vor Cutro", "Die Zahl der Toten steigt auf 63",
     "Die Zahl der Toten stieg auf 63, am 3. März auf 70.", []),
    ("en", "The boat breaks up off Cutro", "Deaths rise to 63",
     "Deaths rose to 63, and by the evening of 3 March to 70.", []),
    # The event's own level on another day is still a slip, the number before or after it.
    ("it", "Il caicco si spezza a Cutro", "I morti salgono a 63",
     "Il 3 marzo i morti erano saliti a 63.", ["3 marzo"]),
    ("it", "Il caicco si spezza a Cutro", "I morti salgono a 63",
     "I morti erano saliti a 63 il 3 marzo.", ["3 marzo"]),
    ("de", "Das Boot zerbricht vor Cutro", "Die Zahl der Toten steigt auf 63",
     "Am 3. März stieg die Zahl der Toten auf 63, am 10. März auf 70.", ["3. März"]),
    # A time of day is no level: the day is still the event's.
    ("fr", "Un séisme de magnitude 6,8 frappe le Haut Atlas", "Le bilan monte à 63 morts",
     "Un séisme de magnitude 6,8 a frappé le Maroc le 25 février 2023 à 23 h 11.",
     ["25 février 2023"]),
])
def test_a_day_of_another_level_of_a_rising_toll_is_another_update(
        language: str, wreck: str, toll: str, prose: str, warned: list[str]) -> None:
    front = f"---\ntitle: T\ndek: D\npublished: 2023-04-01\nlanguage: {language}\n---\n"
    text = f"{front}\n--- summary\n---\n{prose}\n" + TOLL.format(wreck=wreck, toll=toll)
    assert [line.split(" gives ")[1].split(", but")[0]
            for line in day_warnings(text)] == warned


KENYA = """
--- timeline
source: https://example.org/
events:
  - date: 2024-06-25
    title: Kenya deploys 400 police officers to Haiti
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # A day in the clause of the title's own number dates that number, whatever follows.
    ("Kenya deployed 400 police officers to Haiti on 26 June, the first of 1,000 it pledged.",
     ["26 June"]),
    ("Kenya deployed 400 police officers to Haiti on 26 June, a mission costing $600 million.",
     ["26 June"]),
    ("On 26 June, Kenya deployed 400 police officers to Haiti, the first of 1,000.",
     ["26 June"]),
    # A day in a clause of its own, with its own number, is another level's.
    ("Kenya deployed 400 police officers to Haiti, and on 26 June another 200.", []),
    ("Kenya deployed 400 police officers to Haiti on 25 June, the first of 1,000.", []),
])
def test_a_day_beside_the_titles_number_is_its_day(prose: str, warned: list[str]) -> None:
    front = "---\ntitle: T\ndek: D\npublished: 2024-08-01\nlanguage: en\n---\n"
    text = f"{front}\n--- summary\n---\n{prose}\n" + KENYA
    assert [line.split(" gives ")[1].split(", but")[0]
            for line in day_warnings(text)] == warned


MAYOTTE = """
--- timeline
source: https://example.org/
events:
  - date: 2024-12-14
    title: Chido frappe Mayotte
  - date: 2024-12-19
    title: Emmanuel Macron se rend à Mayotte
---
"""
CONCLAVE = """
--- timeline
source: https://example.org/
events:
  - date: 2025-04-21
    title: Muore papa Francesco
  - date: 2025-05-07
    title: Si apre il conclave
---
"""


@pytest.mark.parametrize(("language", "timeline", "prose", "warned"), [
    # A participle that is not a verb in -er's ("rendu", "attendu") or not in -ato, -ito, -uto
    # ("aperto", "morto") tells of the title's present ("se rend", "apre", "muore").
    ("fr", MAYOTTE, "Emmanuel Macron s’est rendu sur l’île le 20 décembre.", ["20 décembre"]),
    ("fr", MAYOTTE, "Emmanuel Macron s’est rendu sur l’île le 19 décembre.", []),
    ("it", CONCLAVE, "Il conclave si è aperto il pomeriggio del 6 maggio.", ["6 maggio"]),
    ("it", CONCLAVE, "Il conclave si è aperto il pomeriggio del 7 maggio.", []),
    ("it", CONCLAVE, "Papa Francesco è morto il 22 aprile a Casa Santa Marta.", ["22 aprile"]),
    ("it", CONCLAVE, "Papa Francesco è morto il 21 aprile a Casa Santa Marta.", []),
])
def test_an_irregular_participle_tells_of_the_titles_present(
        language: str, timeline: str, prose: str, warned: list[str]) -> None:
    front = f"---\ntitle: T\ndek: D\npublished: 2025-06-01\nlanguage: {language}\n---\n"
    text = f"{front}\n--- summary\n---\n{prose}\n" + timeline
    assert [line.split(" gives ")[1].split(", but")[0]
            for line in day_warnings(text)] == warned


# Each word of the second death's title is in another title too: only the pair is its own.
DEATHS = """---
title: T
dek: D
published: 2025-01-10
---

--- summary
---
{prose}

--- timeline
source: https://example.org/
events:
  - date: 1946-07-07
    title: He marries Rosalynn Smith
  - date: 2023-11-19
    title: Rosalynn Carter dies
  - date: 2024-12-29
    title: Carter dies at home in Plains
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # The words the sentence shares with the title are all of them in no other title.
    ("Rosalynn Carter died on 17 November 2023, aged 96.", ["gives 17 November 2023, but the "
                                                           "timeline dates 'Rosalynn Carter "
                                                           "dies' 2023-11-19"]),
    ("Rosalynn Carter died on 19 November 2023, aged 96.", []),
    # Those it shares are all in another title too: which event is meant is not clear.
    ("Carter died on 17 November 2023.", []),
    # Her name without the act: another happening than the title's.
    ("Rosalynn Carter spoke in Plains on 17 November 2023.", []),
])
def test_a_pair_of_words_no_other_title_has_names_an_event(prose: str,
                                                           warned: list[str]) -> None:
    found = day_warnings(DEATHS.format(prose=prose))
    assert [line.split("section 'summary' ")[1].split(" (line")[0] for line in found] == warned


FLOODS = """---
title: T
dek: D
published: 2023-06-01
language: {language}
---

--- summary
---
{prose}

--- timeline
source: https://example.org/
events:
  - date: 2023-05-02
    title: {title}
  - date: 2023-05-16
    title: {other}
---
"""


@pytest.mark.parametrize(("language", "title", "other", "prose", "warned"), [
    # Two days joined by "and" share the month named after the second: the first is the
    # event's own day, the second the other day it lasted. Two days neither of which is the
    # event's are still a slip, warned of once.
    ("it", "Prima ondata di piogge, due vittime", "Seconda ondata",
     "Già il 2 e il 3 maggio le piogge avevano causato due vittime.", []),
    ("it", "Prima ondata di piogge, due vittime", "Seconda ondata",
     "Già il 5 e il 6 maggio le piogge avevano causato due vittime.",
     ["gives 6 maggio, but the timeline dates 'Prima ondata di piogge, due vittime' "
      "2023-05-02"]),
    ("en", "First wave of rain kills two", "Second wave",
     "On 2 and 3 May the first wave of rain killed two.", []),
    ("en", "First wave of rain kills two", "Second wave",
     "On 5 and 6 May the first wave of rain killed two.",
     ["gives 6 May, but the timeline dates 'First wave of rain kills two' 2023-05-02"]),
    ("fr", "Première vague de pluies, deux morts", "Seconde vague",
     "Les 2 et 3 mai, la première vague de pluies a fait deux morts.", []),
    ("es", "Primera ola de lluvias, dos muertos", "Segunda ola",
     "El 2 y el 3 de mayo, la primera ola de lluvias causó dos muertos.", []),
])
def test_the_first_of_two_days_joined_by_and_is_read_with_the_month(
        language: str, title: str, other: str, prose: str, warned: list[str]) -> None:
    found = day_warnings(FLOODS.format(language=language, title=title, other=other,
                                       prose=prose))
    assert [line.split("section 'summary' ")[1].split(" (line")[0] for line in found] == warned


# A deal, a suit against it, a ruling, its completion; and a suit dated only to its year.
DEAL = """---
title: T
dek: D
published: 2024-01-10
language: {language}
---

--- summary
---
{prose}

--- timeline
source: https://example.org/
events:
  - date: 2022-01-18
    title: Microsoft announces a deal to buy Activision Blizzard
  - date: 2022-12-08
    title: FTC sues to block the deal
  - date: 2023-07-11
    title: Judge denies FTC's injunction request
  - date: 2023-10-13
    title: Microsoft completes the acquisition of Activision Blizzard
  - date: 2020
    title: California sues Activision over workplace harassment
---
"""


def deal_warnings(prose: str, language: str = "en") -> list[str]:
    """Return the warnings about dates for a summary beside the deal's timeline."""
    return day_warnings(DEAL.format(prose=prose, language=language))


@pytest.mark.parametrize(("prose", "warned"), [
    ("The Federal Trade Commission sued to block the deal in November 2022.",
     "content/x.md:10:56: warning: section 'summary' gives November 2022, but the timeline "
     "dates 'FTC sues to block the deal' 2022-12-08 (line 17)"),
    ("A US judge denied the FTC's injunction request in June 2023.",
     "content/x.md:10:51: warning: section 'summary' gives June 2023, but the timeline dates "
     "'Judge denies FTC’s injunction request' 2023-07-11 (line 19)"),
    ("The FTC sued to block the deal in 2021.",
     "content/x.md:10:35: warning: section 'summary' gives 2021, but the timeline dates "
     "'FTC sues to block the deal' 2022-12-08 (line 17)"),
    # A name's initials are the name, for a day as for a month.
    ("The Federal Trade Commission sued to block the deal on 9 December 2022.",
     "content/x.md:10:56: warning: section 'summary' gives 9 December 2022, but the timeline "
     "dates 'FTC sues to block the deal' 2022-12-08 (line 17)"),
    # The title's present and the prose's past are one verb, though it ends in "-e".
    ("The FTC sued to block the deal on 9 December 2022.",
     "content/x.md:10:35: warning: section 'summary' gives 9 December 2022, but the timeline "
     "dates 'FTC sues to block the deal' 2022-12-08 (line 17)"),
    ("The FTC sued to block the merger on 9 December 2022.",
     "content/x.md:10:37: warning: section 'summary' gives 9 December 2022, but the timeline "
     "dates 'FTC sues to block the deal' 2022-12-08 (line 17)"),
    ("The FTC was suing to block it on 9 December 2022.",
     "content/x.md:10:34: warning: section 'summary' gives 9 December 2022, but the timeline "
     "dates 'FTC sues to block the deal' 2022-12-08 (line 17)"),
    # A year of something else beside it leaves the slip a slip.
    ("The FTC sued to block the deal in 2021, citing the 2020 law.",
     "content/x.md:10:35: warning: section 'summary' gives 2021, but the timeline dates "
     "'FTC sues to block the deal' 2022-12-08 (line 17)"),
    # Of two events each with its month, the wrong one is warned of.
    ("Microsoft announced the deal to buy Activision Blizzard in January 2022 and completed "
     "its acquisition of Activision Blizzard in September 2023.",
     "content/x.md:10:129: warning: section 'summary' gives September 2023, but the timeline "
     "dates 'Microsoft completes the acquisition of Activision Blizzard' 2023-10-13 (line 21)"),
    # An event dated only to its year is held to its year.
    ("California sued Activision over workplace harassment in 2021.",
     "content/x.md:10:57: warning: section 'summary' gives 2021, but the timeline dates "
     "'California sues Activision over workplace harassment' 2020 (line 23)"),
])
def test_a_month_or_a_year_the_timeline_gives_otherwise_is_a_warning(prose: str,
                                                                       warned: str) -> None:
    assert deal_warnings(prose) == [warned]


@pytest.mark.parametrize("prose", [
    "The Federal Trade Commission sued to block the deal in December 2022.",
    "The FTC sued to block the deal in 2022.",
    "The FTC sued to block the deal on 8 December 2022.",
    "The FTC sued to block the merger on 8 December 2022.",
    # A bound, not the act's time.
    "The FTC had to sue to block the deal by November 2022.",
    "The FTC has sought to block the deal since 2021.",
    # Two events, each in its own month.
    "Microsoft announced the deal to buy Activision Blizzard in January 2022 and completed "
    "its acquisition of Activision Blizzard in October 2023.",
    # The month of another event the sentence also names.
    "A judge denied the FTC's injunction request, which followed its suit to block the deal "
    "in December 2022.",
    "The FTC sued to block the deal, weeks after Microsoft announced it in January 2022.",
    # A year given for something else: no time of the act.
    "The FTC sued to block the deal, citing the 2020 law.",
    # An event dated only to a year has no month to hold one to.
    "California sued Activision over workplace harassment in July 2020.",
])
def test_a_month_or_a_year_of_its_event_or_of_another_is_no_warning(prose: str) -> None:
    assert deal_warnings(prose) == []


@pytest.mark.parametrize(("language", "prose", "warned"), [
    ("fr", "La FTC a poursuivi Microsoft pour bloquer l'accord en novembre 2022.",
     "novembre 2022"),
    ("fr", "La FTC a poursuivi Microsoft pour bloquer l'accord en décembre 2022.", ""),
    ("fr", "La FTC a poursuivi Microsoft pour bloquer l'accord en 2021.", "2021"),
    ("es", "La FTC demandó a Microsoft para bloquear el acuerdo en noviembre de 2022.",
     "noviembre de 2022"),
    ("es", "La FTC demandó a Microsoft para bloquear el acuerdo en diciembre de 2022.", ""),
    ("es", "La FTC demandó a Microsoft para bloquear el acuerdo desde 2021.", ""),
    ("de", "Die FTC klagte im November 2022 gegen Microsoft, um den Deal zu blockieren.",
     "November 2022"),
    ("de", "Die FTC klagte im Dezember 2022 gegen Microsoft, um den Deal zu blockieren.", ""),
    ("de", "Die FTC klagte im Jahr 2021 gegen Microsoft, um den Deal zu blockieren.", "2021"),
])
def test_a_month_is_read_in_the_explainers_language(language: str, prose: str,
                                                    warned: str) -> None:
    titles = {"fr": "La FTC poursuit Microsoft pour bloquer l'accord",
              "es": "La FTC demanda a Microsoft para bloquear el acuerdo",
              "de": "Die FTC klagt gegen Microsoft, um den Deal zu blockieren"}
    text = DEAL.format(prose=prose, language=language).replace(
        "FTC sues to block the deal", titles[language])
    found = [line.split(" gives ")[1].split(", but")[0] for line in day_warnings(text)]
    assert found == ([warned] if warned else [])


@pytest.mark.parametrize(("prose", "warned"), [
    # A change from one month's level to another's: the month it started from is no slip.
    ("Inflation rose from 17.5% in February 2022 to 69.8% in September.", []),
    ("Inflation peaked at 69.8% in February 2022.", ["gives February 2022"]),
])
def test_a_month_a_change_starts_from_is_no_slip_of_its_peak(prose: str,
                                                             warned: list[str]) -> None:
    found = day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2023-10-01\n---\n\n--- summary\n---\n"
        f"{prose}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
        "  - date: 2022-04-12\n    title: Sri Lanka stops paying its foreign debt\n"
        "  - date: 2022-09\n    title: Inflation peaks at 69.8%\n---\n")
    assert [part for part in warned if any(part in line for line in found)] == warned
    assert len(found) == len(warned)


CSAT_RO = """---
title: Anularea alegerilor
dek: Curtea a anulat alegerile.
published: 2025-01-10
language: ro
---

--- summary
---
{prose}

--- timeline
source: https://example.org/
events:
  - date: 2024-12-05
    title: Sunt desecretizate documentele CSAT
  - date: 2024-12-06
    title: Curtea Constituțională anulează alegerile
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # Initials skip the short words that join a name's words, and the marks of its letters.
    ("Pe 4 decembrie 2024 au fost desecretizate documente ale Consiliului Suprem de Apărare a "
     "Țării despre o campanie pe TikTok.",
     ["content/x.md:10:4: warning: section 'summary' gives 4 decembrie 2024, but the timeline "
      "dates 'Sunt desecretizate documentele CSAT' 2024-12-05 (line 15)"]),
    ("Pe 5 decembrie 2024 au fost desecretizate documente ale Consiliului Suprem de Apărare a "
     "Țării despre o campanie pe TikTok.", []),
    # Another council's documents are another event.
    ("Pe 4 decembrie 2024 au fost desecretizate documente ale Consiliului Superior al "
     "Magistraturii despre o campanie pe TikTok.", []),
])
def test_a_name_s_initials_skip_the_words_that_join_it(prose: str, warned: list[str]) -> None:
    assert day_warnings(CSAT_RO.format(prose=prose)) == warned


@pytest.mark.parametrize(("prose", "warned"), [
    # Figures published in November tell of October's level, as their title says.
    ("UK inflation peaked at 11.1% in October 2022, a 41-year high.", []),
    ("UK inflation peaked at 11.1% in September 2022, a 41-year high.",
     ["gives September 2022"]),
])
def test_a_month_the_events_title_names_is_no_slip_of_its_day(prose: str,
                                                             warned: list[str]) -> None:
    found = day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2024-06-19\n---\n\n--- summary\n---\n"
        f"{prose}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
        "  - date: 2022-11-16\n    title: Figures show inflation at 11.1% in October, "
        "a 41-year high\n"
        "  - date: 2024-06-19\n    title: Figures show inflation at 2.0% in May\n---\n")
    assert [part for part in warned if any(part in line for line in found)] == warned
    assert len(found) == len(warned)


@pytest.mark.parametrize(("prose", "warned"), [
    # A decimal number of a title is one word, not two that outnumber those the prose shares.
    ("The Fed cut its rate by 50 basis points on 19 September 2024.",
     ["gives 19 September 2024"]),
    ("The Fed cut its rate by 50 basis points on 18 September 2024.", []),
    ("On 19 September 2024 the Fed cut its rate by 50 basis points.",
     ["gives 19 September 2024"]),
])
def test_a_decimal_number_of_a_title_is_one_word(prose: str, warned: list[str]) -> None:
    found = day_warnings(
        "---\ntitle: T\ndek: D\npublished: 2024-09-20\n---\n\n--- summary\n---\n"
        f"{prose}\n\n--- timeline\nsource: https://example.org/\nevents:\n"
        "  - date: 2023-07-26\n    title: The Fed raises its range to 5.25%-5.50%, its 11th "
        "rise\n"
        "  - date: 2024-09-18\n    title: The Fed cuts by 50 basis points to 4.75%-5.00%\n---\n")
    assert [part for part in warned if any(part in line for line in found)] == warned
    assert len(found) == len(warned)
