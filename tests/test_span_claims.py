"""A span between two events that the timeline's dates measure otherwise is a warning."""

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
  - date: 2023-07-14
    title: Chandrayaan-3 launches from Sriharikota
  - date: 2023-08-20
    title: Russia's Luna-25 crashes into the Moon
  - date: 2023-08-23
    title: Vikram lands near the south pole
  - date: 2023-10-07
    title: Hamas attacks Israel and the war begins
  - date: 2025-01-19
    title: The ceasefire takes effect
---
"""


def span_warnings(prose: str, language: str = "en", timeline: str = TIMELINE) -> list[str]:
    """Return the first line of each warning about a span, for a summary beside the
    timeline."""
    text = (f"---\ntitle: T\ndek: D\npublished: 2025-02-01\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n" + timeline)
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if " says " in line and " after" in line
            or " before " in line]


def test_a_span_the_timeline_measures_otherwise_is_a_warning_at_its_place() -> None:
    assert span_warnings("Vikram landed near the south pole, 41 days after launch.") == [
        "content/x.md:10:36: warning: section 'summary' says 41 days after 'Chandrayaan-3 "
        "launches from Sriharikota' (2023-07-14), but the timeline dates 'Vikram lands near the "
        "south pole' 2023-08-23, 40 days after"]


@pytest.mark.parametrize("prose", [
    "Vikram landed near the south pole, 40 days after launch.",
    "Vikram landed near the south pole, about 41 days after launch.",
    "The ceasefire took effect some 500 days after the war began.",
    "Vikram landed near the south pole, nearly six weeks after launch.",
    "The ceasefire took effect on 19 January, 15 months after the war began.",
    "The ceasefire took effect a year after the war began.",
    "The ceasefire took effect 470 days into the war.",
    "Vikram landed near the south pole. Three days earlier, Russia's Luna-25 crashed.",
])
def test_a_span_the_timeline_measures_alike_is_silent(prose: str) -> None:
    assert span_warnings(prose) == []


@pytest.mark.parametrize(("prose", "told"), [
    ("The ceasefire took effect on 19 January, 13 months after the war began.",
     "'Hamas attacks Israel and the war begins' (2023-10-07), but the timeline dates 'The "
     "ceasefire takes effect' 2025-01-19, 470 days (15 calendar months) after"),
    ("The ceasefire took effect 500 days after the war began.",
     "'The ceasefire takes effect' 2025-01-19, 470 days after"),
    ("The ceasefire took effect 500 days into the war.",
     "'The ceasefire takes effect' 2025-01-19, 470 days after"),
    ("Vikram landed near the south pole, about 42 days after launch.",
     "'Vikram lands near the south pole' 2023-08-23, 40 days after"),
    ("The ceasefire took effect three years after the war began.",
     "'The ceasefire takes effect' 2025-01-19, 470 days (2 calendar years) after"),
    ("Vikram landed near the south pole, two weeks after Luna-25 crashed.",
     "'Vikram lands near the south pole' 2023-08-23, 3 days after"),
    ("Chandrayaan-3 launched from Sriharikota. 41 days later, Vikram landed near the south "
     "pole.", "'Vikram lands near the south pole' 2023-08-23, 40 days after"),
    ("Vikram landed near the south pole. Four days earlier, Russia's Luna-25 crashed.",
     "says Four days before 'Vikram lands near the south pole' (2023-08-23), but the timeline "
     "dates 'Russia’s Luna-25 crashes into the Moon' 2023-08-20, 3 days before"),
])
def test_each_slip_of_a_span_warns(prose: str, told: str) -> None:
    found = span_warnings(prose)
    assert len(found) == 1 and told in found[0], found


@pytest.mark.parametrize("prose", [
    "Vikram landed near the south pole, 41 days after the orbiter's test.",
    "Two years after the war began, fighting continues.",
    "Fighting continues. Two years later, the talks go on.",
    "Chandrayaan-3 launched from Sriharikota.\n\n41 days later, Vikram landed near the south "
    "pole.",
    'The minister said "Vikram landed near the south pole, 41 days after launch."',
    "Vikram landed near the south pole. Luna-25 crashed into the Moon two days earlier than "
    "planned.",
    "Vikram landed near the south pole more than 30 days after launch.",
    "In the two weeks before Vikram landed near the south pole, Luna-25 crashed into the Moon.",
])
def test_a_span_with_an_end_unknown_or_quoted_is_silent(prose: str) -> None:
    assert span_warnings(prose) == []


def test_a_state_that_goes_on_is_silent_but_an_event_after_the_same_words_warns() -> None:
    assert span_warnings("Two years after the war began, fighting continues.") == []
    assert len(span_warnings("Two years after the war began, the ceasefire took effect.")) \
        == 0  # 2023 to 2025: two calendar years
    assert len(span_warnings("Five years after the war began, the ceasefire took effect.")) \
        == 1
    assert span_warnings("Five years since the war began, fighting goes on.") == []
    assert len(span_warnings("Five years since the war began, the ceasefire took effect.")) == 1


@pytest.mark.parametrize(("language", "titles", "right", "wrong"), [
    ("fr", ("Lancement de Chandrayaan-3 depuis Sriharikota", "Vikram se pose près du pôle sud"),
     "Vikram s'est posé près du pôle sud 40 jours après le lancement.",
     "Vikram s'est posé près du pôle sud 41 jours après le lancement."),
    ("es", ("Lanzamiento de Chandrayaan-3 desde Sriharikota", "Vikram aterriza cerca del polo sur"),
     "Vikram aterrizó cerca del polo sur 40 días después del lanzamiento.",
     "Vikram aterrizó cerca del polo sur siete semanas después del lanzamiento."),
    ("de", ("Start von Chandrayaan-3 in Sriharikota", "Vikram landet nahe dem Südpol"),
     "Vikram landete nahe dem Südpol, 40 Tage nach dem Start.",
     "Vikram landete nahe dem Südpol, 41 Tage nach dem Start."),
    ("pt", ("Lançamento do Chandrayaan-3 em Sriharikota", "Vikram pousa perto do polo sul"),
     "Vikram pousou perto do polo sul 40 dias após o lançamento.",
     "Vikram pousou perto do polo sul 38 dias após o lançamento."),
    ("it", ("Lancio di Chandrayaan-3 da Sriharikota", "Vikram atterra vicino al polo sud"),
     "Vikram è atterrato vicino al polo sud 40 giorni dopo il lancio.",
     "Vikram è atterrato vicino al polo sud 42 giorni dopo il lancio."),
    # A count in words past the table of spans: any the language's counting reads.
    ("fr", ("Lancement de Chandrayaan-3 depuis Sriharikota", "Vikram se pose près du pôle sud"),
     "Vikram s'est posé près du pôle sud quarante jours après le lancement.",
     "Vikram s'est posé près du pôle sud quarante et un jours après le lancement."),
    ("es", ("Lanzamiento de Chandrayaan-3 desde Sriharikota", "Vikram aterriza cerca del polo sur"),
     "Vikram aterrizó cerca del polo sur cuarenta días después del lanzamiento.",
     "Vikram aterrizó cerca del polo sur treinta y ocho días después del lanzamiento."),
    ("de", ("Start von Chandrayaan-3 in Sriharikota", "Vikram landet nahe dem Südpol"),
     "Vikram landete nahe dem Südpol, vierzig Tage nach dem Start.",
     "Vikram landete nahe dem Südpol, einundvierzig Tage nach dem Start."),
    ("nl", ("Lancering van Chandrayaan-3 vanaf Sriharikota", "Vikram landt bij de zuidpool"),
     "Vikram landde bij de zuidpool, veertig dagen na de lancering.",
     "Vikram landde op 23 augustus bij de zuidpool, drie weken na de lancering."),
    ("nl", ("Lancering van Chandrayaan-3 vanaf Sriharikota", "Vikram landt bij de zuidpool"),
     "Chandrayaan-3 werd op 14 juli gelanceerd. Zes weken later landde Vikram bij de zuidpool.",
     "Chandrayaan-3 werd op 14 juli gelanceerd. Twee weken later landde Vikram bij de "
     "zuidpool."),
    ("el", ("Εκτόξευση του Chandrayaan-3 από τη Σριχαρικότα",
            "Το Βικράμ προσεδαφίζεται κοντά στον νότιο πόλο"),
     "Το Βικράμ προσεδαφίστηκε κοντά στον νότιο πόλο 40 ημέρες μετά την εκτόξευση.",
     "Το Βικράμ προσεδαφίστηκε κοντά στον νότιο πόλο σαράντα μία ημέρες μετά την εκτόξευση."),
    ("el", ("Εκτόξευση του Chandrayaan-3 από τη Σριχαρικότα",
            "Το Βικράμ προσεδαφίζεται κοντά στον νότιο πόλο"),
     "Το Chandrayaan-3 εκτοξεύτηκε στις 14 Ιουλίου. Έξι εβδομάδες αργότερα, το Βικράμ "
     "προσεδαφίστηκε κοντά στον νότιο πόλο.",
     "Το Chandrayaan-3 εκτοξεύτηκε στις 14 Ιουλίου. Μία εβδομάδα αργότερα, το Βικράμ "
     "προσεδαφίστηκε κοντά στον νότιο πόλο."),
    # A unit said alone counts one: "tydzień później", a week later.
    ("pl", ("Start Chandrayaana-3 ze Sriharikoty", "Vikram ląduje w pobliżu bieguna południowego"),
     "Chandrayaan-3 wystartował 14 lipca. Czterdzieści dni później Vikram wylądował w pobliżu "
     "bieguna południowego.",
     "Chandrayaan-3 wystartował 14 lipca. Tydzień później Vikram wylądował w pobliżu bieguna "
     "południowego."),
    ("vi", ("Phóng tàu Chandrayaan-3 từ Sriharikota",
            "Tàu đổ bộ Vikram hạ cánh gần cực nam Mặt Trăng"),
     "Tàu đổ bộ Vikram hạ cánh gần cực nam Mặt Trăng 40 ngày sau khi phóng.",
     "Tàu đổ bộ Vikram hạ cánh gần cực nam Mặt Trăng bốn mươi mốt ngày sau khi phóng."),
    ("vi", ("Phóng tàu Chandrayaan-3 từ Sriharikota",
            "Tàu đổ bộ Vikram hạ cánh gần cực nam Mặt Trăng"),
     "Chandrayaan-3 được phóng ngày 14 tháng 7. Sáu tuần sau, tàu đổ bộ Vikram hạ cánh gần "
     "cực nam Mặt Trăng.",
     "Chandrayaan-3 được phóng ngày 14 tháng 7. Năm tuần sau, tàu đổ bộ Vikram hạ cánh gần "
     "cực nam Mặt Trăng."),
    ("id", ("Peluncuran Chandrayaan-3 dari Sriharikota",
            "Vikram mendarat di dekat kutub selatan Bulan"),
     "Vikram mendarat di dekat kutub selatan Bulan 40 hari setelah peluncuran.",
     "Vikram mendarat di dekat kutub selatan Bulan empat puluh satu hari setelah peluncuran."),
    ("id", ("Peluncuran Chandrayaan-3 dari Sriharikota",
            "Vikram mendarat di dekat kutub selatan Bulan"),
     "Chandrayaan-3 diluncurkan pada 14 Juli. Sebulan kemudian, Vikram mendarat di dekat "
     "kutub selatan Bulan.",
     "Chandrayaan-3 diluncurkan pada 14 Juli. Seminggu kemudian, Vikram mendarat di dekat "
     "kutub selatan Bulan."),
])
def test_a_span_is_read_in_the_explainers_language(language: str, titles: tuple[str, str],
                                                   right: str, wrong: str) -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                f"  - date: 2023-07-14\n    title: {titles[0]}\n"
                f"  - date: 2023-08-23\n    title: {titles[1]}\n---\n")
    assert span_warnings(right, language, timeline) == []
    found = span_warnings(wrong, language, timeline)
    assert len(found) == 1 and f"'{titles[1]}' 2023-08-23, 40 days after" in found[0], found


@pytest.mark.parametrize(("prose", "count"), [
    ("Chandrayaan-3 launched from Sriharikota. Forty-one days later, Vikram landed near the "
     "south pole.", "Forty-one"),
    ("Vikram landed near the south pole forty one days after launch.", "forty one"),
    ("Vikram landed near the south pole thirteen days after Luna-25 crashed.", "thirteen"),
])
def test_a_count_in_words_of_two_words_or_past_the_tens_warns(prose: str, count: str) -> None:
    found = span_warnings(prose)
    assert len(found) == 1 and f"says {count} days after" in found[0], found
    right = prose.replace(count, {"thirteen": "three"}.get(count, "forty"))
    assert span_warnings(right) == []


@pytest.mark.parametrize("prose", [
    # A span of nothing is no span, and a check of one ends.
    "Vikram landed near the south pole about 0 days after launch.",
    # A span of two units or more is read whole, its largest unit's count right.
    "The ceasefire took effect a year and three months after the war began.",
    "The ceasefire took effect 1 year and 3 months after the war began.",
    "The ceasefire took effect a year, three months and twelve days after the war began.",
    # Of two spans in one sentence, which end each is measured from is unsure.
    "Russia's Luna-25 crashed into the Moon, a day before its planned landing and three days "
    "before Vikram landed near the south pole.",
])
def test_a_span_of_nothing_of_parts_or_beside_another_is_silent(prose: str) -> None:
    assert span_warnings(prose) == []


ROE = TIMELINE.replace("events:\n", "events:\n  - date: 1973-01-22\n    title: The court "
                       "decides Roe v. Wade\n  - date: 2022-06-24\n    title: The court "
                       "overturns Roe v. Wade\n")


@pytest.mark.parametrize(("prose", "said"), [
    ("The court overturned Roe v. Wade 48 years, five months and two days after it decided "
     "Roe v. Wade.", "48 years, five months and two days"),
    ("The court overturned Roe v. Wade forty-eight years and five months after it was "
     "decided.", "forty-eight years and five months"),
    ("The ceasefire took effect 2 years and 3 months after the war began.",
     "2 years and 3 months"),
])
def test_a_span_of_several_units_is_held_to_its_largest_unit(prose: str, said: str) -> None:
    found = span_warnings(prose, timeline=ROE)
    assert len(found) == 1 and found[0].startswith(
        f"content/x.md:10:{1 + prose.index(said)}: warning: section 'summary' says {said} "
        "after"), found
    right = prose.replace("48", "49").replace("forty-eight", "forty-nine").replace("2 y", "1 y")
    assert span_warnings(right, timeline=ROE) == []


def test_a_span_that_ends_in_a_year_its_event_is_not_is_silent() -> None:
    timeline = TIMELINE.replace("events:\n", "events:\n  - date: 1973-01-22\n    title: The "
                                "court decides Roe v. Wade\n  - date: 2022-06-24\n    title: "
                                "The court overturns Roe v. Wade\n")
    assert span_warnings("In a brief filed in July 2021, Mississippi asked the court to "
                         "overturn Roe, 48 years after it was decided.", timeline=timeline) == []
    assert span_warnings("In June 2022 the court overturned Roe, 48 years after it was decided.",
                         timeline=timeline) != []


AMPEL = """
--- timeline
source: https://example.org/
events:
  - date: 2024-12-16
    title: Scholz verliert die Vertrauensfrage
  - date: 2024-12-27
    title: Steinmeier löst den Bundestag auf
