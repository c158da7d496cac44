"""The editorial checks of numbers read Polish as Polish papers write it: a decimal comma and
a space between thousands ("74,4 proc.", "1 500"), scales after the number ("21,6 mln", "600
tys.", "1,5 mld zł"), and a counted noun in the case its number puts it in ("194 mandaty",
"157 mandatów", "w pięciu krajach", "dziewięciu państw")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_clause_days import warnings_for
from .test_economy_claims import said_beside as said_of_change
from .test_fate_claims import said_beside
from .test_rates_per_people import said_of_rate

POLISH = "---\ntitle: T\ndek: D\npublished: 2023-12-14\nlanguage: pl\n---\n"
FIGURES = """
--- figures
figures:
  - value: 74,4%
    label: frekwencja
  - value: "194"
    label: mandaty PiS
  - value: 35,4%
    label: poparcie dla PiS
  - value: "157"
    label: mandaty Koalicji Obywatelskiej
  - value: około 21,6 mln
    label: wyborcy, którzy oddali głos
  - value: 150 mln zł
    label: wydatki komitetów na kampanię
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Poland, role: lead}
  - {name: Germany, role: supporting}
  - {name: France, role: supporting}
  - {name: Czechia, role: supporting}
  - {name: Slovakia, role: supporting}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, POLISH))


