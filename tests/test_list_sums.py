"""Parts a sentence lists and the total it says they make must add up: "40 golds, 44 silvers
and 41 bronzes, 126 medals in all" is a slip (125)."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, SPANISH, warnings_of

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-12\n---\n"


def warned(text: str) -> list[str]:
    """Return the warnings of a summary of one sentence, on line 8 of the file."""
    return warnings_of(f"--- summary\n---\n{text}\n", FRONT)


@pytest.mark.parametrize(("text", "column", "told"), [
    ("The United States won 40 golds, 44 silvers and 41 bronzes, 126 medals in all.", 60,
     "lists 40, 44 and 41 as the parts of 126, but they add up to 125"),
    ("The United States won forty golds, 44 silvers and 41 bronzes, 126 medals in all.", 63,
     "lists forty, 44 and 41 as the parts of 126, but they add up to 125"),
    ("The crash left 12 dead and 30 injured, 43 casualties in total.", 40,
     "lists 12 and 30 as the parts of 43, but they add up to 42"),
    ("Labour won 180 seats, Reform 150 and others 70, 401 in all.", 49,
     "lists 180, 150 and 70 as the parts of 401, but they add up to 400"),
    ("It took 180 seats for Labour, 150 for Reform and 70 for others, for a total of 401.",
     80, "lists 180, 150 and 70 as the parts of 401, but they add up to 400"),
    ("The plan costs $5bn, $3bn and $2bn, a combined $11bn.", 48,
     "lists $5bn, $3bn and $2bn as the parts of $11bn, but they add up to 10bn"),
    ("They sent 300 police officers and 200 soldiers \u2014 600 people altogether.", 50,
     "lists 300 and 200 as the parts of 600, but they add up to 500"),
])
def test_parts_that_do_not_add_up_to_the_total_given(text: str, column: int,
                                                     told: str) -> None:
    assert warned(text) == [f"content/x.md:8:{column}: warning: section 'summary' {told}"]


@pytest.mark.parametrize("text", [
    # The same sentences, adding up.
    "The United States won 40 golds, 44 silvers and 41 bronzes, 125 medals in all.",
    "The crash left 12 dead and 30 injured, 42 casualties in total.",
    "Labour won 180 seats, Reform 150 and others 70, 400 in all.",
    "The plan costs $5bn, $3bn and $2bn, a combined $10bn.",
    # Only some of the parts: after "including", or an item without a number.
    "The United States won 126 medals in all, including 40 golds, 44 silvers and 41 bronzes.",
    "It won a gold, 3 silvers and 2 bronzes, 6 medals in all.",
    "Of 126 medals in all, 40 were golds and 44 silvers.",
    "Police held 12 men and 3 women, 16 people in all, among them a child.",
    "Police held 12 men and 3 women, of whom 2 were freed, 16 people in all.",
    # No word of a sum: the last count may be another whole.
    "It won 40 golds, 44 silvers and 41 bronzes, 126 medals.",
    # "in all" of another phrase, a rate, days, years, percentages and bounds.
    "It won 40 golds, 44 silvers and 41 bronzes, 126 medals in all events.",
    "Ten buses, each with 40 seats, 400 seats in all, left.",
    "On 9, 10 and 11 January, 31 people died in all.",
    "It grew in 2020, 2021 and 2022, 3 times in all.",
    "Turnout rose 10%, 10% and 10%, 33% in all.",
    "About 40 died, 30 were hurt and 20 are missing, 100 in all.",
    "It lasted 2 hours and 30 minutes, 150 minutes in all.",
    "The route runs 1 km and 500 m, 1,600 m in all.",
    # Numbers that name, not count: a total smaller than a part, a label, an age.
    "The airline cut flights 17, 18 and 19, 3 flights in all.",
    "Trains left from Gates 12 and 14, 30 trains in all.",
    "Two boys, aged 7 and 9, 20 pupils in all, were found.",
    "The toll was 1.2 million, 3.4 million and 2.2 million, 6.7 million in all.",
])
def test_parts_that_add_up_or_no_parts_and_total_is_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(("text", "column", "told"), [
    ("Four justices, Breyer, Sotomayor and Kagan, dissented.", 1,
     "counts Four but names 3: Breyer, Sotomayor and Kagan"),
    ("Police arrested three men, John F. Smith and Paul van der Berg.", 17,
     "counts three but names 2: John F. Smith and Paul van der Berg"),
    ("It named 2 ministers: Rachel Reeves, Yvette Cooper and David Lammy.", 10,
     "counts 2 but names 3: Rachel Reeves, Yvette Cooper and David Lammy"),
])
def test_a_count_of_people_and_their_names_that_disagree(text: str, column: int,
                                                          told: str) -> None:
    assert warned(text) == [f"content/x.md:8:{column}: warning: section 'summary' {told}"]


@pytest.mark.parametrize("text", [
    # The same sentences, counting right.
    "Three justices, Breyer, Sotomayor and Kagan, dissented.",
    "Police arrested two men, John F. Smith and Paul van der Berg.",
    "Two suspects, Tamerlan and Dzhokhar Tsarnaev, were named.",
    # Only some of them: after "including", a whole named by "the", a list that goes on.
    "Four justices, including Breyer, Sotomayor and Kagan, dissented.",
    "The four liberal justices, Breyer, Sotomayor and Kagan, dissented.",
    "Four justices, Breyer, Sotomayor and Kagan, and Chief Justice Roberts dissented.",
    "Four justices, Breyer, Sotomayor and Kagan, joined by Roberts, dissented.",
    "Four justices, Chief Justice John Roberts and Justices Alito, Thomas and Gorsuch, agreed.",
])
def test_a_count_of_people_named_in_full_or_in_part_is_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(("front", "text", "told"), [
    (FRENCH, "Les États-Unis ont remporté 40 médailles d'or, 44 d'argent et 41 de bronze, "
     "soit 126 médailles au total.", "lists 40, 44 and 41 as the parts of 126, but they add up "
     "to 125"),
    (FRENCH, "L'accident a fait douze morts et trente blessés, 43 victimes en tout.",
     "lists douze and trente as the parts of 43, but they add up to 42"),
    (SPANISH, "Estados Unidos ganó 40 oros, 44 platas y 41 bronces, 126 medallas en total.",
     "lists 40, 44 and 41 as the parts of 126, but they add up to 125"),
    (SPANISH, "El accidente dejó 12 muertos y 30 heridos, un total de 43 víctimas.",
     "lists 12 and 30 as the parts of 43, but they add up to 42"),
    (GERMAN, "Die USA gewannen 40 Gold-, 44 Silber- und 41 Bronzemedaillen, insgesamt 126 "
     "Medaillen.", "lists 40, 44 and 41 as the parts of 126, but they add up to 125"),
    (GERMAN, "Der Unfall forderte zwölf Tote und dreißig Verletzte, zusammen 43 Opfer.",
     "lists zwölf and dreißig as the parts of 43, but they add up to 42"),
])
def test_parts_that_do_not_add_up_in_other_languages(front: str, text: str,
                                                     told: str) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n", front)
    assert [line.split(": warning: ")[1] for line in found] == [f"section 'summary' {told}"]


@pytest.mark.parametrize(("front", "text"), [
    (FRENCH, "Les États-Unis ont remporté 40 médailles d'or, 44 d'argent et 41 de bronze, "
     "soit 125 médailles au total."),
    (FRENCH, "Les États-Unis ont remporté 126 médailles au total, dont 40 d'or, 44 d'argent et "
     "41 de bronze."),
    (SPANISH, "Estados Unidos ganó 40 oros, 44 platas y 41 bronces, 125 medallas en total."),
    (SPANISH, "Estados Unidos ganó 126 medallas en total, incluidos 40 oros, 44 platas y 41 "
     "bronces."),
    (GERMAN, "Die USA gewannen 40 Gold-, 44 Silber- und 41 Bronzemedaillen, insgesamt 125 "
     "Medaillen."),
    (GERMAN, "Die USA gewannen insgesamt 126 Medaillen, darunter 40 Gold-, 44 Silber- und 41 "
     "Bronzemedaillen."),
    # A sentence that says its list names only some.
    (FRENCH, "L'accident a fait 12 morts et 30 blessés, 43 victimes en tout, dont un disparu."),
    (SPANISH, "El accidente dejó 12 muertos y 30 heridos, 43 víctimas en total, incluido un "
     "desaparecido."),
    (GERMAN, "Der Unfall forderte 12 Tote und 30 Verletzte, insgesamt 43 Opfer, darunter ein "
     "Vermisster."),
])
def test_parts_that_add_up_or_only_some_in_other_languages_are_silent(front: str,
                                                                      text: str) -> None:
    assert warnings_of(f"--- summary\n---\n{text}\n", front) == []