---
"""


@pytest.mark.parametrize(("prose", "warned"), [
    # "16. Dezember" ends no sentence: the span is measured from the sentence that gives it.
    ("Scholz verlor am 16. Dezember die Vertrauensfrage. Elf Tage später löste Steinmeier den "
     "Bundestag auf.", 0),
    ("Scholz verlor am 16. Dezember die Vertrauensfrage. Zehn Tage später löste Steinmeier den "
     "Bundestag auf.", 1),
    ("Scholz verlor am 16. Dezember die Vertrauensfrage, und 394 Abgeordnete stimmten gegen ihn. "
     "Zehn Tage später löste Steinmeier den Bundestag auf.", 1),
])
def test_a_german_day_before_its_month_ends_no_sentence(prose: str, warned: int) -> None:
    found = span_warnings(prose, "de", AMPEL)
    assert len(found) == warned, found
    assert all("'Steinmeier löst den Bundestag auf' 2024-12-27, 11 days after" in line
               for line in found)


@pytest.mark.parametrize(("prose", "told"), [
    ("Pragyan left the lander on 24 August. Four days later, the rover was still rolling. "
     "Luna-25 had crashed on 20 August. Six days later, Vikram landed near the south pole.",
     "says Six days after 20 August (2023-08-20), but the timeline dates 'Vikram lands near "
     "the south pole' 2023-08-23, 3 days after"),
    ("Fighting broke out on 7 October. Fifteen months later, the ceasefire took effect.", None),
    ("Fighting broke out on 7 October. Thirteen months later, the ceasefire took effect.",
     "says Thirteen months after 7 October (2023-10-07), but the timeline dates 'The "
     "ceasefire takes effect' 2025-01-19, 470 days (15 calendar months) after"),
    ("The ceasefire took effect on 19 January. Five days earlier, the talks ended.", None),
    ("The talks ended on 14 January. Five days later, the ceasefire took effect.", None),
    ("The talks ended on 30 December. Twenty days later, the ceasefire took effect.", None),
    ("The talks ended on 30 December. Eighteen days later, the ceasefire took effect.",
     "says Eighteen days after 30 December (2024-12-30), but the timeline dates 'The "
     "ceasefire takes effect' 2025-01-19, 20 days after"),
    ("The talks ended on 12 January. Five days later, the ceasefire took effect.",
     "says Five days after 12 January (2025-01-12), but the timeline dates 'The ceasefire "
     "takes effect' 2025-01-19, 7 days after"),
])
def test_a_day_without_its_year_is_read_in_the_year_the_span_points_to(
        prose: str, told: str | None) -> None:
    """Newsroom prose gives a day without its year; a span is measured from that day in the
    year that puts it nearest where the span says, across a new year too."""
    found = span_warnings(prose)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found


@pytest.mark.parametrize(("prose", "said"), [
    # A day without its year, in the year that sets it nearest to the span's end.
    ("The rover woke on 23 August, 41 days after launch.",
     ["content/x.md:10:30: warning: section 'summary' says 41 days after 'Chandrayaan-3 "
      "launches from Sriharikota' (2023-07-14), but it gives 23 August, 40 days after"]),
    ("The rover woke on 23 August, 40 days after launch.", []),
    ("Hostages went home on 19 January, 470 days after the war began.", []),
    ("Hostages went home on 19 January, 480 days after the war began.",
     ["content/x.md:10:35: warning: section 'summary' says 480 days after 'Hamas attacks "
      "Israel and the war begins' (2023-10-07), but it gives 19 January, 470 days after"]),
])
def test_a_day_without_its_year_ends_a_span_in_the_year_nearest(
        prose: str, said: list[str]) -> None:
    assert span_warnings(prose) == said


WAR_PL = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
          "  - date: 2023-10-07\n    title: Atak Hamasu na Izrael rozpoczyna wojnę\n"
          "  - date: 2025-01-19\n    title: Zawieszenie broni wchodzi w życie\n---\n")


@pytest.mark.parametrize(("prose", "said"), [
    ("Zawieszenie broni weszło w życie 15 miesięcy po ataku Hamasu.", []),
    ("Zawieszenie broni weszło w życie 13 miesięcy po ataku Hamasu.",
     ["says 13 miesięcy after 'Atak Hamasu na Izrael rozpoczyna wojnę' (2023-10-07), but the "
      "timeline dates 'Zawieszenie broni wchodzi w życie' 2025-01-19, 470 days (15 calendar "
      "months) after"]),
    ("Zawieszenie broni weszło w życie 470 dni po ataku Hamasu.", []),
    ("Zawieszenie broni weszło w życie 500 dni po ataku Hamasu.", ["says 500 dni after"]),
    # A year said alone is one year, within half a year of 470 days.
    ("Zawieszenie broni weszło w życie rok po ataku Hamasu.", []),
    ("Zawieszenie broni weszło w życie pięć lat po ataku Hamasu.", ["says pięć lat after"]),
    # A state that goes on tells no event, and a bound is no span.
    ("Pięć lat po ataku Hamasu walki wciąż trwają.", []),
    ("Zawieszenie broni weszło w życie ponad 13 miesięcy po ataku Hamasu.", []),
])
def test_a_polish_span_after_an_event_is_held_to_the_timeline(prose: str, said: list[str]
                                                              ) -> None:
    found = span_warnings(prose, "pl", WAR_PL)
    assert len(found) == len(said) and all(part in line for part, line in zip(said, found,
                                                                              strict=True)), found


def test_a_vietnamese_month_of_the_next_year_is_no_span() -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                "  - date: 2023-10-07\n    title: Hamas tấn công Israel\n"
                "  - date: 2025-01-19\n    title: Lệnh ngừng bắn có hiệu lực\n---\n")
    # "tháng 8 năm sau": August of the next year, not eight years after.
    assert span_warnings("Hamas tấn công Israel ngày 7 tháng 10 năm 2023. Đến tháng 8 năm "
                         "sau, lệnh ngừng bắn có hiệu lực.", "vi", timeline) == []
    assert len(span_warnings("Hamas tấn công Israel ngày 7 tháng 10 năm 2023. Năm năm sau, lệnh "
                             "ngừng bắn có hiệu lực.", "vi", timeline)) == 1


def test_a_day_that_is_its_start_s_own_dates_the_start_but_another_day_warns() -> None:
    # "on 20 August" is the crash's day, in apposition: no end of the span of its own.
    assert span_warnings("The rover came three days after Luna-25 crashed, "
                         "on 20 August 2023.") == []
    assert span_warnings("The rover came three days after Luna-25 crashed, "
                         "on 25 August 2023.") == [
        "content/x.md:10:16: warning: section 'summary' says three days after 'Russia’s "
        "Luna-25 crashes into the Moon' (2023-08-20), but it gives 25 August 2023, 5 days after"]


@pytest.mark.parametrize(("title", "warned"), [
    # "the 2020 election" of a title dated 2023 is another year's election, not the event ...
    ("2023-08-01\n    title: Trump is indicted over the 2020 election", False),
    # ... but a title whose election is its event's year names it.
    ("2024-11-05\n    title: Trump wins the 2024 election", True),
])
def test_a_title_s_words_of_another_year_name_no_event(title: str, warned: bool) -> None:
    timeline = TIMELINE.replace("events:\n", f"events:\n  - date: {title}\n")
    assert bool(span_warnings("The case was dismissed on 25 November 2024, 30 days after the "
                              "election.", timeline=timeline)) is warned


ALTMAN = """
--- timeline
source: https://example.org/
events:
  - date: 2023-11-17
    title: OpenAI's board ousts Sam Altman
  - date: 2023-11-22
    title: Altman is reinstated as chief executive
