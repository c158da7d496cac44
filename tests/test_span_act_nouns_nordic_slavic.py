"""The noun of a title's act names its event in Swedish, Norwegian, Danish, Croatian and Polish
too: a particle verb's noun ("inträdet" of "träder in"), a short noun's definite form ("dommen"
of "Dom"), a noun whose verb changes its vowel ("dommen" of "dømmes"), a noun's case with its
fleeting vowel ("ulaska" of "ulazi"), and a noun that is its verb's root ("wyborze" of
"wybiera"), after a day whose year is no part of the span ("13 grudnia 2023 roku, trzy dni")."""

from __future__ import annotations

import pytest

from .test_span_claims import span_warnings


def timeline(*events: tuple[str, str]) -> str:
    """Return a timeline section of the events given, each a date and a title."""
    rows = "".join(f"  - date: {date}\n    title: {title}\n" for date, title in events)
    return f"\n--- timeline\nsource: https://example.org/\nevents:\n{rows}---\n"


NATO = timeline(("2024-02-26", "Ungerns parlament godkänner ansökan"),
                ("2024-03-07", "Sverige träder in i Nato"),
                ("2024-03-11", "Flaggan hissas i Bryssel"))
VERDICT = timeline(("2012-04-16", "Rettssaken starter i Oslo tingrett"),
                   ("2012-08-13", "22. juli-kommisjonen legger fram rapporten"),
                   ("2012-08-24", "Dom på 21 års forvaring"))
SENTENCED_NB = timeline(("2012-04-16", "Rettssaken starter i Oslo tingrett"),
                        ("2012-08-13", "22. juli-kommisjonen legger fram rapporten"),
                        ("2012-08-24", "Gjerningsmannen dømmes til forvaring"))
SENTENCED_DA = timeline(("2012-04-16", "Retssagen begynder i Oslo"),
                        ("2012-08-13", "Kommissionen fremlægger sin rapport"),
                        ("2012-08-24", "Gerningsmanden dømmes til forvaring"))
EURO = timeline(("2022-07-12", "Vijeće EU-a odobrava uvođenje eura"),
                ("2022-12-08", "Odluka o Schengenu"),
                ("2023-01-01", "Hrvatska ulazi u eurozonu"))
CHOSEN = timeline(("2023-10-15", "Wybory parlamentarne w Polsce"),
                  ("2023-12-11", "Sejm wybiera Donalda Tuska na premiera"),
                  ("2023-12-13", "Rząd Tuska zaprzysiężony"))
SWEDISH = "{count} dagar efter inträdet, den 11 mars 2024, hissades flaggan i Bryssel."
NORWEGIAN = ("{count} dager før dommen, 13. august 2012, la 22. juli-kommisjonen fram sin "
             "rapport.")
DANISH = "{count} dage før dommen, den 13. august 2012, fremlagde kommissionen sin rapport."
CROATIAN = "Odluka o Schengenu donesena je 8. prosinca 2022., {count} dana prije ulaska."
POLISH = "13 grudnia 2023 roku, {count} dni po wyborze Tuska, rząd został zaprzysiężony."
# Each story's sentence, its timeline, a count the timeline belies and the one it gives, the
# noun of the act, a noun of another act, and the warning the wrong count gets.
CASES = [("sv", SWEDISH, NATO, "Tre", "Fyra", "inträdet", "utträdet",
          "content/x.md:10:1: warning: section 'summary' says Tre dagar after 'Sverige träder "
          "in i Nato' (2024-03-07), but it gives 11 mars 2024, 4 days after"),
         ("nb", NORWEGIAN, VERDICT, "Ti", "Elleve", "dommen", "valget",
          "content/x.md:10:1: warning: section 'summary' says Ti dager before 'Dom på 21 års "
          "forvaring' (2012-08-24), but it gives 13. august 2012, 11 days before"),
         ("nb", NORWEGIAN, SENTENCED_NB, "Ti", "Elleve", "dommen", "valget",
          "content/x.md:10:1: warning: section 'summary' says Ti dager before 'Gjerningsmannen "
          "dømmes til forvaring' (2012-08-24), but it gives 13. august 2012, 11 days before"),
         ("da", DANISH, SENTENCED_DA, "Ti", "Elleve", "dommen", "valget",
          "content/x.md:10:1: warning: section 'summary' says Ti dage before 'Gerningsmanden "
          "dømmes til forvaring' (2012-08-24), but it gives 13. august 2012, 11 days before"),
         ("hr", CROATIAN, EURO, "25", "24", "ulaska", "izbora",
          "content/x.md:10:51: warning: section 'summary' says 25 dana before 'Hrvatska ulazi "
          "u eurozonu' (2023-01-01), but the timeline dates 'Odluka o Schengenu' 2022-12-08, "
          "24 days before"),
         ("pl", POLISH, CHOSEN, "trzy", "dwa", "wyborze", "ataku",
          "content/x.md:10:23: warning: section 'summary' says trzy dni after 'Sejm wybiera "
          "Donalda Tuska na premiera' (2023-12-11), but the timeline dates 'Rząd Tuska "
          "zaprzysiężony' 2023-12-13, 2 days after")]