@pytest.mark.parametrize(("text", "warned"), [
    # A percentage by its sign or by its word, "proc." before a lowercase word or at the end.
    ("Frekwencja wyniosła 77,4 proc.", ["'77,4 proc.'"]),
    ("Frekwencja wyniosła 74,4 proc.", []),
    ("Frekwencja wyniosła 77,4%.", ["'77,4%'"]),
    ("Frekwencja wyniosła 77,4 procent, najwięcej od 1989 roku.", ["'77,4 procent'"]),
    ("Frekwencja wyniosła 74,4 procent, najwięcej od 1989 roku.", []),
    ("PiS zdobyło 37,4 proc. głosów i 194 mandaty.", ["'37,4 proc.'"]),
    # A count in every case its number puts the noun in; a name's words in theirs.
    ("PiS zdobyło 35,4 proc. głosów i 196 mandatów.", ["'196 mandatów'"]),
    ("PiS zdobyło 35,4 proc. głosów i 194 mandaty.", []),
    ("Koalicja Obywatelska zdobyła 175 mandatów.", ["'175 mandatów'"]),
    ("Koalicja Obywatelska zdobyła 157 mandatów.", []),
    # A scale after the number, abbreviated or in its case.
    ("Głos oddało 25,6 mln wyborców.", ["'25,6 mln wyborców'"]),
    ("Głos oddało blisko 21,6 miliona wyborców.", []),
    ("Głos oddało 21 600 tys. wyborców.", []),
    # Money by its name after the number: "zł", "złotych", a scale between.
    ("Komitety wydały na kampanię 250 mln zł.", ["'250 mln zł'"]),
    ("Komitety wydały na kampanię 1,5 mld zł.", ["'1,5 mld zł'"]),
    ("Komitety wydały na kampanię około 150 mln zł.", []),
    ("Komitety wydały na kampanię 150 milionów złotych.", []),
])
def test_amounts_in_polish(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("W szczycie brało udział sześć krajów.", ["'sześć krajów'"]),
    ("W szczycie brało udział pięć krajów.", []),
    ("Polska i dziewięć innych krajów podpisało umowę.", ["'dziewięć innych krajów'"]),
    ("Polska i cztery inne kraje podpisały umowę.", []),
    ("Przedstawiciele dziewięciu państw podpisali umowę.", ["'dziewięciu państw'"]),
    ("Przedstawiciele 5 państw podpisali umowę.", []),
    ("W 7 krajach odbyły się protesty.", ["'7 krajach'"]),
    ("W pięciu krajach odbyły się protesty.", []),
    ("W misji uczestniczy ponad 30 krajów.", ["'ponad 30 krajów'"]),
    ("W misji uczestniczy ponad 3 krajów.", []),
    ("Oprócz Polski w misji uczestniczy dziewięć krajów.", ["'dziewięć krajów'"]),
    ("Oprócz Polski w misji uczestniczą cztery kraje.", []),
    ("Umowę poparło 27 państw UE.", []),
    ("Te dwa kraje podpisały umowę jako pierwsze.", []),
])
def test_counts_of_countries_in_polish(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize("text", [
    "Wybory odbyły się 15 października 2023 roku, a frekwencja wyniosła 74,4 proc., najwięcej "
    "od 1989 roku.",
    "Cztery lata wcześniej PiS miało 235 mandatów.",
    "PiS zdobyło 194 mandaty, o 41 mniej niż w 2019 roku.",
    "PiS straciło 41 mandatów i większość w Sejmie.",
    "PiS zajęło 1. miejsce, Koalicja Obywatelska 2. miejsce, a Konfederacja 5. miejsce.",
    "Frekwencja wyniosła prawie 74,4 proc.",
    "Frekwencja wyniosła ponad 74 proc.",
    "Frekwencja wyniosła blisko 75 proc.",
    "Frekwencja wyniosła ok. 74 proc. Do urn poszło blisko 21,6 mln wyborców.",
    "Sondaże dawały frekwencję od 60 do 65 proc.",
    "Sondaże dawały PiS 5-10 punktów przewagi.",
    "Exit poll dawał PiS 36,8 proc. głosów i 200 mandatów.",
    "Frekwencja wzrosła o 12,7 punktu procentowego, z 61,7 do 74,4 proc.",
    "Koalicja Obywatelska zdobyła 157 mandatów, o 23 więcej niż przed czterema laty.",
    "W 460-osobowym Sejmie większość to 231 mandaty.",
    "Sejm wybrał Donalda Tuska na premiera 11 grudnia 2023 roku, a 13 grudnia rząd został "
    "zaprzysiężony.",
    "Prawie 2 na 5 Polaków poparło PiS.",
    "Trzecia Droga zdobyła 14,4 proc. głosów i 65 mandatów, a Lewica 8,6 proc. i 26 mandatów.",
])
def test_careful_polish_prose_gets_no_false_warning(text: str) -> None:
    assert said(text) == []


ELECTION = POLISH + """
--- summary
---
W wyborach do Sejmu 15 października 2023 roku frekwencja wyniosła 74,4 proc. – najwięcej od
1989 roku. Do urn poszło blisko 21,6 mln wyborców. Prawo i Sprawiedliwość zdobyło 35,4 proc.
głosów i 194 mandaty, o 41 mniej niż cztery lata wcześniej, i straciło większość w 460-osobowym
Sejmie. Koalicja Obywatelska uzyskała 30,7 proc. i 157 mandatów, Trzecia Droga 65 mandatów, a
Nowa Lewica 26. Trzy ugrupowania mają razem 248 posłów, ponad 231 potrzebnych do większości.
Konfederacja zdobyła 18 mandatów i zajęła 5. miejsce.

Sejm wybrał Donalda Tuska na premiera 11 grudnia 2023 roku, a dwa dni później, 13 grudnia,
prezydent Andrzej Duda zaprzysiągł jego rząd. Sondaże dawały PiS od 5 do 10 punktów przewagi.

--- takeaways
takeaways:
  - Frekwencja 74,4 proc. była najwyższa od 1989 roku.
  - PiS wygrało wybory z 194 mandatami, ale straciło większość.
  - KO, Trzecia Droga i Lewica mają razem 248 posłów w 460-osobowym Sejmie.
  - Donald Tusk został premierem 11 grudnia 2023 roku.
---
--- figures
figures:
  - value: 74,4%
    label: frekwencja
  - value: "194"
    label: mandaty PiS
  - value: 35,4%
    label: poparcie dla PiS
  - value: "157"
    label: mandaty Koalicji Obywatelskiej
  - value: 30,7%
    label: poparcie dla Koalicji Obywatelskiej
  - value: "65"
    label: mandaty Trzeciej Drogi
  - value: "26"
    label: mandaty Nowej Lewicy
---
--- timeline
source: https://wybory.gov.pl/sejmsenat2023/
events:
  - date: 2023-10-15
    title: Wybory do Sejmu i Senatu
    text: Frekwencja wynosi 74,4 proc., najwięcej od 1989 roku.
  - date: 2023-12-11
    title: Sejm wybiera Donalda Tuska na premiera
    text: Za kandydaturą głosuje 248 posłów, przeciw 201.
  - date: 2023-12-13
    title: Rząd Donalda Tuska zaprzysiężony
    text: Prezydent Andrzej Duda powołuje premiera i 26 ministrów.
---
"""


def test_an_election_explainer_in_polish_gets_no_false_warning(make_site: Callable[..., Path]
                                                                ) -> None:
    root = make_site({"content/wybory.md": ELECTION})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr


@pytest.mark.parametrize(("wrong", "message"), [
    (("frekwencja wyniosła 74,4 proc.", "frekwencja wyniosła 77,4 proc."),
     "content/wybory.md:10:67: warning: section 'summary' says '77,4 proc.' but the key figure "
     "'frekwencja' (line 29) says '74,4%'"),
    (("Frekwencja 74,4 proc.", "Frekwencja 77,4 proc."),
     "content/wybory.md:22:16: warning: takeaway says '77,4 proc.' but the key figure "
     "'frekwencja' (line 29) says '74,4%'"),
    (("157 mandatów", "175 mandatów"),
     "content/wybory.md:13:52: warning: section 'summary' says '175 mandatów' but the key "
     "figure 'mandaty Koalicji Obywatelskiej' (line 35) says '157'"),
])
def test_a_wrong_number_in_a_polish_explainer_is_warned_of(
        make_site: Callable[..., Path], wrong: tuple[str, str], message: str) -> None:
    root = make_site({"content/wybory.md": ELECTION.replace(*wrong)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert message in result.stderr, result.stderr


@pytest.mark.parametrize(("text", "warned"), [
    # Another source's count is no slip beside the WHO's; the WHO's own, or one given to
    # no one, is.
    ("Libijski Czerwony Półksiężyc podał, że w Dernie zginęło 11 300 osób.", []),
    ("Według Czerwonego Półksiężyca w Dernie zginęło 11 300 osób.", []),
    ("Według WHO w Dernie zginęło 4100 osób.", ["'4100 osób'"]),
    ("W powodzi w Dernie zginęło 11 300 osób.", ["'11 300 osób'"]),
])
def test_an_amount_another_source_gives_is_its_own(text: str, warned: list[str]) -> None:
    assert said_beside(text, "3958", "osób zginęło w Dernie według WHO", "pl") == warned


@pytest.mark.parametrize(("text", "warned"), [
    # A rate per 100,000 people is not held against a count; a count is.
    ("W Kongu odnotowano 60 podejrzanych przypadków mpox na 100 tys. mieszkańców.", []),
    ("W Kongu odnotowano 60 podejrzanych przypadków mpox na 100 000 mieszkańców.", []),
    ("W Kongu odnotowano 20 000 podejrzanych przypadków mpox.",
     ["'20 000 podejrzanych przypadków'"]),
])
def test_a_rate_per_people_is_no_count(text: str, warned: list[str]) -> None:
    assert said_of_rate(text, "25 000", "podejrzanych przypadków mpox w Kongu", "pl") == warned


@pytest.mark.parametrize(("value", "label", "text", "warned"), [
    # One of two kinds is not held against a figure of the other; the same kind is.
    ("25 000", "podejrzanych przypadków mpox w Kongu",
     "W Kongu odnotowano 5000 potwierdzonych przypadków mpox.", []),
    ("25 000", "podejrzanych przypadków mpox w Kongu",
     "W Kongu odnotowano 15 000 podejrzanych przypadków mpox.",
     ["'15 000 podejrzanych przypadków'"]),
    ("3,5%", "roczna inflacja w Polsce", "Miesięczna inflacja w Polsce wyniosła 0,5%.", []),
    ("3,5%", "roczna inflacja w Polsce", "Roczna inflacja w Polsce wyniosła 2,5%.", ["'2,5%'"]),
])
def test_one_kind_is_not_held_against_the_other(value: str, label: str, text: str,
                                                warned: list[str]) -> None:
    assert said_of_rate(text, value, label, "pl") == warned


LIVES = [
    ('pl', 'Królowa Elżbieta II, 1926–2022',
     ('Elżbieta urodziła się w Londynie', 'Elżbieta II umiera'),
     'Królowa zmarła 8 września 2022 w wieku 97 lat.', 1),
    ('pl', 'Królowa Elżbieta II, 1926–2022',
     ('Elżbieta urodziła się w Londynie', 'Elżbieta II umiera'),
     'Królowa zmarła 8 września 2022 w wieku 96 lat.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_polish(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('pl', '−64%', 'spadek zysku operacyjnego w trzecim kwartale',
     'Zysk operacyjny w trzecim kwartale spadł o 46%.', ["'46%'"]),
    ('pl', '−64%', 'spadek zysku operacyjnego w trzecim kwartale',
     'Zysk operacyjny w trzecim kwartale spadł o 64%.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_polish(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


@pytest.mark.parametrize("reached", ["125%", "145%"])
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_polish(reached: str) -> None:
    """The 10% a tariff went up from is history, not a level held to 145%."""
    text = ("W lutym USA nałożyły cło USA na towary z Chin w wysokości 10%, a w marcu podniosły "
            f"je do {reached}.")
    front = "---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: pl\n---\n"
    assert "'10%'" not in said_of_change(text, {"145%": "cło USA na towary z Chin"}, front)


# The swearing-in a title names by its verbal noun ("zaprzysiężenie"), which Polish makes from
# the passive participle ("zaprzysiężony") the prose tells it by.
SWORN = [("2023-12-11", "Sejm wybiera Donalda Tuska na premiera"),
         ("2023-12-13", "Zaprzysiężenie rządu Donalda Tuska")]


@pytest.mark.parametrize(("prose", "warned"), [
    ("14 grudnia rząd Donalda Tuska został zaprzysiężony.", True),
    ("Rząd Donalda Tuska został zaprzysiężony 14 grudnia, po wyborze premiera.", True),
    ("13 grudnia rząd Donalda Tuska został zaprzysiężony.", False),
    # another act done to the government: not the swearing-in
    ("14 grudnia rząd Donalda Tuska został skrytykowany.", False),
])
def test_a_participle_in_ony_is_the_act_of_its_noun_in_enie(prose: str, warned: bool) -> None:
    found = warnings_for("pl", prose, SWORN)
    assert found == ([f"content/x.md:10:{prose.index('14') + 1}: warning: section 'summary' "
                      f"gives 14 grudnia, but the timeline dates '{SWORN[1][1]}' 2023-12-13 "
                      "(line 17)"] if warned else [])