---
"""


@pytest.mark.parametrize(("prose", "told"), [
    # "N days later" at the end of a clause measures from the day its sentence gave before.
    ("Altman was ousted on 17 November 2023 and reinstated on 22 November, six days later.",
     "says six days after 'OpenAI\u2019s board ousts Sam Altman' (2023-11-17), but the "
     "timeline dates 'Altman is reinstated as chief executive' 2023-11-22, 5 days after"),
    ("Altman was ousted on 17 November 2023 and reinstated on 22 November, five days later.",
     None),
    # An American day's abbreviated month ends no sentence: "Nov. 22" is one day.
    ("Altman was ousted on Nov. 17, 2023, and reinstated on Nov. 22, six days later.",
     "says six days after 'OpenAI\u2019s board ousts Sam Altman' (2023-11-17), but the "
     "timeline dates 'Altman is reinstated as chief executive' 2023-11-22, 5 days after"),
    ("Altman was ousted on Nov. 17, 2023, and reinstated on Nov. 22, five days later.", None),
])
def test_a_span_later_in_a_clause_is_measured_from_the_day_before_it(
        prose: str, told: str | None) -> None:
    found = span_warnings(prose, "en-US" if "Nov." in prose else "en", timeline=ALTMAN)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found


KENYA = """
--- timeline
source: https://example.org/
events:
  - date: 2022-08-09
    title: Kenyans vote for a president
  - date: 2022-09-05
    title: The Supreme Court upholds the result
  - date: 2022-09-13
    title: Ruto is sworn in as president