@pytest.mark.parametrize(("language", "prose", "events", "wrong", "noun", "told"),
                         [case[:4] + case[5:6] + case[7:] for case in CASES])
def test_a_wrong_span_from_the_noun_of_a_title_s_act_warns(
        language: str, prose: str, events: str, wrong: str, noun: str, told: str) -> None:
    said = prose.format(count=wrong)
    assert noun in said and span_warnings(said, language, events) == [told]


@pytest.mark.parametrize(("language", "prose", "events", "right"),
                         [case[:3] + case[4:5] for case in CASES])
def test_the_right_span_is_silent(language: str, prose: str, events: str, right: str) -> None:
    assert span_warnings(prose.format(count=right), language, events) == []


@pytest.mark.parametrize(("language", "prose", "events", "wrong", "noun", "other"),
                         [case[:4] + case[5:7] for case in CASES])
def test_a_noun_of_another_act_names_no_title(language: str, prose: str, events: str,
                                              wrong: str, noun: str, other: str) -> None:
    said = prose.format(count=wrong)
    assert noun in said and span_warnings(said.replace(noun, other), language, events) == []


DUAL = timeline(("2023-01-01", "Hrvatska ulazi u eurozonu"),
                ("2023-01-14", "Kraj dvojnog optjecaja"))


@pytest.mark.parametrize(("prose", "told"), [
    ("Hrvatska je ušla u eurozonu 1. siječnja 2023. Dvojni optjecaj završio je {} dana "
     "kasnije.", "content/x.md:10:74: warning: section 'summary' says deset dana after "
     "'Hrvatska ulazi u eurozonu' (2023-01-01), but the timeline dates 'Kraj dvojnog "
     "optjecaja' 2023-01-14, 13 days after"),
    ("Dvojni optjecaj završio je {} dana nakon ulaska u eurozonu.",
     "content/x.md:10:28: warning: section 'summary' says deset dana after 'Hrvatska ulazi u "
     "eurozonu' (2023-01-01), but the timeline dates 'Kraj dvojnog optjecaja' 2023-01-14, 13 "
     "days after"),
])
def test_a_croatian_span_is_held_to_the_timeline(prose: str, told: str) -> None:
    assert span_warnings(prose.format("deset"), "hr", DUAL) == [told]
    assert span_warnings(prose.format("13"), "hr", DUAL) == []


def test_a_year_s_word_without_a_count_is_no_part_of_a_polish_span() -> None:
    prose = "W tym roku, {} dni po wyborze Tuska, 13 grudnia, rząd został zaprzysiężony."
    assert span_warnings(prose.format("trzy"), "pl", CHOSEN) == [
        "content/x.md:10:13: warning: section 'summary' says trzy dni after 'Sejm wybiera "
        "Donalda Tuska na premiera' (2023-12-11), but it gives 13 grudnia, 2 days after"]
    assert span_warnings(prose.format("dwa"), "pl", CHOSEN) == []
