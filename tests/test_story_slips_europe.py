"""Slips planted in the Spanish, Portuguese, German and Italian stories, each beside a twin:
the slip is warned of at its line and column, the twin, written as the language has it, is
not."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of
from .test_story_slips import STORIES, slipped

MIGRATION, AMAZON = "acuerdo-migratorio-mauritania", "cupula-amazonia-belem"
GAS, WRECK = "gaskrise-deutschland-2022", "naufragio-cutro"
DECREE = "  - Il 9 marzo il Consiglio dei ministri si è riunito a Cutro e ha varato un decreto."
NORWAY = "  - Norwegen wurde mit gut 30 Prozent der Importe zum wichtigsten Lieferanten."
HIERRO = "  - El Hierro, con unos 11.000 habitantes, recibió más de 14.000 migrantes en 2023."
# Events of a timeline put in place of others.
MONTH = "  - date: 2023-10\n    title: Llegan a Canarias 14.976 migrantes en un solo mes"
TRANCHE = ("  - date: 2024-03-07\n    title: La Comisión Europea aprueba el desembolso del "
           "primer tramo")
COP = "  - date: 2023-05-26\n    title: Lula anuncia que Belém vai sediar a COP30"
ARRIVAL = (MIGRATION, MONTH, "  - date: 2023-10-22\n    title: Llegan a El Hierro 1.200 "
           "migrantes en un solo día")
LEAVING = (MIGRATION, TRANCHE, "  - date: 2024-02-10\n    title: Parte de Nuakchot la delegación")
SUMMIT = (AMAZON, COP, "  - date: 2023-08-07\n    title: Chegam a Belém os presidentes amazônicos")
PLEDGE = "  - O Brasil promete zerar o desmatamento até 2030."


def rewritten(story: str, *passages: tuple[str, str]) -> list[str]:
    """Return the warnings of a fixture story with passages (old, new) written otherwise."""
    text = (STORIES / f"{story}.md").read_text(encoding="utf-8")
    for old, new in passages:
        assert text.count(old) == 1
        text = text.replace(old, new)
    return warnings_of(text, front="")

SLIPS = [
    # "a" before a count is a preposition, unless a number comes before it as a range's end.
    (MIGRATION, HIERRO, "  - El acuerdo implica a ocho países.",
     "content/x.md:33:26: warning: takeaway says 'ocho países' but the country list has 5 "
     "countries"),
    # A German compound that says what countries are to others counts countries.
    (GAS, NORWAY, "  - Drei Lieferländer ersetzten das russische Gas.",
     "content/x.md:35:5: warning: takeaway says 'Drei Lieferländer' but the country list has 6 "
     "countries"),
    (GAS, NORWAY, "  - Sieben Nachbarstaaten halfen aus.",
     "content/x.md:35:5: warning: takeaway says 'Sieben Nachbarstaaten' but the country list "
     "has 6 countries"),
    # A range's high end fits only where a part of the list lies within the range.
    (MIGRATION, HIERRO, "  - El acuerdo implicaría entre seis y ocho países.",
     "content/x.md:33:40: warning: takeaway says 'ocho países' but the country list has 5 "
     "countries"),
    (MIGRATION, HIERRO, "  - El acuerdo implicaría de 6 a 8 países.",
     "content/x.md:33:34: warning: takeaway says '8 países' but the country list has 5 "
     "countries"),
    # "a" before a count is a preposition in Italian and Portuguese as in Spanish.
    (WRECK, DECREE, "  - La crisi si è estesa a sette paesi.",
     "content/x.md:34:28: warning: takeaway says 'sette paesi' but the country list has 6 "
     "countries"),
    (AMAZON, PLEDGE, "  - O desmatamento estendeu-se a nove países.",
     "content/x.md:33:34: warning: takeaway says 'nove países' but the country list has 8 "
     "countries"),
    # A role's plural names it in each language: "Lieferanten" the role `Lieferant`, whose
    # `früherer Lieferant` (Russia) is none; "paesi d'origine" `paese d'origine`.
    (GAS, NORWAY, "  - Drei Lieferanten ersetzten das russische Gas.",
     "content/x.md:35:5: warning: takeaway says 'Drei Lieferanten' but the country list has 4 "
     "countries under 'Lieferant'"),
    (GAS, NORWAY, "  - Sechs Lieferanten ersetzten das russische Gas.",
     "content/x.md:35:5: warning: takeaway says 'Sechs Lieferanten' but the country list has 4 "
     "countries under 'Lieferant'"),
    (WRECK, DECREE, "  - I migranti venivano da cinque paesi d'origine.",
     "content/x.md:34:28: warning: takeaway says 'cinque paesi d'origine' but the country list "
     "has 4 countries under 'paese d\u2019origine'"),
    (WRECK, DECREE, "  - Cinque paesi d'origine.",
     "content/x.md:34:5: warning: takeaway says 'Cinque paesi d'origine' but the country list "
     "has 4 countries under 'paese d\u2019origine'"),
]

TWINS = [
    (MIGRATION, HIERRO, "  - El acuerdo implica a cinco países."),
    (MIGRATION, HIERRO, "  - El acuerdo se extenderá de cinco a ocho países."),
    (GAS, NORWAY, "  - Vier Lieferländer ersetzten das russische Gas."),
    (GAS, NORWAY, "  - Die 27 Mitgliedstaaten der EU einigten sich auf einen Preisdeckel."),
    # Not a word in "-länder" that names people, nor a federation's states.
    (GAS, NORWAY, "  - Drei Ausländer ersetzten das Personal."),
    (GAS, NORWAY, "  - Drei Bundesländer halfen aus."),
    (MIGRATION, HIERRO, "  - El acuerdo implicaría entre cinco y ocho países."),
    (MIGRATION, HIERRO, "  - El acuerdo implicaría de 5 a 8 países."),
    (WRECK, DECREE, "  - La crisi si è estesa a sei paesi."),
    (WRECK, DECREE, "  - La crisi si estenderà da sei a otto paesi."),
    (AMAZON, PLEDGE, "  - O desmatamento estendeu-se a oito países."),
    # With the lead, which is among those it leads.
    (GAS, NORWAY, "  - Vier Lieferanten ersetzten das russische Gas."),
    (GAS, NORWAY, "  - Fünf Lieferanten ersetzten das russische Gas."),
    (WRECK, DECREE, "  - I migranti venivano da quattro paesi d'origine."),
    (WRECK, DECREE, "  - Quattro paesi d'origine."),
]


def test_a_kind_of_a_role_is_counted_with_it_but_a_former_one_is_not() -> None:
    six = (NORWAY, "  - Sechs Lieferanten ersetzten das russische Gas.")
    assert rewritten(GAS, six, ("role: früherer Lieferant", "role: größter Lieferant")) == []
    assert rewritten(GAS, six, ("role: früherer Lieferant", "role: ehemaliger Lieferant")) == [
        "content/x.md:35:5: warning: takeaway says 'Sechs Lieferanten' but the country list has "
        "4 countries under 'Lieferant'"]


@pytest.mark.parametrize(("story", "old", "new", "warning"), SLIPS)
def test_a_slip_is_warned_of_where_it_is(story: str, old: str, new: str, warning: str) -> None:
    assert slipped(story, old, new) == [warning]


@pytest.mark.parametrize(("story", "old", "new"), TWINS)
def test_its_twin_written_right_is_not(story: str, old: str, new: str) -> None:
    assert slipped(story, old, new) == []


# Prose tells in the past, or by a participle, what a timeline's title says in the present:
# "llegaron", "llegados" meet "Llegan", "chegados" "Chegam", "partió" "Parte"; a day the
# timeline gives otherwise is warned of. A noun of a participle's form ("partido", a party)
# is not the verb's, and names no act of the title.
@pytest.mark.parametrize(("event", "old", "new", "warning"), [
    (ARRIVAL, HIERRO, "  - El 21 de octubre de 2023 llegaron 1.200 migrantes a El Hierro.",
     "content/x.md:33:8: warning: a takeaway gives 21 de octubre de 2023, but the timeline "
     "dates 'Llegan a El Hierro 1.200 migrantes en un solo día' 2023-10-22 (line 80)"),
    (ARRIVAL, HIERRO, "  - Los 1.200 migrantes llegados a El Hierro el 21 de octubre de 2023.",
     "content/x.md:33:49: warning: a takeaway gives 21 de octubre de 2023, but the timeline "
     "dates 'Llegan a El Hierro 1.200 migrantes en un solo día' 2023-10-22 (line 80)"),
    (LEAVING, HIERRO, "  - El 9 de febrero de 2024, la delegación partió de Nuakchot.",
     "content/x.md:33:8: warning: a takeaway gives 9 de febrero de 2024, but the timeline "
     "dates 'Parte de Nuakchot la delegación' 2024-02-10 (line 87)"),
    (SUMMIT, PLEDGE,
     "  - Em 6 de agosto de 2023, os presidentes chegados a Belém jantaram com Lula.",
     "content/x.md:33:8: warning: a takeaway gives 6 de agosto de 2023, but the timeline dates "
     "'Chegam a Belém os presidentes amazônicos' 2023-08-07 (line 85)"),
])
def test_a_verb_s_past_or_participle_meets_its_present(
        event: tuple[str, str, str], old: str, new: str, warning: str) -> None:
    story, *passage = event
    assert rewritten(story, tuple(passage), (old, new)) == [warning]
    day = new.split(" de ")[0].split()[-1]
    assert rewritten(story, tuple(passage), (old, new.replace(day, str(int(day) + 1), 1))) == []


def test_a_noun_of_a_participle_s_form_is_not_the_verb() -> None:
    assert rewritten(MIGRATION, LEAVING[1:], (HIERRO, "  - El 9 de febrero de 2024, el partido "
                     "de Sánchez elogió a la delegación en Nuakchot.")) == []


# A count of one month is a part of the year a figure names; one of no such span is held to it.
@pytest.mark.parametrize(("title", "said"), [
    ("Llegan a Canarias 14.976 migrantes en un solo mes", []),
    ("Llegan a Canarias 14.976 migrantes", [
        "content/x.md:81:30: warning: timeline event says '14.976 migrantes' but the key figure "
        "'migrantes llegados a Canarias en 2023' (line 40) says '39.910'"]),
])
def test_a_count_of_one_month_is_not_the_year_s(title: str, said: list[str]) -> None:
    old = "    title: Llegan a Canarias 14.976 migrantes en un solo mes"
    assert rewritten(MIGRATION, (old, f"    title: {title}")) == said