---
"""


@pytest.mark.parametrize(("prose", "told"), [
    # A span closing a clause of its own after the last day dates that clause's event from
    # that day, not from a day the sentence gave before it.
    ("Kenyans voted on 9 August 2022; the court upheld the result on 5 September and Ruto "
     "was sworn in eight days later.", None),
    ("Kenyans voted on 9 August 2022, the court upheld the result on 5 September and Ruto "
     "was sworn in eight days later.", None),
    ("Kenyans voted on 9 August 2022; the court upheld the result on 5 September and Ruto "
     "was sworn in nine days later.", "says nine days after 'The Supreme Court upholds the "
     "result' (2022-09-05), but the timeline dates 'Ruto is sworn in as president' "
     "2022-09-13, 8 days after"),
    ("Kenyans voted on 9 August 2022, the court upheld the result on 5 September and Ruto "
     "was sworn in nine days later.", "says nine days after 'The Supreme Court upholds the "
     "result' (2022-09-05), but the timeline dates 'Ruto is sworn in as president' "
     "2022-09-13, 8 days after"),
    # Its clause telling no event of the timeline, the span is not measured from another day.
    ("Kenyans voted on 9 August 2022; the court upheld the result on 5 September and the "
     "crowds went home eight days later.", None),
])
def test_a_span_later_after_a_clause_is_measured_from_the_last_day(
        prose: str, told: str | None) -> None:
    found = span_warnings(prose, "en-KE", timeline=KENYA)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found


@pytest.mark.parametrize(("prose", "told"), [
    # A day alone before the span is its own end: the start is the sentence before's.
    ("Luna-25 crashed on 20 August 2023. Vikram landed near the south pole on 23 August, "
     "three days later.", None),
    ("Luna-25 crashed on 20 August 2023. Vikram landed near the south pole on 23 August, "
     "five days later.", "says five days after 20 August 2023 (2023-08-20), but the timeline "
     "dates 'Vikram lands near the south pole' 2023-08-23, 3 days after"),
])
def test_a_day_alone_before_a_span_later_is_its_own_end(prose: str, told: str | None) -> None:
    found = span_warnings(prose)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found


LAUNCH_ONLY = """
--- timeline
source: https://example.org/
events:
  - date: 2023-07-14
    title: Chandrayaan-3 launches from Sriharikota
  - date: 2023-10-07
    title: Hamas attacks Israel and the war begins
---
"""


@pytest.mark.parametrize(("prose", "told"), [
    # Two days the prose gives, neither an event of the timeline, hold the span between them.
    ("Luna-25 crashed on 20 August 2023. Vikram landed on 23 August, five days later.",
     "content/x.md:10:64: warning: section 'summary' says five days after 20 August 2023 "
     "(2023-08-20), but it gives 23 August, 3 days after"),
    ("Luna-25 crashed on 20 August 2023. Vikram landed on 23 August, three days later.", None),
    ("Luna-25 crashed on 30 December 2023. Vikram landed on 2 January, three days later.",
     None),
])
def test_a_span_between_two_days_the_prose_gives_is_held_to_them(
        prose: str, told: str | None) -> None:
    assert span_warnings(prose, timeline=LAUNCH_ONLY) == ([] if told is None else [told])


HIDANKYO = """
--- timeline
source: https://example.org/
events:
  - date: 1945-08
    title: The United States drops atomic bombs on Hiroshima and Nagasaki
  - date: 2024-10-11
    title: Nihon Hidankyo wins the Nobel Peace Prize
---
"""


@pytest.mark.parametrize(("prose", "told"), [
    # A year the sentence gives alone ends a span of years, counted by calendar years.
    ("Survivors founded Nihon Hidankyo in 1956, 12 years after the bombings.",
     "content/x.md:10:43: warning: section 'summary' says 12 years after 'The United States "
     "drops atomic bombs on Hiroshima and Nagasaki' (1945-08), but it gives 1956, 11 calendar "
     "years after"),
    ("Survivors founded Nihon Hidankyo in 1956, 11 years after the bombings.", None),
    # Nor from the story's own time, 2024 or 2025 (see test_apposed_spans.py).
    ("Nihon Hidankyo won the Nobel Peace Prize in October 2024. It won in 2017, five years "
     "earlier.", "content/x.md:10:75: warning: section 'summary' says five years before "
     "'Nihon Hidankyo wins the Nobel Peace Prize' (2024-10-11), but it gives 2017, 7 calendar "
     "years before"),
    ("Nihon Hidankyo won the Nobel Peace Prize in October 2024. It won in 2017, seven years "
     "earlier.", None),
    # A year that is the start's own dates it, in apposition; another year is the end.
    ("Eleven years after the bombings, in 1945, survivors founded Nihon Hidankyo.", None),
    ("Eleven years after the bombings, in 1957, survivors founded Nihon Hidankyo.",
     "content/x.md:10:1: warning: section 'summary' says Eleven years after 'The United States "
     "drops atomic bombs on Hiroshima and Nagasaki' (1945-08), but it gives 1957, 12 calendar "
     "years after"),
])
def test_a_year_a_sentence_gives_alone_ends_a_span_of_years(prose: str, told: str | None
                                                            ) -> None:
    assert span_warnings(prose, timeline=HIDANKYO) == ([] if told is None else [told])


QUEEN = """
--- timeline
source: https://example.org/
events:
  - date: 2022-09-08
    title: Queen Elizabeth II dies at Balmoral
  - date: 2022-09-30
    title: Russia annexes four Ukrainian regions
