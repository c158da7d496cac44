"""Amounts added to a level ("another 200 officers", "200 more officers") in every language the
checks read: held against the figures added to a level, not against the level itself."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

ITALIAN = FRENCH.replace("language: fr", "language: it")
PORTUGUESE = FRENCH.replace("language: fr", "language: pt")


def figures(*items: tuple[str, str]) -> str:
    """Return a figures section of (value, label) items."""
    return "\n--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {label}\n' for value, label in items) + "---\n"


PLEDGED = {
    "en": (FRONT, figures(("1,000", "Kenyan officers pledged"),
                          ("200", "more Kenyan officers due later that week"))),
    "es": (SPANISH, figures(("1.000", "policías kenianos prometidos"),
                            ("200", "otros policías kenianos esperados esta semana"))),
    "fr": (FRENCH, figures(("1 000", "policiers kényans promis"),
                           ("200", "autres policiers kényans attendus cette semaine"))),
    "de": (GERMAN, figures(("1.000", "kenianische Polizisten zugesagt"),
                           ("200", "weitere kenianische Polizisten diese Woche erwartet"))),
    "it": (ITALIAN, figures(("1.000", "agenti kenioti promessi"),
                            ("200", "altri agenti kenioti attesi questa settimana"))),
    "pt": (PORTUGUESE, figures(("1.000", "policiais quenianos prometidos"),
                               ("200", "outros policiais quenianos esperados esta semana"))),
}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Another 200 Kenyan officers arrive in Port-au-Prince."),
    ("en", "A further 200 Kenyan officers arrive; an additional 200 Kenyan officers follow."),
    ("en", "Kenya pledged 200 more Kenyan officers, and 200 extra Kenyan officers."),
    ("es", "Otros 200 policías kenianos llegan a Puerto Príncipe."),
    ("es", "Llegan además 200 policías kenianos, y 200 policías kenianos más."),
    ("es", "Kenia envía 200 policías kenianos adicionales."),
    ("fr", "200 autres policiers kényans arrivent à Port-au-Prince."),
    ("fr", "200 policiers kényans supplémentaires arrivent, et 200 policiers kényans de plus."),
    ("de", "Weitere 200 kenianische Polizisten kommen in Port-au-Prince an."),
    ("de", "200 zusätzliche kenianische Polizisten kommen an, 200 weitere folgen."),
    ("it", "Altri 200 agenti kenioti arrivano a Port-au-Prince, e 200 agenti kenioti in più."),
    ("pt", "Outros 200 policiais quenianos chegam; chegam mais 200 policiais quenianos."),
])
def test_an_amount_added_to_a_level_is_not_held_against_the_level(language: str,
                                                                  text: str) -> None:
    front, section = PLEDGED[language]
    assert warnings_of(f"--- summary\n---\n{text}\n" + section, front) == []


@pytest.mark.parametrize(("language", "text", "said"), [
    # The level itself, said otherwise, is still a slip...
    ("en", "Kenya pledged 900 Kenyan officers.", ["'900 Kenyan officers'"]),
    ("es", "Kenia prometió 900 policías kenianos.", ["'900 policías'"]),
    ("fr", "Le Kenya a promis 900 policiers kényans.", ["'900 policiers'"]),
    ("de", "Kenia hat 900 kenianische Polizisten zugesagt.", ["'900 kenianische Polizisten'"]),
    ("it", "Il Kenya ha promesso 900 agenti kenioti.", ["'900 agenti'"]),
    ("pt", "O Quênia prometeu 900 policiais quenianos.", ["'900 policiais'"]),
    # ... and so is an amount added to it, beside the figure of what is added.
    ("en", "Another 300 Kenyan officers are due later that week.", ["'300 Kenyan officers'"]),
    ("en", "300 more Kenyan officers are due later that week.", ["'300 more Kenyan officers'"]),
    ("es", "Otros 300 policías kenianos son esperados esta semana.", ["'300 policías'"]),
    ("fr", "300 autres policiers kényans sont attendus cette semaine.",
     ["'300 autres policiers'"]),
    ("de", "Weitere 300 kenianische Polizisten werden diese Woche erwartet.",
     ["'300 kenianische Polizisten'"]),
    ("it", "Altri 300 agenti kenioti sono attesi questa settimana.", ["'300 agenti'"]),
    ("pt", "Outros 300 policiais quenianos são esperados esta semana.", ["'300 policiais'"]),
])
def test_a_slip_of_the_level_or_of_what_is_added_is_warned_about(language: str, text: str,
                                                                  said: list[str]) -> None:
    front, section = PLEDGED[language]
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + section, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # "de plus de" is "plus de", a qualifier after its "de", not "de plus" of an amount added.
    ("Le bilan officiel fait état de 49 morts et de plus de 5 000 blessés.", ["'49 morts'"]),
    ("Le bilan officiel fait état de 49 morts et de plus d’un millier de blessés.",
     ["'49 morts'"]),
    ("Le bilan officiel fait état de 39 morts et de plus de 5 000 blessés.", []),
    # An amount added to the toll still is one.
    ("Le bilan officiel fait état de 10 morts de plus.", []),
])
def test_de_plus_de_is_a_qualifier_not_an_amount_added(text: str, said: list[str]) -> None:
    section = figures(("39", "morts selon le bilan officiel"))
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + section, FRENCH)) == said