---
"""


@pytest.mark.parametrize(("prose", "told"), [
    # A pronoun names no one: "before she died" names the death the timeline dates.
    ("Three days before she died, on 6 September 2022, she appointed Liz Truss.",
     "content/x.md:10:1: warning: section 'summary' says Three days before 'Queen Elizabeth II "
     "dies at Balmoral' (2022-09-08), but it gives 6 September 2022, 2 days before"),
    ("Two days before she died, on 6 September 2022, she appointed Liz Truss.", None),
])
def test_a_span_before_an_event_ends_at_the_day_its_sentence_gives(
        prose: str, told: str | None) -> None:
    assert span_warnings(prose, timeline=QUEEN) == ([] if told is None else [told])


KOREAN = ("찬드라얀 3호 스리하리코타에서 발사", "비크람 남극 인근에 착륙")
JAPANESE = ("チャンドラヤーン3号がシュリーハリコータから打ち上げ", "ビクラムが南極付近に着陸")
CHINESE = ("月船3号从斯里哈里科塔发射", "维克拉姆在月球南极附近着陆")
CHINESE_TRADITIONAL = ("月船3號從斯里哈里科塔發射", "維克拉姆在月球南極附近著陸")


@pytest.mark.parametrize(("language", "titles", "right", "wrong"), [
    # Korean writes a count in figures onto its unit, and a count of days in one word.
    ("ko", KOREAN, "찬드라얀 3호는 7월 14일 발사됐다. 40일 뒤 비크람이 남극 인근에 착륙했다.",
     "찬드라얀 3호는 7월 14일 발사됐다. 41일 뒤 비크람이 남극 인근에 착륙했다."),
    ("ko", KOREAN, "비크람은 8월 13일 궤도를 바꿨다. 열흘 뒤인 23일 비크람이 남극 인근에 착륙했다.",
     "비크람은 8월 12일 궤도를 바꿨다. 열흘 뒤인 23일 비크람이 남극 인근에 착륙했다."),
    ("ko", KOREAN, "비크람은 발사 40일 만에 남극 인근에 착륙했다.",
     "비크람은 발사 41일 만에 남극 인근에 착륙했다."),
    ("ko", KOREAN, "비크람은 발사 6주 뒤 남극 인근에 착륙했다.",
     "비크람은 발사 2주 뒤 남극 인근에 착륙했다."),
    ("ko", KOREAN, "비크람은 8월 20일 궤도를 바꿨다. 사흘 만에 비크람이 남극 인근에 착륙했다.",
     "비크람은 8월 19일 궤도를 바꿨다. 사흘 만에 비크람이 남극 인근에 착륙했다."),
    # Japanese writes a span with no space, after "その" (that) or alone.
    ("ja", JAPANESE,
     "チャンドラヤーン3号は7月14日に打ち上げられた。その40日後、ビクラムが南極付近に着陸した。",
     "チャンドラヤーン3号は7月14日に打ち上げられた。その41日後、ビクラムが南極付近に着陸した。"),
    ("ja", JAPANESE,
     "チャンドラヤーン3号は7月14日に打ち上げられた。6週間後、ビクラムが南極付近に着陸した。",
     "チャンドラヤーン3号は7月14日に打ち上げられた。その2週間後、ビクラムが南極付近に着陸した。"),
    # Chinese too, in words or figures, after "事发" (the event) or alone; its months and weeks
    # counted with their measure word ("一个月后").
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。40天后，维克拉姆在月球南极附近着陆。",
     "月船3号于7月14日从斯里哈里科塔发射。41天后，维克拉姆在月球南极附近着陆。"),
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。事发40天后，维克拉姆在月球南极附近着陆。",
     "月船3号于7月14日从斯里哈里科塔发射。事发41天后，维克拉姆在月球南极附近着陆。"),
    ("zh", CHINESE, "探测器于8月20日进入环月轨道。三天后，维克拉姆在月球南极附近着陆。",
     "探测器于8月19日进入环月轨道。三天后，维克拉姆在月球南极附近着陆。"),
    ("zh", CHINESE, "探测器于8月9日进入环月轨道。两周后，维克拉姆在月球南极附近着陆。",
     "探测器于8月2日进入环月轨道。两周后，维克拉姆在月球南极附近着陆。"),
    ("zh", CHINESE, "探测器于7月23日进入环月轨道。一个月后，维克拉姆在月球南极附近着陆。",
     "探测器于6月20日进入地球轨道。一个月后，维克拉姆在月球南极附近着陆。"),
    ("zh-Hant", CHINESE_TRADITIONAL,
     "探測器於8月20日進入環月軌道。三天後，維克拉姆在月球南極附近著陸。",
     "探測器於8月19日進入環月軌道。三天後，維克拉姆在月球南極附近著陸。"),
])
def test_a_span_written_onto_its_unit_is_held_to_the_timeline(
        language: str, titles: tuple[str, str], right: str, wrong: str) -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                f"  - date: 2023-07-14\n    title: {titles[0]}\n"
                f"  - date: 2023-08-23\n    title: {titles[1]}\n---\n")
    assert span_warnings(right, language, timeline) == []
    found = span_warnings(wrong, language, timeline)
    assert len(found) == 1 and f"'{titles[1]}' 2023-08-23" in found[0], found


CROCUS_RU = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
             "  - date: 2024-03-07\n    title: Посольство США предупреждает о терактах\n"
             "  - date: 2024-03-22\n    title: Нападение на «Крокус Сити Холл»\n"
             "  - date: 2024-03-24\n    title: Басманный суд арестовывает обвиняемых\n---\n")
SHOOTING_CS = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
               "  - date: 2023-12-15\n    title: V Klánovickém lese jsou zastřeleni muž a dcera\n"
               "  - date: 2023-12-21\n    title: Střelba na Filozofické fakultě\n"
               "  - date: 2023-12-23\n    title: Státní smutek\n---\n")
ELECTION_SK = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
               "  - date: 2023-09-30\n    title: Predčasné parlamentné voľby\n"
               "  - date: 2023-10-25\n    title: Vymenovanie štvrtej Ficovej vlády\n"
               "  - date: 2024-05-15\n    title: Atentát v Handlovej\n---\n")


@pytest.mark.parametrize(("language", "timeline", "prose", "said"), [
    ("ru", CROCUS_RU, "Басманный суд арестовал обвиняемых через два дня после нападения на "
     "«Крокус Сити Холл».", []),
    ("ru", CROCUS_RU, "Басманный суд арестовал обвиняемых через три дня после нападения на "
     "«Крокус Сити Холл».", ["says три дня after 'Нападение на «Крокус Сити Холл»'"]),
    ("ru", CROCUS_RU, "Посольство США предупредило о терактах за две недели до нападения на "
     "«Крокус Сити Холл».", []),
    ("ru", CROCUS_RU, "Посольство США предупредило о терактах за четыре недели до нападения "
     "на «Крокус Сити Холл».", ["says четыре недели before"]),
    # A span opening the sentence: the event's words run to the clause's subject and verb
    # with no comma, as with one after the event or after the verb.
    ("ru", CROCUS_RU, "Через два дня после нападения на «Крокус Сити Холл» Басманный суд "
     "арестовал всех четверых.", []),
    ("ru", CROCUS_RU, "Через три дня после нападения на «Крокус Сити Холл» Басманный суд "
     "арестовал всех четверых.", ["10:7: warning: section 'summary' says три дня after "
                                  "'Нападение на «Крокус Сити Холл»' (2024-03-22)"]),
    ("ru", CROCUS_RU, "Через три дня после нападения на «Крокус Сити Холл», Басманный суд "
     "арестовал всех четверых.", ["says три дня after"]),
    ("ru", CROCUS_RU, "Через три дня после нападения на «Крокус Сити Холл» Басманный суд "
     "арестовал, всех четверых.", ["says три дня after"]),
    ("ru", CROCUS_RU, "Через неделю после предупреждения посольства США произошло нападение "
     "на «Крокус Сити Холл».", ["says неделю after 'Посольство США предупреждает о терактах'"]),
    # The event's phrase goes on after its preposition: another attack, not the timeline's.
    ("ru", CROCUS_RU, "Через три дня после нападения на школу в Беслане Басманный суд "
     "арестовал всех четверых.", []),
    # A bound is no span.
    ("ru", CROCUS_RU, "Басманный суд арестовал обвиняемых более чем через три дня после "
     "нападения на «Крокус Сити Холл».", []),
    # "через" before the count with no link after its unit: from the sentence before.
    ("ru", CROCUS_RU, "Нападение на «Крокус Сити Холл» произошло 22 марта. Через два дня "
     "Басманный суд арестовал обвиняемых.", []),
    ("ru", CROCUS_RU, "Нападение на «Крокус Сити Холл» произошло 22 марта. Через три дня "
     "Басманный суд арестовал обвиняемых.", ["says Через три дня after"]),
    ("ru", CROCUS_RU, "Посольство США предупредило о терактах 7 марта. Через две недели "
     "произошло нападение на «Крокус Сити Холл».", []),
    ("ru", CROCUS_RU, "Посольство США предупредило о терактах 7 марта. Через месяц "
     "произошло нападение на «Крокус Сити Холл».", ["says Через месяц after"]),
    ("ru", CROCUS_RU, "Посольство США предупредило о терактах 7 марта. Более чем через три "
     "недели произошло нападение на «Крокус Сити Холл».", []),
    ("cs", SHOOTING_CS, "Vláda vyhlásila státní smutek dva dny po střelbě na Filozofické "
     "fakultě.", []),
    ("cs", SHOOTING_CS, "Vláda vyhlásila státní smutek tři dny po střelbě na Filozofické "
     "fakultě.", ["says tři dny after 'Střelba na Filozofické fakultě'"]),
    ("cs", SHOOTING_CS, "Střelba na Filozofické fakultě se odehrála 21. prosince. O šest dní "
     "dřív byli v Klánovickém lese zastřeleni muž a dcera.", []),
    ("cs", SHOOTING_CS, "Střelba na Filozofické fakultě se odehrála 21. prosince. O pět dní "
     "dřív byli v Klánovickém lese zastřeleni muž a dcera.", ["says pět dní before"]),
    ("sk", ELECTION_SK, "Prezidentka vymenovala Ficovu štvrtú vládu 25 dní po voľbách.", []),
    ("sk", ELECTION_SK, "Prezidentka vymenovala Ficovu štvrtú vládu 26 dní po voľbách.",
     ["says 26 dní after 'Predčasné parlamentné voľby'"]),
    ("sk", ELECTION_SK, "Prezidentka vymenovala Ficovu štvrtú vládu tri týždne po voľbách.",
     ["says tri týždne after"]),
    ("sk", ELECTION_SK, "Voľby sa konali 30. septembra. O 25 dní neskôr prezidentka "
     "vymenovala Ficovu štvrtú vládu.", []),
    ("sk", ELECTION_SK, "Voľby sa konali 30. septembra. O 20 dní neskôr prezidentka "
     "vymenovala Ficovu štvrtú vládu.", ["says 20 dní after"]),
    # A bound is no span.
    ("sk", ELECTION_SK, "Prezidentka vymenovala Ficovu štvrtú vládu viac ako tri týždne "
     "po voľbách.", []),
])
def test_a_russian_czech_or_slovak_span_is_held_to_the_timeline(language: str, timeline: str,
                                                         prose: str, said: list[str]) -> None:
    found = span_warnings(prose, language, timeline)
    assert len(found) == len(said) and all(part in line for part, line in zip(said, found,
                                                                              strict=True)), found


PERSIAN = ("چاندرایان ۳ از سریهاریکوتا پرتاب شد", "ویکرام در نزدیکی قطب جنوب ماه فرود آمد")


@pytest.mark.parametrize(("right", "wrong"), [
    # The event named after "پس از" (after), up to the comma; a count in words.
    ("چهل روز پس از پرتاب از سریهاریکوتا، ویکرام در نزدیکی قطب جنوب ماه فرود آمد.",
     "چهل و یک روز پس از پرتاب از سریهاریکوتا، ویکرام در نزدیکی قطب جنوب ماه فرود آمد."),
    # "بعد" (later) from the day the sentence before gives, in Persian digits.
    ("چاندرایان ۳ در ۲۳ تیر از سریهاریکوتا پرتاب شد. ۴۰ روز بعد، ویکرام در نزدیکی قطب جنوب ماه"
     " فرود آمد.",
     "چاندرایان ۳ در ۲۳ تیر از سریهاریکوتا پرتاب شد. ۴۱ روز بعد، ویکرام در نزدیکی قطب جنوب ماه"
     " فرود آمد."),
    ("فضاپیما در ۱۳ اوت وارد مدار ماه شد. ۱۰ روز بعد، ویکرام در نزدیکی قطب جنوب ماه فرود آمد.",
     "فضاپیما در ۱۲ اوت وارد مدار ماه شد. ۱۰ روز بعد، ویکرام در نزدیکی قطب جنوب ماه فرود آمد."),
    ("فضاپیما در ۲ اوت وارد مدار ماه شد. سه هفته بعد، ویکرام در نزدیکی قطب جنوب ماه فرود آمد.",
     "فضاپیما در ۲ اوت وارد مدار ماه شد. دو هفته بعد، ویکرام در نزدیکی قطب جنوب ماه فرود آمد."),
])
def test_a_persian_span_is_held_to_the_timeline(right: str, wrong: str) -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                f"  - date: 2023-07-14\n    title: {PERSIAN[0]}\n"
                f"  - date: 2023-08-23\n    title: {PERSIAN[1]}\n---\n")
    assert span_warnings(right, "fa", timeline) == []
    found = span_warnings(wrong, "fa", timeline)
    assert len(found) == 1 and f"'{PERSIAN[1]}' 2023-08-23" in found[0], found


@pytest.mark.parametrize(("language", "titles", "prose", "warned"), [
    # A year of four figures before a unit of years dates the time after it: no span.
    ("zh", CHINESE, "维克拉姆在月球南极附近着陆。1999年前，月船3号从斯里哈里科塔发射。", False),
    ("zh", CHINESE, "维克拉姆在月球南极附近着陆。1年前，月船3号从斯里哈里科塔发射。", True),
    ("ja", JAPANESE,
     "チャンドラヤーン3号は7月14日に打ち上げられた。2023年後、ビクラムが南極付近に着陸した。",
     False),
    ("ja", JAPANESE,
     "チャンドラヤーン3号は7月14日に打ち上げられた。2年後、ビクラムが南極付近に着陸した。", True),
    # Nor is a date's day ("8月14日后", after 14 August), an ordinal's or some days.
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。8月14日后，维克拉姆在月球南极附近着陆。",
     False),
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。第三天后，维克拉姆在月球南极附近着陆。",
     False),
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。数天后，维克拉姆在月球南极附近着陆。",
     False),
    ("zh", CHINESE, "月船3号于7月14日从斯里哈里科塔发射。三天后，维克拉姆在月球南极附近着陆。",
     True),
])
def test_a_year_or_a_day_before_its_unit_is_no_span(language: str, titles: tuple[str, str],
                                                     prose: str, warned: bool) -> None:
    timeline = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
                f"  - date: 2023-07-14\n    title: {titles[0]}\n"
                f"  - date: 2023-08-23\n    title: {titles[1]}\n---\n")
    assert len(span_warnings(prose, language, timeline)) == (1 if warned else 0)


ITAEWON = """
--- timeline
source: https://example.org/
events:
  - date: 2022-10-29
    title: 이태원 참사 발생
  - date: 2022-11-01
    title: 윤석열 대통령 합동분향소 조문
  - date: 2022-11-05
    title: 국가애도기간 종료
---
"""


@pytest.mark.parametrize(("right", "wrong", "told"), [
    # Korean names the event a span is measured from just before its count.
    ("윤석열 대통령은 참사 사흘 뒤 합동분향소를 조문했다.",
     "윤석열 대통령은 참사 나흘 뒤 합동분향소를 조문했다.",
     "says 나흘 after '이태원 참사 발생' (2022-10-29), but the timeline dates '윤석열 대통령 "
     "합동분향소 조문' 2022-11-01, 3 days after"),
    ("이태원 참사 일주일 뒤 국가애도기간이 종료됐다.",
     "이태원 참사 열흘 뒤 국가애도기간이 종료됐다.",
     "says 열흘 after '이태원 참사 발생' (2022-10-29), but the timeline dates '국가애도기간 종료' "
     "2022-11-05, 7 days after"),
    # A word with a particle is the clause's subject, no event named: the span is measured
    # from the day the sentence before gives.
    ("참사는 10월 29일 일어났다. 윤석열 대통령은 사흘 뒤 합동분향소를 조문했다.",
     "참사는 10월 29일 일어났다. 윤석열 대통령은 닷새 뒤 합동분향소를 조문했다.",
     "says 닷새 after"),
])
def test_a_korean_event_named_before_the_count_is_measured_from(right: str, wrong: str,
                                                                  told: str) -> None:
    assert span_warnings(right, "ko", ITAEWON) == []
    found = span_warnings(wrong, "ko", ITAEWON)
    assert len(found) == 1 and told in found[0], found


def events_of(*events: tuple[str, str]) -> str:
    """Return a timeline section of some events, each a date and a title."""
    return ("\n--- timeline\nsource: https://example.org/\nevents:\n"
            + "".join(f"  - date: {date}\n    title: {title}\n" for date, title in events)
            + "---\n")


RULING = events_of(("2022-10-31", "The Supreme Court hears arguments on affirmative action"),
                   ("2023-06-29", "The Supreme Court strikes down affirmative action"))
RAINS = events_of(("2023-05-02", "Le prime piogge cadono sulla Romagna"),
                  ("2023-05-16", "Il Lamone esonda a Faenza"))
DANA_ES = events_of(("2024-10-29", "La DANA llega a Valencia"),
                    ("2024-11-09", "Miles de personas protestan en Valencia"))
DANA_FR = events_of(("2024-10-29", "Le DANA frappe Valence"),
                    ("2024-11-09", "Des milliers de manifestants défilent à Valence"))
DANA_PT = events_of(("2024-10-29", "A DANA atinge Valência"),
                    ("2024-11-09", "Milhares de pessoas protestam em Valência"))
FLOOD_DE = events_of(("2021-07-14", "Die Flut trifft das Ahrtal"),
                     ("2021-09-10", "Der Bundestag beschließt den Wiederaufbaufonds"))


@pytest.mark.parametrize(("language", "timeline", "wrong", "told", "right"), [
    ("en", RULING, "The cases were argued on Oct. 31, 2022, and decided six months later, on "
     "June 29, 2023.", "content/x.md:10:53: warning: section 'summary' says six months after "
     "'The Supreme Court hears arguments on affirmative action' (2022-10-31), but the "
     "timeline dates 'The Supreme Court strikes down affirmative action' 2023-06-29, 241 days "
     "(8 calendar months) after", "The cases were argued on Oct. 31, 2022, and decided eight "
     "months later, on June 29, 2023."),
    ("it", RAINS, "Le prime piogge arrivarono il 2 maggio. Tre giorni dopo, il 23 maggio, i "
     "fiumi esondarono.", "content/x.md:10:41: warning: section 'summary' says Tre giorni "
     "after 2 maggio (2023-05-02), but it gives 23 maggio, 21 days after",
     "Le prime piogge arrivarono il 2 maggio. Ventuno giorni dopo, il 23 maggio, i fiumi "
     "esondarono."),
    ("es", DANA_ES, "La DANA llegó el 29 de octubre. Tres días después, el 2 de noviembre, "
     "miles de personas protestaron en Valencia.", "content/x.md:10:33: warning: section "
     "'summary' says Tres días after 'La DANA llega a Valencia' (2024-10-29), but it gives 2 "
     "de noviembre, 4 days after", "La DANA llegó el 29 de octubre. Cuatro días después, el "
     "2 de noviembre, miles de personas protestaron en Valencia."),
    ("fr", DANA_FR, "Le DANA a frappé Valence le 29 octobre. Trois jours plus tard, le 2 "
     "novembre, des milliers de manifestants ont défilé à Valence.", "content/x.md:10:41: "
     "warning: section 'summary' says Trois jours after 'Le DANA frappe Valence' "
     "(2024-10-29), but it gives 2 novembre, 4 days after", "Le DANA a frappé Valence le 29 "
     "octobre. Quatre jours plus tard, le 2 novembre, des milliers de manifestants ont défilé "
     "à Valence."),
    ("pt", DANA_PT, "A DANA chegou em 29 de outubro. Três dias depois, em 2 de novembro, "
     "milhares de pessoas protestaram em Valência.", "content/x.md:10:33: warning: section "
     "'summary' says Três dias after 29 de outubro (2024-10-29), but it gives 2 de novembro, "
     "4 days after", "A DANA chegou em 29 de outubro. Quatro dias depois, em 2 de novembro, "
     "milhares de pessoas protestaram em Valência."),
    ("de", FLOOD_DE, "Die Flut kam am 14. Juli. Drei Wochen nach der Flut, am 28. Juli, "
     "beschloss der Bundestag den Wiederaufbaufonds.", "content/x.md:10:27: warning: section "
     "'summary' says Drei Wochen after 'Die Flut trifft das Ahrtal' (2021-07-14), but it gives "
     "28. Juli, 14 days after", "Die Flut kam am 14. Juli. Zwei Wochen nach der Flut, am 28. "
     "Juli, beschloss der Bundestag den Wiederaufbaufonds."),
    ("de", FLOOD_DE, "Die Flut kam am 14. Juli. Drei Wochen später, am 28. Juli, begann der "
     "Wiederaufbau.", "content/x.md:10:27: warning: section 'summary' says Drei Wochen after "
     "14. Juli (2021-07-14), but it gives 28. Juli, 14 days after", "Die Flut kam am 14. Juli. "
     "Zwei Wochen später, am 28. Juli, begann der Wiederaufbau."),
])
def test_a_day_right_after_a_span_is_its_end(language: str, timeline: str, wrong: str,
                                             told: str, right: str) -> None:
    """A day set off right after a span ("six months later, on June 29, 2023") is its end,
    whatever event the sentence tells; two days without their year are read in the year
    nearest the timeline's."""
    assert span_warnings(wrong, language, timeline) == [told]
    assert span_warnings(right, language, timeline) == []


@pytest.mark.parametrize(("prose", "warned"), [
    # A day of another clause is not the span's end.
    ("The court heard arguments on Oct. 31, 2022. Six days later the court ruled; on 5 "
     "November it adjourned.", False),
    ("The court heard arguments on Oct. 31, 2022. Six days later, on 5 November, the court "
     "ruled.", True),
])
def test_a_day_of_another_clause_is_no_span_s_end(prose: str, warned: bool) -> None:
    assert len(span_warnings(prose, timeline=RULING)) == warned


SETTLED = ("\n--- timeline\nsource: https://example.org/\nevents:\n"
           "  - date: 2023-10-25\n    title: Ford reaches a tentative agreement\n"
           "  - date: 2023-10-28\n    title: Stellantis reaches a tentative agreement\n"
           "  - date: 2023-10-30\n    title: GM reaches a tentative agreement\n---\n")


@pytest.mark.parametrize(("prose", "warned"), [
    # A span set off before its day is measured from the day its own sentence gives first.
    ("Ford was the first to settle, on Oct. 25, a Wednesday. Stellantis followed on Oct. 28, "
     "and GM two days later, on Oct. 30.", False),
    ("Ford was the first to settle, on Oct. 25, a Wednesday. Stellantis followed on Oct. 28, "
     "and GM three days later, on Oct. 30.", True),
    # A day of a clause joined after the span is another's act, not the span's end.
    ("Ford settled first, on Oct. 25; Stellantis followed three days later, and GM on Oct. 30.",
     False),
    ("Ford settled first, on Oct. 25; Stellantis reached a tentative agreement two days later, "
     "and GM on Oct. 30.", True),
])
def test_a_span_ends_at_its_own_clauses_day(prose: str, warned: bool) -> None:
    assert len(span_warnings(prose, "en-US", SETTLED)) == warned


STORM_AR = events_of(("2023-09-10", "وصول العاصفة دانيال إلى ليبيا"),
                     ("2023-09-11", "انهيار سدي درنة"),
                     ("2023-09-13", "إعلان الحداد الوطني في ليبيا"))


@pytest.mark.parametrize(("right", "wrong", "told"), [
    # Arabic puts "after" before the count, and names the event after "من".
    ("أعلنت الحكومة الحداد الوطني في ليبيا بعد ثلاثة أيام من وصول العاصفة دانيال.",
     "أعلنت الحكومة الحداد الوطني في ليبيا بعد أربعة أيام من وصول العاصفة دانيال.",
     "content/x.md:10:38: warning: section 'summary' says أربعة أيام after 'وصول العاصفة "
     "دانيال إلى ليبيا' (2023-09-10), but the timeline dates 'إعلان الحداد الوطني في ليبيا' "
     "2023-09-13, 3 days after"),
    # A unit in the dual counts two, one alone counts one.
    ("أعلنت الحكومة الحداد الوطني في ليبيا بعد يومين من انهيار سدي درنة.",
     "أعلنت الحكومة الحداد الوطني في ليبيا بعد أسبوع من انهيار سدي درنة.",
     "says أسبوع after 'انهيار سدي درنة' (2023-09-11)"),
    ("وقع انهيار سدي درنة بعد يوم من وصول العاصفة دانيال إلى ليبيا.",
     "وقع انهيار سدي درنة بعد يومين من وصول العاصفة دانيال إلى ليبيا.",
     "says يومين after"),
    ("وقع انهيار سدي درنة قبل يومين من إعلان الحداد الوطني في ليبيا.",
     "وقع انهيار سدي درنة قبل عشرة أيام من إعلان الحداد الوطني في ليبيا.",
     "says عشرة أيام before 'إعلان الحداد الوطني في ليبيا' (2023-09-13), but the timeline "
     "dates 'انهيار سدي درنة' 2023-09-11, 2 days before"),
    # Without "من", from the day the sentence before gives.
    ("وصلت العاصفة دانيال إلى ليبيا في 10 سبتمبر. وبعد ثلاثة أيام أعلنت الحكومة الحداد "
     "الوطني في ليبيا.",
     "وصلت العاصفة دانيال إلى ليبيا في 10 سبتمبر. وبعد أربعة أيام أعلنت الحكومة الحداد "
     "الوطني في ليبيا.",
     "content/x.md:10:45: warning: section 'summary' says أربعة أيام after"),
])
def test_an_arabic_span_with_its_link_first_is_held_to_the_timeline(right: str, wrong: str,
                                                                    told: str) -> None:
    assert span_warnings(right, "ar", STORM_AR) == []
    found = span_warnings(wrong, "ar", STORM_AR)
    assert len(found) == 1 and told in found[0], found


@pytest.mark.parametrize("prose", [
    # A bound, and a month named, not counted: "after the month of Ramadan".
    "أعلنت الحكومة الحداد الوطني في ليبيا بعد أكثر من أربعة أيام من وصول العاصفة دانيال.",
    "وصلت العاصفة دانيال إلى ليبيا في 10 سبتمبر. وبعد شهر رمضان أعلنت الحكومة الحداد "
    "الوطني في ليبيا.",
])
def test_an_arabic_bound_or_month_named_is_no_span(prose: str) -> None:
    assert span_warnings(prose, "ar", STORM_AR) == []


NOTO_JA = events_of(("2024-01-01", "能登半島地震が発生"), ("2024-01-02", "羽田空港で航空機が衝突"),
                    ("2024-08-08", "日向灘で地震が発生"))


@pytest.mark.parametrize(("right", "wrong", "told"), [
    # Japanese names the event before the count, with "から" (from) or "の".
    ("能登半島地震から約7か月後、日向灘で地震が発生した。",
     "能登半島地震から約5か月後、日向灘で地震が発生した。",
     "content/x.md:10:9: warning: section 'summary' says 約5か月 after '能登半島地震が発生' "
     "(2024-01-01), but the timeline dates '日向灘で地震が発生' 2024-08-08, 220 days (7 "
     "calendar months) after"),
    # The subject before its particle names no event the span is measured from.
    ("日向灘の地震は能登半島地震から約7か月後に発生した。",
     "日向灘の地震は能登半島地震から約9か月後に発生した。",
     "says 約9か月 after '能登半島地震が発生' (2024-01-01)"),
    ("能登半島地震の1日後、羽田空港で航空機が衝突した。",
     "能登半島地震の3日後、羽田空港で航空機が衝突した。",
     "says 3日 after '能登半島地震が発生' (2024-01-01), but the timeline dates "
     "'羽田空港で航空機が衝突' 2024-01-02, 1 day after"),
])
def test_a_japanese_event_named_before_the_count_is_measured_from(right: str, wrong: str,
                                                                   told: str) -> None:
    assert span_warnings(right, "ja", NOTO_JA) == []
    found = span_warnings(wrong, "ja", NOTO_JA)
    assert len(found) == 1 and told in found[0], found


TALKS = """
--- timeline
source: https://example.org/
events:
  - date: 2021-03-01
    title: Negotiations open in Brussels
  - date: 2022-06-10
    title: Negotiators trade offers on fishing
  - date: 2023-02-01
    title: Negotiations conclude with a deal
---
"""


@pytest.mark.parametrize(("prose", "said"), [
    # What took or lasted a time runs from the event that opens it to the one that ends it.
    ("The negotiations took 25 months.", "says 'The negotiations took 25 months', from "
     "'Negotiations open in Brussels' (2021-03-01), but the timeline dates 'Negotiations "
     "conclude with a deal' 2023-02-01, 702 days (23 calendar months) after"),
    ("The negotiations lasted three years.", "but the timeline dates 'Negotiations conclude "
     "with a deal' 2023-02-01, 702 days (2 calendar years) after"),
    # A count of days that takes in both end days is one more, never two more.
    ("The negotiations lasted 704 days.", "702 days after"),
])
def test_a_duration_the_timeline_measures_otherwise_warns(prose: str, said: str) -> None:
    found = span_warnings(prose, timeline=TALKS)
    assert len(found) == 1 and said in found[0]


@pytest.mark.parametrize("prose", [
    "The negotiations took 23 months.",
    "The negotiations lasted almost two years.",
    # Days counted without the first day, or with it, as a strike's days are counted.
    "The negotiations lasted 702 days.",
    "The negotiations lasted 703 days.",
    # No title begins or ends what took the time: the events meant are unsure.
    "The deal took 25 months to ratify.",
])
def test_a_duration_the_timeline_measures_alike_or_cannot_tell_is_silent(prose: str) -> None:
    assert span_warnings(prose, timeline=TALKS) == []


@pytest.mark.parametrize(("prose", "warned"), [
    # The time a change is measured against is no span between events, nor a second span of
    # its sentence: the span beside it is still read.
    ("Luna-25 crashed into the Moon on 20 August. Five days earlier, on 14 August, the mission "
     "had reported revenue up 262% from a year earlier.", 1),
    ("Luna-25 crashed into the Moon on 20 August. Six days earlier, on 14 August, the mission "
     "had reported revenue up 262% from a year earlier.", 0),
    ("Vikram landed near the south pole on 23 August, 41 days after Chandrayaan-3 launched "
     "from Sriharikota, with costs 5% lower than a year earlier.", 1),
])
def test_the_time_a_change_is_measured_against_is_no_span(prose: str, warned: int) -> None:
    assert len(span_warnings(prose)) == warned


def test_a_measure_of_one_day_is_said_in_the_singular() -> None:
    assert span_warnings("The rover left the lander on 24 August, two days after the landing.") == [
        "content/x.md:10:41: warning: section 'summary' says two days after 'Vikram lands near "
        "the south pole' (2023-08-23), but it gives 24 August, 1 day after"]
    assert span_warnings("The rover left the lander on 26 August, two days after the landing.") == [
        "content/x.md:10:41: warning: section 'summary' says two days after 'Vikram lands near "
        "the south pole' (2023-08-23), but it gives 26 August, 3 days after"]


@pytest.mark.parametrize("prose", [
    "Vikram landed near the south pole, 41 days after launch and more than 380,000 kilometres "
    "from home.",
    "Vikram landed near the south pole, 41 days after launch and some 384,000 km from Earth.",
])
def test_an_event_named_before_an_and_that_joins_another_measure_is_its_start(
        prose: str) -> None:
    assert span_warnings(prose) == [
        "content/x.md:10:36: warning: section 'summary' says 41 days after 'Chandrayaan-3 "
        "launches from Sriharikota' (2023-07-14), but the timeline dates 'Vikram lands near the "
        "south pole' 2023-08-23, 40 days after"]


def test_a_span_that_fits_before_an_and_that_joins_another_measure_is_silent() -> None:
    assert span_warnings("Vikram landed near the south pole, 40 days after launch and more "
                         "than 380,000 kilometres from home.") == []


BRASILIA = """
--- timeline
source: https://example.org/
events:
  - date: 2022-10-30
    title: Lula wins the run-off
  - date: 2023-01-01
    title: Lula is sworn in
  - date: 2023-01-08
    title: Rioters storm Brasília
---
"""
FIDUCIA = """
--- timeline
source: https://example.org/
events:
  - date: 2022-10-21
    title: Meloni riceve l'incarico
  - date: 2022-10-22
    title: Il governo Meloni giura al Quirinale
  - date: 2022-10-25
    title: Fiducia alla Camera
---
"""


@pytest.mark.parametrize(("prose", "language", "told"), [
    # A span that opens a clause of its own after "and" is measured from the day just before
    # it to the event its own clause tells, not from the sentence's first day.
    ("Lula won the run-off on 30 October 2022, was sworn in on 1 January and, a week later, "
     "saw rioters storm Brasília.", "en", None),
    ("Lula won the run-off on 30 October 2022, was sworn in on 1 January and, two weeks "
     "later, saw rioters storm Brasília.", "en",
     "says two weeks after 'Lula is sworn in' (2023-01-01), but the timeline dates 'Rioters "
     "storm Brasília' 2023-01-08, 7 days after"),
    ("Meloni ha ricevuto l'incarico il 21 ottobre 2022, ha giurato il 22 ottobre e, tre giorni "
     "dopo, ha ottenuto la fiducia alla Camera.", "it", None),
    ("Meloni ha ricevuto l'incarico il 21 ottobre 2022, ha giurato il 22 ottobre e, due giorni "
     "dopo, ha ottenuto la fiducia alla Camera.", "it",
     "says due giorni after 'Il governo Meloni giura al Quirinale' (2022-10-22), but the "
     "timeline dates 'Fiducia alla Camera' 2022-10-25, 3 days after"),
])
def test_a_span_opening_a_clause_after_and_is_measured_from_the_day_before_it(
        prose: str, language: str, told: str | None) -> None:
    timeline = BRASILIA if language == "en" else FIDUCIA
    found = span_warnings(prose, language, timeline=timeline)
    assert (found == []) if told is None else (len(found) == 1 and told in found[0]), found
